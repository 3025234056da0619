/**
 * The measurements the PDF segmenters work from, all taken from the document itself:
 * the usual distance between lines, the distance that makes a paragraph break, the
 * lowest baseline (the bottom of the text area), and, for a table, the column gutter.
 */
import { SourceError } from '../../errors.js';
import { typicalSpacing } from '../../extract/pdf/reading-order.js';
import { isPdfLine, type PdfLine } from '../../extract/pdf/types.js';
import type { ExtractedPage, ExtractedSource } from '../../extract/types.js';

/** A line with its page and its index among the page's lines (= its line number in the page text, minus one). */
export interface Placed {
  page: ExtractedPage;
  index: number;
  line: PdfLine;
}

export interface Layout {
  /** Usual distance between consecutive baselines of a paragraph. */
  spacing: number;
  /** A larger distance between baselines in one column starts a new paragraph. */
  paragraphBreak: number;
  /** A larger whitespace band across the whole table starts a new row. */
  rowBreak: number;
  /** Baseline distance from a paragraph's last line to the next paragraph's first. */
  paragraphDistance: number;
  /** Baseline distance from a row's lowest line to the next row's first. */
  rowDistance: number;
  /** The lowest baseline in the document: the foot of the text area. */
  bottom: number;
}

/** The pages' lines, with page and index; lines without PDF geometry get estimates (a text source has none). */
export function placedPages(doc: ExtractedSource, expected: string): Placed[][] {
  if (!doc.pages) throw new SourceError(doc.source, {}, expected, 'a source without pages (not a PDF)');
  return doc.pages.map((page) =>
    page.lines.map((line, index) => ({
      page,
      index,
      line: isPdfLine(line) ? line : { ...line, width: line.text.length * 5, size: 10, marks: [] },
    })),
  );
}

/** Baseline distances within each column, page by page (`columnOf` says which column a line is in). */
function columnDistances(pages: Placed[][], columnOf: (p: Placed) => number): number[] {
  const distances: number[] = [];
  for (const lines of pages) {
    const last = new Map<number, Placed>();
    for (const p of [...lines].sort((a, b) => a.line.y - b.line.y)) {
      const column = columnOf(p);
      const previous = last.get(column);
      if (previous) distances.push(p.line.y - previous.line.y);
      last.set(column, p);
    }
  }
  return distances;
}

/**
 * Distances from a line to the next one below it in any column, where the band between
 * them is empty across the whole width (the whitespace between rows of a table).
 */
function bandDistances(pages: Placed[][]): number[] {
  const distances: number[] = [];
  for (const lines of pages) {
    let lowest = Infinity;
    for (const p of [...lines].sort((a, b) => a.line.y - b.line.y)) {
      if (p.line.y > lowest) distances.push(p.line.y - lowest);
      lowest = lowest === Infinity ? p.line.y : Math.max(lowest, p.line.y);
    }
  }
  return distances;
}

/**
 * Line spacing, paragraph and row breaks from the distances between baselines. A
 * typeset document uses a few distances over and over: line spacing (the smallest
 * common one), line spacing plus a paragraph gap, and between the rows of a table a
 * larger gap still. Each break sits halfway between two of these.
 */
export function measureLayout(pages: Placed[][], columnOf: (p: Placed) => number = () => 0): Layout {
  const distances = columnDistances(pages, columnOf).filter((d) => d > 0);
  const all = pages.flat();
  const size = mode(all.map((p) => p.line.size)) ?? 10;
  const spacing = typicalSpacing(distances, size);
  const paragraph = smallestCommon(distances, spacing + SAME_DISTANCE);
  const paragraphBreak = paragraph === undefined ? 1.25 * spacing : (spacing + paragraph) / 2;
  const bands = bandDistances(pages);
  // Count row gaps among the bands wider than a paragraph break, not among all: a table of
  // long cells has few rows, so its row gaps are rare among all the distances.
  const row = smallestCommon(bands.filter((d) => d > paragraphBreak), (paragraph ?? spacing) + SAME_DISTANCE);
  const rowBreak = row !== undefined ? ((paragraph ?? paragraphBreak) + row) / 2 : fallbackRowBreak(bands, paragraph, paragraphBreak, spacing);
  const bottom = all.reduce((low, p) => Math.max(low, p.line.y), -Infinity);
  const paragraphDistance = paragraph ?? 1.5 * spacing;
  return { spacing, paragraphBreak, rowBreak, paragraphDistance, rowDistance: row ?? paragraphDistance, bottom };
}

/**
 * Without a common band wider than a paragraph gap: when most bands are paragraph
 * sized, those are the rows (cells of one paragraph each); with too few distances to
 * tell, a row gap is taken to be clearly wider than a paragraph gap.
 */
function fallbackRowBreak(bands: number[], paragraph: number | undefined, paragraphBreak: number, spacing: number): number {
  const wide = bands.filter((d) => d > paragraphBreak);
  if (paragraph !== undefined && wide.filter((d) => Math.abs(d - paragraph) <= SAME_DISTANCE).length * 2 > wide.length) return paragraphBreak;
  return Math.max(paragraphBreak, 1.9 * spacing);
}

/** Distances closer than this (points) are the same distance, typeset twice. */
const SAME_DISTANCE = 0.75;

/** The smallest distance above `floor` that occurs often (at least twice, and in 3% of the distances). */
function smallestCommon(distances: number[], floor: number): number | undefined {
  const above = distances.filter((d) => d > floor);
  const counts = new Map<number, number>();
  for (const d of above) {
    const key = Math.round(d * 2) / 2;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const common = [...counts].filter(([, n]) => n >= Math.max(2, 0.03 * distances.length)).map(([d]) => d);
  return common.length > 0 ? Math.min(...common) : undefined;
}

/** The most common value, to half a point. */
function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) {
    const key = Math.round(v * 2) / 2;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/**
 * The x position between the table's two columns: the middle of the widest vertical
 * strip that (almost) no line crosses, between the leftmost and rightmost text. The
 * extractor has already split lines at gutters and at column edges (where lines start,
 * extract/pdf/column-edges.ts), so a strip half a font size wide is a gutter; a
 * narrower one, or none, means the document has no two columns.
 */
export function columnBoundary(doc: ExtractedSource, pages: Placed[][]): number {
  const all = pages.flat();
  const left = Math.floor(all.reduce((min, p) => Math.min(min, p.line.x), Infinity));
  const right = Math.ceil(all.reduce((max, p) => Math.max(max, p.line.x + p.line.width), -Infinity));
  // One bin a point, or coarser on an absurdly wide page, so the work stays bounded.
  const bin = Math.max(1, (right - left) / 20_000);
  const coverage = new Array<number>(right > left ? Math.ceil((right - left) / bin) : 0).fill(0);
  for (const { line } of all) {
    const to = Math.min(coverage.length, Math.ceil((line.x + line.width - left) / bin));
    for (let x = Math.floor((line.x - left) / bin); x < to; x++) coverage[x]! += 1;
  }
  // A few lines may cross the gutter (a heading set across the table); most may not.
  const tolerated = Math.floor(all.length * 0.01);
  let best = { start: 0, width: 0 };
  for (let x = 0; x < coverage.length; ) {
    if (coverage[x]! > tolerated) {
      x++;
      continue;
    }
    const start = x;
    while (x < coverage.length && coverage[x]! <= tolerated) x++;
    if (x - start > best.width) best = { start, width: x - start };
  }
  const size = mode(all.map((p) => p.line.size)) ?? 10;
  if (best.width * bin < 0.5 * size) {
    throw new SourceError(doc.source, { page: all[0]?.page.number ?? 1 }, 'a two-column table (a vertical gutter between two columns of text)', 'a single column');
  }
  return left + (best.start + best.width / 2) * bin;
}
