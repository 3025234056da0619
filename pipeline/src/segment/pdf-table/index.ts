/**
 * Segmenting PDF sources from the positions of their lines (extract/pdf keeps each
 * line's x, baseline, width, font size and bold/italic runs):
 *
 * - segmentPdfTable: a two-column table → rows of a left and a right cell, each cell
 *   cut into paragraphs; cells and paragraphs that a page break split are joined again
 *   (the row's notes say where).
 * - segmentPdfLines: a single-column document → paragraphs.
 *
 * Every Block's spans index `doc.text`; a paragraph over a page break has a span on
 * each page. Block.line and Row.line are line numbers in the page's text (as
 * SourceErrors for PDF sources give them).
 */
import type { ExtractedSource } from '../../extract/types.js';
import type { Block, Table } from '../types.js';
import { columnBoundary, measureLayout, placedPages, type Placed } from './geometry.js';
import { paragraphs, toBlock } from './paragraphs.js';
import { columnOf, tableRows } from './rows.js';

export function segmentPdfTable(doc: ExtractedSource): Table {
  const pages = placedPages(doc, 'a PDF source (pages of positioned lines) for a two-column table');
  const boundary = columnBoundary(doc, pages);
  const layout = measureLayout(pages, (p) => columnOf(p, boundary));
  const measures: [number, number] = [rightEdge(pages, (p) => columnOf(p, boundary) === 0), rightEdge(pages, (p) => columnOf(p, boundary) === 1)];
  return { rows: tableRows(pages, { boundary, measures, layout }) };
}

export function segmentPdfLines(doc: ExtractedSource): Block[] {
  const pages = placedPages(doc, 'a PDF source (pages of positioned lines)');
  const layout = measureLayout(pages);
  const lines = pages.flat();
  return paragraphs(lines, rightEdge(pages, () => true), layout).map(toBlock);
}

/** The rightmost text edge of the lines that `which` selects. */
function rightEdge(pages: Placed[][], which: (p: Placed) => boolean): number {
  let edge = -Infinity;
  for (const p of pages.flat()) if (which(p)) edge = Math.max(edge, p.line.x + p.line.width);
  return edge;
}
