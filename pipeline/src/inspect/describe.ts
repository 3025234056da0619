/**
 * What extraction saw, for people: the pages with their lines and positions, and the
 * table rows when the source is a table. `cyberlex extract <file> --json` prints
 * describeExtraction; without --json, renderExtraction.
 */
import type { Table } from '../segment/types.js';
import type { ExtractedSource } from '../extract/types.js';

export interface ExtractionDescription {
  pages: { number: number; lines: { text: string; x: number; y: number }[] }[];
  rows: { page: number; cells: [string, string] }[];
}

/**
 * A text source is one page whose lines are the file's lines (x = 0, y = the 0-based
 * line index); a PDF source lists its pages' lines in reading order with their left
 * edge and baseline (points, origin top left). A row's page is the page its first text
 * is on; a cell's paragraphs are joined by newlines.
 */
export function describeExtraction(doc: ExtractedSource, table: Table | null): ExtractionDescription {
  const pages = doc.pages
    ? doc.pages.map((page) => ({ number: page.number, lines: page.lines.map(({ text, x, y }) => ({ text, x: round(x), y: round(y) })) }))
    : [{ number: 1, lines: doc.text.split('\n').map((line, index) => ({ text: line.replace(/\r$/, ''), x: 0, y: index })) }];
  const rows = (table?.rows ?? []).map((row) => {
    const first = row.cells.flatMap((cell) => cell.blocks).flatMap((block) => block.spans)[0];
    return {
      page: first === undefined ? 1 : pageAt(doc, first.start),
      cells: row.cells.map((cell) => cell.blocks.map((block) => block.text).join('\n')) as [string, string],
    };
  });
  return { pages, rows };
}

/** A plain rendering: each page's text in reading order, then the table's rows, if any. */
export function renderExtraction(doc: ExtractedSource, table: Table | null): string {
  const description = describeExtraction(doc, table);
  const parts = description.pages.map((page) => `=== page ${page.number} ===\n${page.lines.map((l) => l.text).join('\n')}`);
  description.rows.forEach((row, i) => {
    parts.push(`=== row ${i + 1} (page ${row.page}) ===\n[left]\n${row.cells[0]}\n[right]\n${row.cells[1]}`);
  });
  return `${parts.join('\n\n')}\n`;
}

/** The number of the page an offset of `doc.text` falls on (1 for a text source). */
export function pageAt(doc: ExtractedSource, offset: number): number {
  return doc.pages?.findLast((page) => page.offset <= offset)?.number ?? 1;
}

/** Positions to a hundredth of a point: enough to read, stable to compare. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
