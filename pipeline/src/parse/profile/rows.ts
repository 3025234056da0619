/**
 * The rows of a country profile: first the header (labelled values such as "Signature of
 * Convention: 07/04/2005", then the column captions), then the Convention, row by row:
 * structural headings (Chapter, Section, Title) and articles, each article with the national
 * answer beside it. Article numbers must rise.
 */
import type { Block, Row, Table } from '../../segment/types.js';
import type { ProfileContext } from './context.js';
import { type Piece, piece, pieceText, wholeBlock } from './pieces.js';

export interface StructureHeading {
  unit: 'chapter' | 'section' | 'title';
  number: string;
  title: Piece;
  heading: Piece;
}

export type ProfileRow =
  | { kind: 'label'; row: Row; label: Piece; value: Piece[] }
  | { kind: 'columns'; row: Row }
  | { kind: 'structure'; row: Row; headings: StructureHeading[] }
  | { kind: 'article'; row: Row; number: string; heading: Block; left: Block[]; right: Block[] };

const UNIT_HEADING = /(?:^| )(Chapter|Section|Title) ([IVXLC]{1,6}|\d{1,2}) – /g;
const ARTICLE_HEADING = /^Article (\d{1,3}) [–-] /;

export function profileRows(table: Table, pc: ProfileContext): ProfileRow[] {
  const rows: ProfileRow[] = [];
  let inHeader = true;
  let lastArticle = 0;
  for (const row of table.rows) {
    const [left, right] = row.cells;
    const first = left.blocks[0];
    if (!first) {
      const at = right.blocks[0];
      if (at) pc.fail(wholeBlock(at), 'a row with a Convention heading in its left cell');
      continue;
    }
    const headings = structureHeadings(left.blocks);
    const article = ARTICLE_HEADING.exec(first.text);
    if (!headings && !article) {
      if (!inHeader) pc.fail(wholeBlock(first), 'a Convention heading (Chapter, Section, Title or "Article N – …")');
      rows.push(headerRow(row));
      continue;
    }
    inHeader = false;
    if (headings) {
      const beside = right.blocks[0];
      if (beside) pc.fail(wholeBlock(beside), 'an empty right cell beside a Convention chapter, section or title');
      rows.push({ kind: 'structure', row, headings });
      continue;
    }
    const number = Number(article![1]);
    if (number <= lastArticle) pc.fail(wholeBlock(first), `a Convention article numbered after ${lastArticle} (the table follows the Convention's order)`);
    lastArticle = number;
    rows.push({ kind: 'article', row, number: article![1]!, heading: first, left: left.blocks, right: right.blocks });
  }
  if (inHeader) {
    const last = table.rows[table.rows.length - 1]?.cells[0].blocks[0];
    if (last) pc.fail(wholeBlock(last), 'the Convention articles of a country profile');
  }
  return rows;
}

/** "Country:" | "Republic of Serbia" is a labelled value; any other header row is a column caption. */
function headerRow(row: Row): ProfileRow {
  const [left, right] = row.cells;
  const label = left.blocks.length === 1 ? wholeBlock(left.blocks[0]!) : null;
  if (label && pieceText(label).endsWith(':') && right.blocks.length > 0) {
    return { kind: 'label', row, label, value: right.blocks.map(wholeBlock) };
  }
  return { kind: 'columns', row };
}

/** Every heading in the left cell ("Chapter II – … Section 1 – …" can share a block); null if the cell holds anything else. */
function structureHeadings(blocks: readonly Block[]): StructureHeading[] | null {
  const out: StructureHeading[] = [];
  for (const block of blocks) {
    const found = [...block.text.matchAll(UNIT_HEADING)];
    if (found.length === 0 || found[0]!.index !== 0) return null;
    found.forEach((m, i) => {
      const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
      const titleStart = m.index + m[0].length;
      const end = i + 1 < found.length ? found[i + 1]!.index : block.text.length;
      const title = piece(block, titleStart, end);
      const heading = piece(block, at, end);
      if (!title || !heading) return;
      out.push({ unit: m[1]!.toLowerCase() as StructureHeading['unit'], number: m[2]!, title, heading });
    });
  }
  return out.length > 0 ? out : null;
}
