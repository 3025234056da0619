/**
 * Segmenting PDF sources from the positions of their lines (extract/pdf keeps each
 * line's x, baseline, width, font size and bold/italic runs):
 *
 * - segmentPdfTable: a two-column table → rows of a left and a right cell, each cell
 *   cut into paragraphs; cells and paragraphs that a page break split are joined again
 *   (the row's notes say where). Columns and rows come from the rules the pages draw
 *   where they draw them (grid.ts, ruled.ts: a rule between the columns, rules between
 *   the rows), else from the whitespace between the columns (column edges where lines
 *   start, extract/pdf/column-edges.ts) and across them (rows.ts).
 * - segmentPdfLines: a single-column document → paragraphs.
 *
 * Lines join with a space, or without one at a line-end hyphen (hyphenation.ts).
 * Every Block's spans index `doc.text`; a paragraph over a page break has a span on
 * each page. Block.line and Row.line are line numbers in the page's text (as
 * SourceErrors for PDF sources give them).
 */
import type { ExtractedSource } from '../../extract/types.js';
import type { Block, Table } from '../types.js';
import { columnBoundary, measureLayout, placedPages, type Placed } from './geometry.js';
import { ruledGrids, rowRuledGrids, type PageGrid } from './grid.js';
import { joinerFor } from './hyphenation.js';
import { paragraphs, toBlock } from './paragraphs.js';
import { ruledBands } from './ruled.js';
import { columnOf, tableRows, whitespaceBands } from './rows.js';

export function segmentPdfTable(doc: ExtractedSource): Table {
  let all = placedPages(doc, 'a PDF source (pages of positioned lines) for a two-column table');
  const grids = ruledGrids(doc.source, all);
  if (grids) return ruledTable(doc, all, grids);
  // No rule between the columns: the columns from the whitespace between them.
  const boundary = columnBoundary(doc, all);
  const rowRules = rowRuledGrids(all, boundary);
  if (rowRules) return ruledTable(doc, all, rowRules);
  // No rules at all: the rows from the whitespace across both columns.
  all = withoutPreamble(all, boundary);
  const layout = measureLayout(all, (p) => columnOf(p, boundary));
  const measures: [number, number] = [rightEdge(all, (p) => columnOf(p, boundary) === 0), rightEdge(all, (p) => columnOf(p, boundary) === 1)];
  const geometry = { boundary, measures, layout, join: joinerFor(all) };
  return { rows: tableRows(all.map((lines) => whitespaceBands(lines, geometry)), geometry) };
}

/**
 * The pages without the preamble of a table set without rules: on the first page, the
 * lines down to the last one that runs across the columns (over `boundary`) above the
 * table's first line in the right column — a title, a note on the document.
 */
function withoutPreamble(all: Placed[][], boundary: number): Placed[][] {
  const first = all.findIndex((lines) => lines.length > 0);
  if (first === -1) return all;
  const lines = all[first]!;
  const tableTop = Math.min(...lines.filter((p) => p.line.x >= boundary).map((p) => p.line.y));
  const above = lines.filter((p) => p.line.y < tableTop && p.line.x < boundary - 1 && p.line.x + p.line.width > boundary + 1);
  if (above.length === 0) return all;
  const cutoff = Math.max(...above.map((p) => p.line.y));
  return all.map((page, i) => (i === first ? page.filter((p) => p.line.y > cutoff) : page));
}

/** Columns and rows from the rules the pages draw (grid.ts). */
function ruledTable(doc: ExtractedSource, all: Placed[][], grids: PageGrid[]): Table {
  const { pages, bands } = ruledBands(doc.source, all, grids);
  const gridOf = new Map(all.map((lines, i) => [lines[0]?.page, grids[i]!]));
  const column = (p: Placed) => columnOf(p, gridOf.get(p.page)!.boundary);
  const layout = measureLayout(pages, column);
  const measures: [number, number] = [rightEdge(pages, (p) => column(p) === 0), rightEdge(pages, (p) => column(p) === 1)];
  return { rows: tableRows(bands, { boundary: grids[0]!.boundary, measures, layout, join: joinerFor(pages) }) };
}

export function segmentPdfLines(doc: ExtractedSource): Block[] {
  const pages = placedPages(doc, 'a PDF source (pages of positioned lines)');
  const layout = measureLayout(pages);
  const lines = pages.flat();
  const join = joinerFor(pages);
  return paragraphs(lines, rightEdge(pages, () => true), layout).map((part) => toBlock(part, join));
}

/** The rightmost text edge of the lines that `which` selects. */
function rightEdge(pages: Placed[][], which: (p: Placed) => boolean): number {
  let edge = -Infinity;
  for (const p of pages.flat()) if (which(p)) edge = Math.max(edge, p.line.x + p.line.width);
  return edge;
}
