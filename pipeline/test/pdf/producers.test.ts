/**
 * PDFs printed by third-party producers (Chromium, LibreOffice, reportlab; made from raw/
 * by scripts/pdf-fixtures/producers, listed in test/fixtures/pdf/producers.json):
 *
 * - the profile's table: every row the PDF holds comes back with the text source's cells
 *   and paragraphs, and the datasets parsed from the PDF equal, field by field
 *   (provenance aside), those parsed from the text source cut after the same rows;
 * - the law: the paragraphs of the text source, word for word, with the producer's running
 *   header, page numbers and line-end hyphenation gone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestEntry, rawText, textSource } from '../../../test/helpers/sources.js';
import type { ExtractedSource } from '../../src/extract/types.js';
import type { Graph } from '../../src/model/graph.js';
import { createParseContext } from '../../src/parse/context.js';
import { parseProfile } from '../../src/parse/profile/index.js';
import { segmentLines } from '../../src/segment/lines/index.js';
import { segmentPdfLines, segmentPdfTable } from '../../src/segment/pdf-table/index.js';
import { segmentTable } from '../../src/segment/table/index.js';
import type { Table } from '../../src/segment/types.js';
import { comparable, expectProvenanceSlicesBack, extractFixture } from './helpers.js';
import { ROOT } from './hostile-pdfs.js';

interface Fixture {
  producer: string;
  source: string;
  file: string;
  rows?: number;
  hyphenates?: boolean;
}

const FIXTURES = JSON.parse(readFileSync(new URL('test/fixtures/pdf/producers.json', ROOT), 'utf8')) as Fixture[];
const PROFILE = 'coe-cybercrime-legislation-profile-serbia';
const LAW = 'rs-law-cybercrime-authorities-2005-2009';
const GRAPH_KEYS = ['instruments', 'provisions', 'statements', 'mappings', 'applications', 'facts', 'conflicts'] as const;

/** A value with every `provenance` removed, and the text segmenter's row notes ("line N: …", about its own text) with it. */
function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'provenance').map(([key, v]) => [key, withoutProvenance(v)]));
  }
  return value;
}

/** The profile's text source cut after its first `rows` table rows (at the end of the row's last line). */
function profileTextUpTo(rows: number): string {
  const text = rawText(PROFILE);
  const table = segmentTable(textSource(PROFILE, text).doc);
  const row = table.rows[rows - 1]!;
  const end = Math.max(...row.cells.flatMap((cell) => cell.blocks.flatMap((b) => b.spans.map((s) => s.end))));
  const lineEnd = text.indexOf('\n', end);
  return text.slice(0, lineEnd === -1 ? text.length : lineEnd + 1);
}

const cellText = (blocks: { text: string }[]) => blocks.map((b) => comparable(b.text));

describe.each(FIXTURES.filter((f) => f.source === PROFILE))('the profile printed by $producer', ({ file, rows }) => {
  let doc: ExtractedSource;
  let table: Table;
  let want: Table;

  beforeAll(async () => {
    doc = await extractFixture(PROFILE, file);
    table = segmentPdfTable(doc);
    want = segmentTable(textSource(PROFILE).doc);
  });

  it('spans pages, with rows that break across them', () => {
    expect(doc.pages!.length).toBeGreaterThanOrEqual(2);
    expect(table.rows.some((row) => row.notes.some((n) => n.startsWith('the row goes on from page')))).toBe(true);
  });

  it('gives every row it holds with the text source’s cells, paragraph by paragraph', () => {
    expect(table.rows.length).toBe(rows);
    table.rows.forEach((row, i) => {
      for (const c of [0, 1] as const) {
        expect(cellText(row.cells[c].blocks), `row ${i + 1}, cell ${c}`).toEqual(cellText(want.rows[i]!.cells[c].blocks));
      }
    });
  });

  it('marks bold and italic type as the text source does', () => {
    const marks = (t: Table, n: number) =>
      t.rows.slice(0, n).flatMap((row) => row.cells.flatMap((cell) => cell.blocks.flatMap((b) => b.marks.map((m) => `${m.kind}:${b.text.slice(m.start, m.end)}`))));
    expect(marks(table, rows!)).toEqual(marks(want, rows!));
  });

  it('drops the running header and the page numbers', () => {
    for (const page of doc.pages!) {
      expect(page.text).not.toContain('country profile: Republic of Serbia');
      for (const line of page.lines) expect(line.text).not.toMatch(/^(?:Page )?\d+(?: of \d+)?$/);
    }
  });

  it('gives provenance that slices back to every paragraph of every cell', () => {
    expectProvenanceSlicesBack(
      PROFILE,
      doc,
      table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks)),
      true,
    );
  });

  it('gives, through `cyberlex extract --json`, every row with its two cells paired as the text source pairs them', () => {
    const cli = fileURLToPath(new URL('packages/cli/bin/cyberlex.js', ROOT));
    const out = execFileSync(process.execPath, [cli, 'extract', fileURLToPath(new URL(file, ROOT)), '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const described = JSON.parse(out) as { rows: { page: number; cells: [string, string] }[] };
    const joined = (blocks: { text: string }[]) => blocks.map((b) => comparable(b.text)).join('\n');
    expect(described.rows.map((r) => r.cells.map(comparable))).toEqual(
      want.rows.slice(0, rows).map((r) => [joined(r.cells[0].blocks), joined(r.cells[1].blocks)].map(comparable)),
    );
    expect(described.rows[0]!.page).toBe(1);
    expect(described.rows.at(-1)!.page).toBeLessThanOrEqual(doc.pages!.length);
  });

  it('parses to the datasets of the text source for the same rows, field by field, provenance aside', () => {
    const fromText: Graph = parseProfile(textSource(PROFILE, profileTextUpTo(rows!)).ctx);
    const fromPdf: Graph = parseProfile(createParseContext({ ...manifestEntry(PROFILE), sha256: doc.sha256 }, doc));
    expect(fromPdf.mappings.length).toBeGreaterThan(3);
    for (const key of GRAPH_KEYS) {
      const expected = fromText[key] as { '@id': string }[];
      const actual = fromPdf[key] as { '@id': string }[];
      expect(actual.map((n) => n['@id']), key).toEqual(expected.map((n) => n['@id']));
      actual.forEach((node, i) => expect(withoutProvenance(node), `${key} ${node['@id']}`).toEqual(withoutProvenance(expected[i])));
    }
  });
});

/** The words of a text, hyphenation and inline markup aside. */
const words = (s: string) => comparable(s).split(' ').filter(Boolean);

describe.each(FIXTURES.filter((f) => f.source === LAW))('the law printed by $producer', ({ file, hyphenates }) => {
  let doc: ExtractedSource;

  beforeAll(async () => {
    doc = await extractFixture(LAW, file);
  });

  it('gives the text source’s paragraphs, word for word', () => {
    const expected = segmentLines(textSource(LAW).doc).map((b) => words(b.text));
    const actual = segmentPdfLines(doc).map((b) => words(b.text));
    expect(actual).toEqual(expected);
  });

  it('drops the running header, the page numbers and line-end hyphens', () => {
    expect(doc.pages!.length).toBeGreaterThanOrEqual(2);
    for (const page of doc.pages!) {
      expect(page.text).not.toContain('Law on the organisation and competences');
      for (const line of page.lines) expect(line.text).not.toMatch(/^(?:Page |\u2013 )?\d+(?: \u2013)?$/);
    }
    const blocks = segmentPdfLines(doc);
    for (const block of blocks) expect(block.text).not.toMatch(/\u00ad/);
    if (hyphenates) {
      // The producer did break words at line ends: the lines show it, the paragraphs do not.
      expect(doc.pages!.some((page) => page.lines.some((line) => /\p{L}[\u00ad\u2010-]$/u.test(line.text)))).toBe(true);
    }
    expectProvenanceSlicesBack(LAW, doc, blocks, true);
  });
});
