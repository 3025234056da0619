/**
 * The country profile, published as a two-column table in a PDF whose page breaks fall
 * inside cells: the rows and cells come back as the logical rows the PDF was drawn from.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedSource } from '../../src/extract/types.js';
import { segmentPdfTable } from '../../src/segment/pdf-table/index.js';
import type { Table } from '../../src/segment/types.js';
// @ts-ignore -- the fixture script is plain JavaScript
import { tableRowsOf } from '../../../scripts/pdf-fixtures/make.mjs';
import { comparable, expectProvenanceSlicesBack, extractFixture } from './helpers.js';
import { PROFILE_PDF, PROFILE_TXT, ROOT } from './hostile-pdfs.js';

const ID = 'coe-cybercrime-legislation-profile-serbia';

interface LogicalRow {
  cells: [{ blocks: { text: string }[] }, { blocks: { text: string }[] }];
}

let doc: ExtractedSource;
let table: Table;
let logical: LogicalRow[];

beforeAll(async () => {
  doc = await extractFixture(ID, PROFILE_PDF);
  table = segmentPdfTable(doc);
  logical = (tableRowsOf as (text: string) => LogicalRow[])(readFileSync(new URL(PROFILE_TXT, ROOT), 'utf8'));
});

const cellText = (blocks: { text: string }[]) => comparable(blocks.map((b) => b.text).join(' '));

describe('the country profile as a two-column PDF table', () => {
  it('spans many pages', () => {
    expect(doc.pages!.length).toBeGreaterThan(10);
  });

  it('gives the logical rows, each cell with the logical cell text', () => {
    expect(table.rows.length).toBe(logical.length);
    table.rows.forEach((row, i) => {
      const want = logical[i]!;
      expect([cellText(row.cells[0].blocks), cellText(row.cells[1].blocks)], `row ${i + 1}`).toEqual([
        cellText(want.cells[0].blocks),
        cellText(want.cells[1].blocks),
      ]);
    });
  });

  it('cuts each cell into the logical paragraphs', () => {
    table.rows.forEach((row, i) => {
      for (const c of [0, 1] as const) {
        expect(row.cells[c].blocks.map((b) => comparable(b.text)), `row ${i + 1}, cell ${c}`).toEqual(
          logical[i]!.cells[c].blocks.map((b) => comparable(b.text)),
        );
      }
    });
  });

  it('joins cells and paragraphs that page breaks split, and says so in the row notes', () => {
    const continued = table.rows.filter((row) => row.notes.some((n) => n.startsWith('the row goes on from page')));
    expect(continued.length).toBeGreaterThan(5);
    const splitParagraphs = table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks)).filter((b) => b.spans.length > 1);
    expect(splitParagraphs.length).toBeGreaterThan(0);
    const noted = table.rows.flatMap((row) => row.notes).filter((n) => n.startsWith('a paragraph of the'));
    expect(noted.length).toBe(splitParagraphs.length);
  });

  it('marks bold type as strong and italic type as emphasis', () => {
    const blocks = table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks));
    const strong = blocks.flatMap((b) => b.marks.filter((m) => m.kind === 'strong').map((m) => b.text.slice(m.start, m.end)));
    expect(strong).toEqual(['keeps', 'six']);
    const emphasis = blocks.flatMap((b) => b.marks.filter((m) => m.kind === 'emphasis').map((m) => b.text.slice(m.start, m.end)));
    expect(emphasis).toContain('Title 1 – Offences against the confidentiality, integrity and availability of computer data and systems');
    expect(emphasis).toContain('ordre public');
  });

  it('drops the running header and the page numbers', () => {
    for (const page of doc.pages!) {
      expect(page.text).not.toContain('Cybercrime legislation – country profile: Republic of Serbia');
      for (const line of page.lines) expect(line.text).not.toMatch(/^\d+$/);
    }
  });

  it('gives provenance that slices back to every paragraph of every cell', () => {
    expectProvenanceSlicesBack(
      ID,
      doc,
      table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks)),
    );
  });

  it('reads each page row by row, the left cell before the right', () => {
    // The first row: "Country:" then "Republic of Serbia", one line each.
    expect(doc.pages![0]!.text.split('\n').slice(0, 4)).toEqual(['Country:', 'Republic of Serbia', 'Signature of Convention:', '07/04/2005']);
  });
});
