/**
 * Rows of a two-column table. On each page a row is a band of lines: between the rules
 * that run across both columns when the table is ruled (see grid.ts), else between
 * whitespace bands across both columns wider than a paragraph break. A band at the top
 * of a page may be the rest of the row the previous page ended with (see continuesRow);
 * then the row's cells are joined, and a paragraph the page break cut is joined too
 * (paragraphs.ts decides).
 */
import type { Row } from '../types.js';
import type { Layout, Placed } from './geometry.js';
import type { Joiner } from './hyphenation.js';
import { crossesPages, paragraphs, roomForParagraph, toBlock, wrapsOnto } from './paragraphs.js';

type Column = 0 | 1;
const COLUMN_NAMES = ['left', 'right'] as const;

export interface Band {
  pageNumber: number;
  cells: [Placed[], Placed[]];
  /**
   * For the first band of a page: true when the page shows that it goes on with the row
   * the previous page ended with (a ruled table whose rules leave the row open at the top
   * of the page); otherwise the layout decides (continuesRow).
   */
  continues?: boolean;
}

interface Draft {
  cells: [Placed[], Placed[]];
  notes: string[];
}

export interface TableGeometry {
  /** x between the columns. */
  boundary: number;
  /** Right edge of each column's text. */
  measures: [number, number];
  layout: Layout;
  /** How a cell's lines join (hyphenation.ts). */
  join: Joiner;
}

export function columnOf(p: Placed, boundary: number): Column {
  return p.line.x < boundary ? 0 : 1;
}

/** The row bands of one page of a table set without rules, top to bottom; each column's lines in reading order. */
export function whitespaceBands(lines: Placed[], geometry: TableGeometry): Band[] {
  const out: Band[] = [];
  let lowest = -Infinity;
  for (const p of [...lines].sort((a, b) => a.line.y - b.line.y || a.line.x - b.line.x)) {
    if (out.length === 0 || p.line.y - lowest > geometry.layout.rowBreak) out.push({ pageNumber: p.page.number, cells: [[], []] });
    out[out.length - 1]!.cells[columnOf(p, geometry.boundary)].push(p);
    lowest = Math.max(lowest, p.line.y);
  }
  for (const band of out) for (const cell of band.cells) cell.sort((a, b) => a.index - b.index);
  return out;
}

/**
 * Whether `band`, the first on its page, goes on with `draft`, the row the previous page
 * ended with. Text moves to the next page only when it does not fit; so a column the
 * band has text in must have had no room below its last line on the previous page for
 * a new paragraph — with room, its cell had ended there, and the band is a new row.
 * Otherwise the band goes on with the row. Geometry cannot tell this from a new row
 * that starts at the top of a page when every column it has text in also filled the
 * previous page (a heading row after a full left column; two one-line cells at the
 * foot of a page): such a row is joined to the one before, and the row's notes say
 * where. Continuing was the better guess over 72 layouts of the country profile
 * (pipeline/test/pdf/layouts.property.test.ts): most such page tops are cells going on.
 */
function continuesRow(draft: Draft, band: Band, geometry: TableGeometry): boolean {
  const previousPage = band.pageNumber - 1;
  const lastOf = (c: Column) => draft.cells[c].findLast((p) => p.page.number === previousPage);
  const columns = ([0, 1] as const).filter((c) => band.cells[c].length > 0);
  // A cell whose last line on the previous page was wrapped, not ended, and whose text here
  // goes on in lower case, mid-sentence, continues: so does its row, whatever room the other
  // cell seemed to leave (pages of a table end at different heights, and producers move a
  // paragraph's first lines with the rest).
  const midSentence = (c: Column) => {
    const last = lastOf(c);
    const next = band.cells[c][0]!;
    return last !== undefined && /^\p{Ll}/u.test(next.line.text) && wrapsOnto(last, next, geometry.measures[c]);
  };
  if (columns.some(midSentence)) return true;
  return columns.every((c) => {
    const last = lastOf(c);
    return last !== undefined && !roomForParagraph(last, geometry.layout);
  });
}

export function tableRows(pageBands: Band[][], geometry: TableGeometry): Row[] {
  const drafts: Draft[] = [];
  for (const bands of pageBands) {
    bands.forEach((band, i) => {
      const last = drafts[drafts.length - 1];
      if (i === 0 && last && (band.continues || continuesRow(last, band, geometry))) {
        last.notes.push(`the row goes on from page ${band.pageNumber - 1} to page ${band.pageNumber}; the parts are joined`);
        last.cells[0].push(...band.cells[0]);
        last.cells[1].push(...band.cells[1]);
      } else {
        drafts.push({ cells: band.cells, notes: [] });
      }
    });
  }
  return drafts.map((draft) => toRow(draft, geometry));
}

function toRow(draft: Draft, geometry: TableGeometry): Row {
  const notes = [...draft.notes];
  const cells = ([0, 1] as const).map((c) => {
    const parts = paragraphs(draft.cells[c], geometry.measures[c], geometry.layout);
    for (const part of parts.filter(crossesPages)) {
      const pageNumbers = [...new Set(part.map((p) => p.page.number))].join(' and ');
      notes.push(`a paragraph of the ${COLUMN_NAMES[c]} cell is split by the page break between pages ${pageNumbers}; the parts are joined`);
    }
    return { blocks: parts.map((part) => toBlock(part, geometry.join)) };
  }) as Row['cells'];
  const first = [...draft.cells[0], ...draft.cells[1]].sort((a, b) => a.page.number - b.page.number || a.index - b.index)[0];
  return { cells, line: first ? first.index + 1 : 1, notes };
}
