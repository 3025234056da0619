/**
 * parseProfileTable reads any Table (the PDF table segmenter makes one too): it sees only the
 * blocks' text, spans, form and marks, and needs no character index when spans hold no markup.
 */
import { describe, expect, it } from 'vitest';
import { parseProfile, parseProfileTable } from '../../src/parse/profile/index.js';
import { segmentTable } from '../../src/segment/table/index.js';
import type { Table } from '../../src/segment/types.js';
import { profileSource, spanText } from './helpers.js';

/** A small profile in plain text, with a page break inside a Convention paragraph and an amendment. */
const MINI = [
  'Country:\tRepublic of Serbia',
  'Signature of Convention:\t07/04/2005',
  'Chapter II – Measures to be taken at the national level\t',
  'Article 2 – Illegal access\tIn Chapter 27 at article 302 of CCRS it is provided as specific criminal offence.',
  '',
  '1 Each Party shall adopt such measures as may be necessary to establish the access to a computer',
  '',
  'system without right.',
  '',
  'Article 302 - Unauthorised Access',
  '',
  '(1) Whoever accesses a computer shall be punished by fine.',
  '',
  'amendment 11/9/2009 “Official gazette of Republic Serbia 72/2009”',
  '',
  '(1) Whoever records or accesses a computer shall be punished by fine.',
  '',
  'Article 3 – Illegal interception\tThere are no provisions for this direct purpose.',
  '',
  'Each Party shall adopt such measures as may be necessary to establish the interception.',
  '',
].join('\n');

/** The same table without character indexes, as a segmenter that only gives spans would hand it on. */
function withoutIndex(table: Table): Table {
  return {
    rows: table.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => ({ blocks: c.blocks.map(({ text, spans, form, marks, line, column }) => ({ text, spans, form, marks, line, column })) })) as Table['rows'][number]['cells'],
    })),
  };
}

describe('a table from another segmenter', () => {
  it('parses the same without character indexes when spans hold no markup', () => {
    const { doc, ctx } = profileSource(MINI);
    const indexed = parseProfile(ctx);
    const plain = parseProfileTable(withoutIndex(segmentTable(doc)), ctx);
    expect(plain).toEqual(indexed);
    const p302 = plain.provisions.find((p) => p.ref === 'rs-cc:302')!;
    expect(p302.versions.map((v) => [v.versionDate, v.paragraphs[0]!.text])).toEqual([
      [null, 'Whoever accesses a computer shall be punished by fine.'],
      ['2009-09-11', 'Whoever records or accesses a computer shall be punished by fine.'],
    ]);
    const para = plain.provisions.find((p) => p.ref === 'ets185:2')!.versions[0]!.paragraphs[0]!;
    expect(para.text).toBe('Each Party shall adopt such measures as may be necessary to establish the access to a computer system without right.');
    expect(spanText(MINI, para.provenance)).toBe(para.text);
    expect(plain.mappings.map((m) => m.assessment)).toEqual(['provided', 'not-provided']);
  });
});
