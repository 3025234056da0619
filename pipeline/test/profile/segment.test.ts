import { describe, expect, it } from 'vitest';
import { type IndexedBlock, segmentTable } from '../../src/segment/table/index.js';
import { profileSource, RAW } from './helpers.js';

const table = segmentTable(profileSource().doc);
const rowAt = (line: number) => table.rows.find((r) => r.line === line)!;
const texts = (line: number, cell: 0 | 1) => rowAt(line).cells[cell].blocks.map((b) => b.text);

describe('the two-column table segmenter', () => {
  it('starts at the first row with a tab and keeps the header rows', () => {
    expect(table.rows[0]!.cells.map((c) => c.blocks.map((b) => b.text))).toEqual([['Country:'], ['Republic of Serbia']]);
    expect(table.rows.map((r) => r.cells[0].blocks[0]?.text ?? '').filter((t) => /^Article \d+ –/.test(t))).toHaveLength(35);
  });

  it('parses HTML cells into blocks by element, with list text as list blocks', () => {
    expect(texts(44, 0)).toEqual([
      'Article 7 – Computer-related forgery',
      expect.stringMatching(/^Each Party shall adopt/),
    ]);
    const list = rowAt(45).cells[0].blocks.find((b) => b.form === 'li')!;
    expect(list.text).toMatch(/^a any input, alteration/);
  });

  it('joins a row that a page break split, and its split paragraphs', () => {
    const art2 = rowAt(32).cells[0].blocks[0]!;
    expect(art2.spans).toHaveLength(2);
    expect(art2.text).toContain('any part of a computer system without right.');
    expect(rowAt(32).notes).toContain('line 34: a row after a page break that opens with no heading continues the row of line 32');
  });

  it('puts plain lines after a page break in the column they belong to, and says why', () => {
    expect(texts(53, 0).slice(1).map((t) => t.slice(0, 2))).toEqual(['1 ', '2 ', '3 ']);
    expect(texts(53, 1)[0]).toMatch(/related rights", paragraph 1\.$/);
    expect(texts(53, 1)[1]).toBe('CHAPTER TWENTY CRIMINAL OFFENCES AGAINST INTELLECTUAL PROPERTY');
    expect(rowAt(53).notes.some((n) => n.startsWith('line 61:') && n.includes('right cell') && n.includes('mid-sentence'))).toBe(true);
    expect(rowAt(217).cells[1].blocks.map((b) => b.text)).toEqual([expect.stringMatching(/^Mutual assistance is provided/)]);
    expect(rowAt(249).cells[1].blocks[0]!.text).toMatch(/^Our legal system accepts .* as stated in the Convention, so this question is regulated/);
  });

  it('opens a row for a plain Convention heading after a page break', () => {
    expect(texts(94, 0)).toEqual(['Section 2 – Procedural law']);
    expect(texts(96, 0)[0]).toBe('Article 14 – Scope of procedural provisions');
    expect(texts(96, 1)).toEqual([expect.stringMatching(/^Procedural provisions are covered/)]);
  });

  it('keeps bold and italic markup of plain lines as marks, and list dashes out of the text', () => {
    const amended = rowAt(53).cells[1].blocks.find((b) => b.text.includes('keeps') && b.marks.length > 0)!;
    expect(amended.line).toBe(79);
    expect(amended.text).not.toContain('*');
    expect(amended.marks).toEqual([{ kind: 'strong', start: amended.text.indexOf('keeps'), end: amended.text.indexOf('keeps') + 5 }]);
    const item = rowAt(96).cells[0].blocks.find((b) => b.form === 'li')!;
    expect(item.text).toMatch(/^a the criminal offences/);
  });

  it('maps every character of a block back to the raw text', () => {
    const wrong: string[] = [];
    for (const row of table.rows) {
      for (const block of row.cells.flatMap((c) => c.blocks) as IndexedBlock[]) {
        expect(block.sourceIndex).toHaveLength(block.text.length);
        for (let i = 0; i < block.text.length; i++) {
          if (block.text[i] !== ' ' && RAW[block.sourceIndex[i]!] !== block.text[i]) wrong.push(`line ${block.line}: ${i}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the same blocks for CRLF line endings', () => {
    const crlf = segmentTable(profileSource(RAW.replace(/\n/g, '\r\n')).doc);
    expect(crlf.rows.map((r) => r.cells.map((c) => c.blocks.map((b) => [b.text, b.form, b.marks])))).toEqual(
      table.rows.map((r) => r.cells.map((c) => c.blocks.map((b) => [b.text, b.form, b.marks]))),
    );
  });
});

describe('the offsets of an HTML cell\'s text', () => {
  const line = 'Article 1 – Definitions\t<p>Tom &amp; Jerry 😀 &#x1F600; <b>bold</b> end</p>\n';
  const cell = segmentTable(profileSource(line).doc).rows[0]!.cells[1];
  const block = cell.blocks[0] as IndexedBlock;

  it('map a character reference to where it starts, and each unit of a character outside the BMP', () => {
    expect(block.text).toBe('Tom & Jerry 😀 😀 bold end');
    expect(block.sourceIndex).toHaveLength(block.text.length);
    const at = (i: number) => line.slice(block.sourceIndex[i]!);
    expect(at(block.text.indexOf('&'))).toMatch(/^&amp;/);
    const literal = block.text.indexOf('😀');
    expect(at(literal)).toMatch(/^😀/);
    expect(block.sourceIndex[literal + 1]).toBe(block.sourceIndex[literal]! + 1);
    const reference = block.text.lastIndexOf('😀');
    expect(at(reference)).toMatch(/^&#x1F600;/);
    expect(block.sourceIndex[reference + 1]).toBe(block.sourceIndex[reference]);
    expect(at(block.text.indexOf('bold'))).toMatch(/^bold<\/b>/);
    expect(block.marks).toEqual([{ kind: 'strong', start: block.text.indexOf('bold'), end: block.text.indexOf('bold') + 4 }]);
  });
});
