/**
 * The rows of a ruled table, page by page, from its grid (grid.ts): a line belongs to the
 * row whose rules enclose its baseline and to the column on its side of the rule between
 * the columns. Text above the table on the page where it starts is the document's
 * preamble (a title, a note on the document), not part of the table, as for the text
 * segmenter; any other text outside the rules is an error, since it could belong to a
 * row we would not see.
 */
import { SourceError } from '../../errors.js';
import type { PageGrid } from './grid.js';
import type { Placed } from './geometry.js';
import { columnOf, type Band } from './rows.js';

/** A baseline this close below a rule (points) still counts as under it: glyphs sit on their baseline, the rule above them. */
const SLACK = 2;

export interface RuledPages {
  /** The table's lines on each page (preamble left out). */
  pages: Placed[][];
  bands: Band[][];
}

export function ruledBands(source: string, pages: Placed[][], grids: PageGrid[]): RuledPages {
  const kept: Placed[][] = [];
  const bands: Band[][] = [];
  let started = false;
  pages.forEach((lines, i) => {
    const grid = grids[i]!;
    const inside = lines.filter((p) => p.line.y >= grid.top - SLACK && p.line.y <= grid.bottom + SLACK);
    const outside = lines.filter((p) => !inside.includes(p));
    for (const p of outside) {
      const preamble = !started && p.line.y < grid.top;
      if (!preamble) {
        throw new SourceError(
          source,
          { page: p.page.number, line: p.index + 1 },
          'text inside the ruled table, or above it where the table starts',
          `text ${p.line.y < grid.top ? 'above' : 'below'} the table: "${p.line.text}"`,
        );
      }
    }
    if (inside.length > 0) started = true;
    kept.push(inside);
    bands.push(pageBands(inside, grid));
  });
  return { pages: kept, bands };
}

function pageBands(lines: Placed[], grid: PageGrid): Band[] {
  const byRow = new Map<number, Band>();
  for (const p of [...lines].sort((a, b) => a.line.y - b.line.y || a.line.x - b.line.x)) {
    const row = grid.cuts.filter((y) => y < p.line.y).length;
    let band = byRow.get(row);
    if (!band) byRow.set(row, (band = { pageNumber: p.page.number, cells: [[], []] }));
    band.cells[columnOf(p, grid.boundary)].push(p);
  }
  const out = [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, band]) => band);
  for (const band of out) for (const cell of band.cells) cell.sort((a, b) => a.index - b.index);
  // No rule above the page's first row: the row is open at the top, the rest of one the page break cut.
  const first = out[0];
  if (first) {
    const topLine = Math.min(...first.cells.flat().map((p) => p.line.y));
    first.continues = !grid.cuts.some((y) => y < topLine);
  }
  return out;
}
