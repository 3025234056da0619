/**
 * Text items → lines. Items on one baseline (within a fraction of the font size) form
 * a line, read left to right; a gap wider than a word space becomes a space; a gap as
 * wide as a column gutter, or a vertical ruling line between two items (a cell border:
 * ruled tables may leave only a few points between the cells' text), splits the baseline
 * into separate lines (the two cells of a table row share baselines but are not one line). Whitespace is collapsed to single
 * spaces, so a line's text is what a reader sees, and bold or italic fonts become marks.
 */
import type { Mark } from '../../model/marks.js';
import { columnEdges } from './column-edges.js';
import type { PdfItem, PdfLine, RawPage, Rule } from './types.js';

/** A line before it has a place in the page's text. */
export type PageLine = Omit<PdfLine, 'start' | 'end'>;

/** Items whose baselines differ by less than this share a line (fraction of the font size). */
const BASELINE_TOLERANCE = 0.3;
/** A horizontal gap wider than this (fraction of the font size) separates words. */
const WORD_GAP = 0.15;
/**
 * A gap wider than this (fraction of the font size) separates columns: the line splits.
 * A narrower one does where a vertical rule stands in it, or at a column edge (column-edges.ts).
 */
export const COLUMN_GAP = 1.5;

const BOLD = /bold|black|heavy|semibold|demi/i;
const ITALIC = /italic|oblique/i;

export function pageLines(page: RawPage): PageLine[] {
  const items = page.items.filter(usable).sort((a, b) => a.y - b.y || a.x - b.x);
  // Items join the baseline whose mean they are near (a mean, not the first item, so
  // that jitter in either direction does not split a line).
  const baselines: { items: PdfItem[]; sum: number }[] = [];
  for (const item of items) {
    const current = baselines[baselines.length - 1];
    const mean = current ? current.sum / current.items.length : 0;
    if (current && Math.abs(item.y - mean) <= BASELINE_TOLERANCE * Math.max(item.size, current.items[0]!.size)) {
      current.items.push(item);
      current.sum += item.y;
    } else baselines.push({ items: [item], sum: item.y });
  }
  const walls = (page.rules ?? []).filter((r) => r.y1 - r.y0 > r.x1 - r.x0);
  const runs = baselines.map((run) => run.items.sort((a, b) => a.x - b.x));
  const edges = columnEdges(runs, WORD_GAP);
  return runs
    .flatMap((run) => splitAtGutters(run, walls, edges).map((part) => line(part, page.fonts)))
    .filter((l) => l.text !== '');
}

/**
 * Items that carry no readable text or have no sane geometry are left out. That includes
 * whitespace-only items: pdf.js makes them to bridge gaps (one may span a column gutter);
 * spaces come back from the gaps themselves.
 */
function usable(item: PdfItem): boolean {
  return (
    item.str.trim() !== '' &&
    Number.isFinite(item.x) &&
    Number.isFinite(item.y) &&
    Number.isFinite(item.width) &&
    Number.isFinite(item.size) &&
    item.size > 0
  );
}

function splitAtGutters(items: PdfItem[], walls: Rule[], edges: number[]): PdfItem[][] {
  const parts: PdfItem[][] = [];
  let right = -Infinity;
  for (const item of items) {
    const part = parts[parts.length - 1];
    const gap = item.x - right;
    const atEdge = gap > WORD_GAP * item.size && edges.some((x) => Math.abs(item.x - x) <= 1);
    if (part && gap <= COLUMN_GAP * item.size && !atEdge && !walled(right, item, walls)) part.push(item);
    else parts.push([item]);
    right = Math.max(right, item.x + item.width);
  }
  return parts;
}

/**
 * Whether a vertical rule stands between the text ending at `right` and `item`, at the
 * height of the item's text (its baseline to a font size above it). Glyph boxes may touch
 * the rule, so half a point of overlap on either side is allowed.
 */
function walled(right: number, item: PdfItem, walls: Rule[]): boolean {
  const top = item.y - item.size;
  return walls.some((w) => w.x0 >= right - 0.5 && w.x1 <= item.x + 0.5 && w.y0 <= item.y && w.y1 >= top);
}

interface Style {
  bold: boolean;
  italic: boolean;
}

function line(items: PdfItem[], fonts: Record<string, string>): PageLine {
  let text = '';
  const styles: Style[] = [];
  let pendingSpace = false;
  let right = -Infinity;
  for (const item of items) {
    if (right !== -Infinity && item.x - right > WORD_GAP * item.size) pendingSpace = text !== '';
    const name = fonts[item.font] ?? '';
    const style = { bold: BOLD.test(name), italic: ITALIC.test(name) };
    for (const char of item.str) {
      if (/\s/.test(char)) {
        pendingSpace = text !== '';
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        styles.push(style);
      }
      pendingSpace = false;
      text += char;
      for (let i = 0; i < char.length; i++) styles.push(style);
    }
    right = Math.max(right, item.x + item.width);
  }
  // Soft hyphens print nothing inside a line: dropped. One at the line end (alone, or
  // before the hyphen the producer printed for it) marks a word hyphenation broke; it stays
  // for the segmenter to rejoin the word (segment/pdf-table/hyphenation.ts).
  const keepFrom = text.search(/\u00ad[\u2010-]?$/);
  let kept = '';
  const keptStyles: Style[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\u00ad' && i !== keepFrom) continue;
    kept += text[i];
    keptStyles.push(styles[i]!);
  }
  const x = items.reduce((min, i) => Math.min(min, i.x), Infinity);
  return { text: kept, x, y: baseline(items), width: right - x, size: commonSize(items), marks: marksOf(kept, keptStyles) };
}

/** The baseline most of the line's text sits on (a superscript does not move it). */
function baseline(items: PdfItem[]): number {
  return weightedMode(items, (i) => Math.round(i.y * 100) / 100);
}

function commonSize(items: PdfItem[]): number {
  return weightedMode(items, (i) => Math.round(i.size * 100) / 100);
}

/** The value of `key` carried by the most characters (ties: the first seen). */
function weightedMode(items: PdfItem[], key: (item: PdfItem) => number): number {
  const weight = new Map<number, number>();
  for (const item of items) weight.set(key(item), (weight.get(key(item)) ?? 0) + item.str.length);
  let best = key(items[0]!);
  for (const [value, w] of weight) if (w > weight.get(best)!) best = value;
  return best;
}

/** Runs of bold / italic characters as marks; a space between two marked characters is inside the run. */
function marksOf(text: string, styles: Style[]): Mark[] {
  const marks: Mark[] = [];
  for (const [kind, on] of [
    ['strong', (s: Style) => s.bold],
    ['emphasis', (s: Style) => s.italic],
  ] as const) {
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const marked = i < text.length && (text[i] === ' ' ? start !== -1 && i + 1 < text.length && on(styles[i + 1]!) : on(styles[i]!));
      if (marked && start === -1) start = i;
      if (!marked && start !== -1) {
        marks.push({ kind, start, end: i });
        start = -1;
      }
    }
  }
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}
