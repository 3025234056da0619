/**
 * Column edges of a page set without rules, from where its text starts: the left edge of a
 * column is an x at which, on several baselines, text resumes after a gap wider than a
 * word space, at which lines also begin with nothing left of them, before which lines also
 * end with nothing right of them (cells whose neighbour has ended, on either side), and
 * which no text in that stretch of the page runs across. A table with a narrow gutter (a
 * few points, less than the gap lines.ts splits at on its own) is found so; running text
 * is not, even set in a fixed-width font where words line up, nor a list whose numbers
 * hang left of its text (no line ends left of the text's indent).
 */
import type { PdfItem } from './types.js';

/** How many baselines must resume at one x after a gap. */
const MIN_OCCURRENCES = 3;
/** How many baselines must begin at that x, and how many end before it. */
const MIN_LINE_STARTS = 2;
/** Starts this close (points) are at the same x. */
const SAME_X = 1;

/**
 * The x positions of the page's column edges, left to right. `minGap` is a word space (a
 * fraction of the font size): text that resumes after a wider gap may start a column.
 */
export function columnEdges(baselines: PdfItem[][], minGap: number): number[] {
  const starts: { x: number; y: number }[] = [];
  for (const items of baselines) {
    let right = -Infinity;
    for (const item of items) {
      const gap = item.x - right;
      if (gap > minGap * item.size) starts.push({ x: item.x, y: item.y });
      right = Math.max(right, item.x + item.width);
    }
  }
  starts.sort((a, b) => a.x - b.x);
  const lineStarts = baselines.map((items) => items[0]).filter((item) => item !== undefined);
  const edges: number[] = [];
  for (let i = 0; i < starts.length; ) {
    let j = i;
    while (j < starts.length && starts[j]!.x - starts[i]!.x <= SAME_X) j++;
    const group = starts.slice(i, j);
    i = j;
    if (group.length < MIN_OCCURRENCES) continue;
    const x = group.reduce((sum, s) => sum + s.x, 0) / group.length;
    const top = Math.min(...group.map((s) => s.y));
    const bottom = Math.max(...group.map((s) => s.y));
    const crossed = baselines.some((items) =>
      items.some((item) => item.y >= top && item.y <= bottom && item.x < x - SAME_X && item.x + item.width > x + SAME_X),
    );
    const within = (y: number) => y >= top && y <= bottom;
    const begun = lineStarts.filter((item) => Math.abs(item.x - x) <= SAME_X && within(item.y)).length;
    const endedBefore = baselines.filter((items) => items.length > 0 && within(items[0]!.y) && items.every((item) => item.x + item.width <= x - SAME_X)).length;
    if (!crossed && begun >= MIN_LINE_STARTS && endedBefore >= MIN_LINE_STARTS) edges.push(x);
  }
  return edges;
}
