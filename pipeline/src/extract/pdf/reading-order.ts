/**
 * Reading order of a page's lines, by recursive XY-cut: cut the page at horizontal
 * bands of whitespace wider than the space between two lines of a paragraph, read the
 * bands top to bottom; cut a band that cannot be cut so at vertical whitespace as wide
 * as a column gutter, read its columns left to right; and so on down. A single column
 * reads top to bottom; a two-column table reads row by row, each row's left cell
 * before its right cell, so every paragraph's lines stay together in the page text.
 */
import { COLUMN_GAP, type PageLine } from './lines.js';

/** Beyond this depth the cuts stop and the rest reads top to bottom: bounds the work on pathological pages. */
const MAX_DEPTH = 64;

interface Box {
  line: PageLine;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function readingOrder(lines: PageLine[]): PageLine[] {
  if (lines.length < 2) return [...lines];
  const spacing = lineSpacing(lines);
  const size = median(lines.map((l) => l.size));
  // Whitespace between two lines of a paragraph is spacing - 1.2 × size; a quarter line more is a gap.
  const bandGap = Math.max(0, spacing - 1.2 * size) + 0.25 * spacing;
  const boxes = lines.map((line) => ({ line, top: line.y - line.size, bottom: line.y + 0.2 * line.size, left: line.x, right: line.x + line.width }));
  return cut(boxes, bandGap, 0).map((b) => b.line);
}

function cut(boxes: Box[], bandGap: number, depth: number): Box[] {
  if (boxes.length < 2 || depth >= MAX_DEPTH) return [...boxes].sort((a, b) => a.line.y - b.line.y || a.left - b.left);
  const bands = split(boxes, (b) => b.top, (b) => b.bottom, () => bandGap);
  if (bands.length > 1) return bands.flatMap((band) => cut(band, bandGap, depth + 1));
  const columns = split(boxes, (b) => b.left, (b) => b.right, (b) => COLUMN_GAP * b.line.size);
  if (columns.length > 1) return columns.flatMap((column) => cut(column, bandGap, depth + 1));
  return [...boxes].sort((a, b) => a.line.y - b.line.y || a.left - b.left);
}

/** Split boxes along one axis wherever the whitespace before a box exceeds `gap(box)`. */
function split(boxes: Box[], start: (b: Box) => number, end: (b: Box) => number, gap: (b: Box) => number): Box[][] {
  const sorted = [...boxes].sort((a, b) => start(a) - start(b));
  const parts: Box[][] = [];
  let reach = -Infinity;
  for (const box of sorted) {
    const part = parts[parts.length - 1];
    if (part && start(box) - reach <= gap(box)) part.push(box);
    else parts.push([box]);
    reach = Math.max(reach, end(box));
  }
  return parts;
}

/**
 * The page's usual distance between consecutive baselines of one column, measured from
 * each line to the nearest line below it that overlaps it sideways.
 */
export function lineSpacing(lines: PageLine[]): number {
  const sorted = [...lines].sort((a, b) => a.y - b.y);
  const distances: number[] = [];
  sorted.forEach((line, i) => {
    const below = sorted.slice(i + 1, i + 8).find((o) => o.y - line.y > 0.5 * line.size && o.x < line.x + line.width && line.x < o.x + o.width);
    if (below) distances.push(below.y - line.y);
  });
  return typicalSpacing(distances, median(lines.map((l) => l.size)));
}

/**
 * Line spacing from baseline distances: the smallest distance that is common (not the
 * most common one: in a text of many one-line paragraphs, paragraph gaps outnumber
 * line breaks). Distances below 0.8 × the font size (superscripts, overprinting) are
 * not line spacing.
 */
export function typicalSpacing(distances: number[], size: number): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const d of distances) {
    if (d < 0.8 * size) continue;
    const key = Math.round(d * 2) / 2;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  const common = [...counts].filter(([, n]) => n >= Math.max(2, 0.05 * total)).map(([d]) => d);
  if (common.length > 0) return Math.min(...common);
  const any = [...counts.keys()];
  return any.length > 0 ? Math.min(...any) : 1.2 * size;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}
