/**
 * Segmenting a two-column table extracted as text: a row is `left<TAB>right`, a line that
 * starts with a tab continues the right column, blank lines separate, and a page break
 * splits a row so that the rest of its cells follows as plain lines (left column first) or
 * as a further `left<TAB>right` line. This module puts each row back together; what a
 * block is (and so which column it belongs to) is decided in `recognise.ts`, and every
 * decision is kept as a row note starting "line N:" (or "line N, column C:" when it concerns
 * the block that starts there).
 *
 * Lines before the first tab are the document's preamble, not part of the table.
 */
import type { ExtractedSource } from '../../extract/types.js';
import { sourceErrorAt } from '../../extract/types.js';
import type { Row, Table } from '../types.js';
import { type IndexedBlock, joinBlocks, LineIndex } from './block.js';
import { htmlBlocks } from './html.js';
import { plainBlock } from './plain.js';
import { continuesBlock, countryWords, isConventionHeading, looksCutOff, placePlainBlock, type Side } from './recognise.js';

export type { IndexedBlock } from './block.js';
export { isConventionHeading } from './recognise.js';

interface RowDraft {
  left: IndexedBlock[];
  right: IndexedBlock[];
  line: number;
  notes: string[];
}

interface PhysicalLine {
  number: number;
  start: number;
  /** End of the line's content: before "\n" and before a final "\r". */
  end: number;
}

export function segmentTable(doc: ExtractedSource): Table {
  const index = new LineIndex(doc.text);
  const rows: RowDraft[] = [];
  let row: RowDraft | null = null;
  /** A blank or plain line came since the last row line: the next row line may be the rest of a split row. */
  let afterBreak = false;
  /** Right after a row line, the first plain block of each column may be the rest of the block the break split. */
  let open: Record<Side, boolean> = { left: false, right: false };
  let side: Side = 'left';
  let started = false;
  /** The country the header names ("Country: Republic of Serbia"): its name in a plain line marks the national answer. */
  let country: string[] = [];

  const cellBlocks = (start: number, end: number): IndexedBlock[] => {
    const slice = doc.text.slice(start, end);
    if (slice.trim() === '') return [];
    if (slice.includes('<')) return htmlBlocks(doc, start, end, index);
    const block = plainBlock(doc, start, end, index);
    return block ? [block] : [];
  };

  const append = (draft: RowDraft, column: Side, blocks: IndexedBlock[], line: number, mayJoin: boolean) => {
    const cell = draft[column];
    const [first, ...rest] = blocks;
    if (!first) return;
    const last = cell[cell.length - 1];
    if (mayJoin && last && continuesBlock(last, first)) {
      cell[cell.length - 1] = joinBlocks(last, first);
      draft.notes.push(`line ${line}, column ${first.column}: joins the ${column} cell's text that a page break split at line ${last.line}`);
    } else {
      cell.push(first);
    }
    cell.push(...rest);
  };

  for (const line of physicalLines(doc.text)) {
    const content = doc.text.slice(line.start, line.end);
    const tab = line.start + content.indexOf('\t');
    const hasTab = tab >= line.start;
    if (!started) {
      if (!hasTab) continue;
      started = true;
    }
    if (content.trim() === '') {
      afterBreak = true;
      continue;
    }
    if (hasTab) {
      const second = content.indexOf('\t', tab - line.start + 1);
      if (second !== -1) throw sourceErrorAt(doc, line.start + second, 'two columns separated by one tab', 'a second tab');
      const left = cellBlocks(line.start, tab);
      const right = cellBlocks(tab + 1, line.end);
      if (left.length === 0) {
        if (!row) throw sourceErrorAt(doc, line.start, 'a table row before a line that continues the right column');
        row.notes.push(`line ${line.number}: a line starting with a tab continues the right cell`);
        append(row, 'right', right, line.number, true);
      } else if (row && afterBreak && !isConventionHeading(left[0]!.text)) {
        row.notes.push(`line ${line.number}: a row after a page break that opens with no heading continues the row of line ${row.line}`);
        append(row, 'left', left, line.number, true);
        append(row, 'right', right, line.number, true);
      } else {
        row = { left, right, line: line.number, notes: [] };
        rows.push(row);
        if (left[0]!.text === 'Country:' && right[0]) country = countryWords(right[0].text);
      }
      afterBreak = false;
      open = { left: true, right: true };
      side = 'left';
      continue;
    }
    // A line without a tab: the rest of a row a page break split (or a heading that opens a row).
    const blocks = cellBlocks(line.start, line.end);
    const block = blocks[0];
    if (!block) continue;
    afterBreak = true;
    const placement = placePlainBlock(block, row ?? { left: [], right: [] }, side, country);
    if (placement.kind === 'row') {
      row = { left: blocks, right: [], line: line.number, notes: [`line ${line.number}: plain text after a page break; ${placement.reason}`] };
      rows.push(row);
      open = { left: false, right: false };
      side = 'left';
      continue;
    }
    if (!row) throw sourceErrorAt(doc, block.spans[0]!.start, 'a table row (a line with a tab) before plain text', block.text);
    row.notes.push(`line ${line.number}: plain text after a page break goes to the ${placement.side} cell (${placement.reason})`);
    append(row, placement.side, blocks, line.number, open[placement.side]);
    open[placement.side] = false;
    side = placement.side;
  }

  if (!started) throw sourceErrorAt(doc, 0, 'a two-column table (a line with a tab between the columns)');
  const last = rows[rows.length - 1];
  for (const cell of last ? [last.left, last.right] : []) {
    const block = cell[cell.length - 1];
    if (block && looksCutOff(block)) {
      const end = block.spans[block.spans.length - 1]!.end;
      throw sourceErrorAt(doc, end, 'the rest of the table (the file ends mid-sentence)', block.text.slice(-40));
    }
  }
  return { rows: rows.map(toRow) };
}

function toRow(draft: RowDraft): Row {
  return { cells: [{ blocks: draft.left }, { blocks: draft.right }], line: draft.line, notes: draft.notes };
}

function* physicalLines(text: string): Generator<PhysicalLine> {
  let number = 0;
  for (let start = 0; start <= text.length; ) {
    number++;
    const nl = text.indexOf('\n', start);
    const lineEnd = nl === -1 ? text.length : nl;
    const end = lineEnd > start && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    yield { number, start, end };
    if (nl === -1) return;
    start = nl + 1;
  }
}
