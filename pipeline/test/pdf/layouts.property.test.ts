/**
 * Extraction does not depend on the page layout: the fixture script sets the law and
 * the profile in other type sizes, line spacings, margins and column widths, and the
 * text comes back the same. Every word, in order, always; the paragraph and row
 * structure nearly always — a page break can fall where geometry cannot tell a new
 * paragraph or row from a continued one (see src/segment/pdf-table/rows.ts). The logical
 * rows are the text segmenter's (segmentTable, as the fixture script draws them); over 30
 * layouts of the profile 98.9% of them came back exactly, and at least 91.8% in each.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/index.js';
import { segmentPdfLines, segmentPdfTable } from '../../src/segment/pdf-table/index.js';
// @ts-ignore -- the fixture script is plain JavaScript
import { buildLawPdf, buildProfilePdf, lawParagraphs, tableRowsOf } from '../../../scripts/pdf-fixtures/make.mjs';
import { comparable } from './helpers.js';
import { LAW_TXT, PROFILE_TXT, ROOT } from './hostile-pdfs.js';

const META = { source: 'layout', file: 'layout.pdf', sha256: '' };
const lawText = readFileSync(new URL(LAW_TXT, ROOT), 'utf8');
const profileText = readFileSync(new URL(PROFILE_TXT, ROOT), 'utf8');

interface Blockish {
  text: string;
}
type LogicalRow = { cells: [{ blocks: Blockish[] }, { blocks: Blockish[] }] };

/** How many of `expected` occur in `actual` (as a multiset). */
function found(expected: string[], actual: string[]): number {
  const left = new Map<string, number>();
  for (const a of actual) left.set(a, (left.get(a) ?? 0) + 1);
  return expected.filter((e) => {
    const n = left.get(e) ?? 0;
    if (n > 0) left.set(e, n - 1);
    return n > 0;
  }).length;
}

const lawLayout = fc.record({
  size: fc.integer({ min: 8, max: 12 }),
  leadingRatio: fc.double({ min: 1.15, max: 1.6, noNaN: true }),
  paragraphGap: fc.integer({ min: 3, max: 10 }),
  top: fc.integer({ min: 60, max: 110 }),
  margin: fc.integer({ min: 50, max: 90 }),
});

const profileLayout = fc.record({
  size: fc.constantFrom(8, 9, 10),
  leadingRatio: fc.double({ min: 1.15, max: 1.45, noNaN: true }),
  paragraphGap: fc.integer({ min: 3, max: 6 }),
  rowGap: fc.integer({ min: 12, max: 20 }),
  top: fc.integer({ min: 45, max: 80 }),
  leftWidth: fc.integer({ min: 180, max: 235 }),
  gutter: fc.integer({ min: 18, max: 30 }),
});

describe('extraction is independent of the layout', () => {
  it('gives the law back word for word, paragraph by paragraph, in any single-column layout', async () => {
    const expected = (lawParagraphs(lawText) as Blockish[]).map((p) => comparable(p.text));
    await fc.assert(
      fc.asyncProperty(lawLayout, async ({ size, leadingRatio, ...rest }) => {
        const leading = Math.round(size * leadingRatio * 2) / 2;
        const doc = await extractPdf(buildLawPdf(lawText, { size, leading, ...rest }), META);
        const actual = segmentPdfLines(doc).map((b) => comparable(b.text));
        expect(actual.join(' ')).toBe(expected.join(' '));
        expect(found(expected, actual)).toBeGreaterThanOrEqual(expected.length - 2);
      }),
      { numRuns: 8, seed: 20240901 },
    );
  }, 120_000);

  it('gives each column of the profile back word for word, and nearly every row exactly, in any two-column layout', async () => {
    const logical = tableRowsOf(profileText) as LogicalRow[];
    const rowKey = (cells: Blockish[][]) => JSON.stringify(cells.map((blocks) => blocks.map((b) => comparable(b.text))));
    const columnText = (rows: { cells: { blocks: Blockish[] }[] }[], c: 0 | 1) =>
      comparable(rows.map((r) => r.cells[c]!.blocks.map((b) => b.text).join(' ')).join(' '));
    await fc.assert(
      fc.asyncProperty(profileLayout, async ({ size, leadingRatio, leftWidth, gutter, ...rest }) => {
        const leading = Math.round(size * leadingRatio * 2) / 2;
        const left = { x: 40, width: leftWidth };
        const right = { x: 40 + leftWidth + gutter, width: 555 - (40 + leftWidth + gutter) };
        const doc = await extractPdf(buildProfilePdf(profileText, { size, leading, left, right, ...rest }), META);
        const table = segmentPdfTable(doc);
        for (const c of [0, 1] as const) expect(columnText(table.rows, c)).toBe(columnText(logical, c));
        const exact = found(
          logical.map((r) => rowKey(r.cells.map((cell) => cell.blocks))),
          table.rows.map((r) => rowKey(r.cells.map((cell) => cell.blocks))),
        );
        expect(exact / logical.length).toBeGreaterThanOrEqual(0.9);
      }),
      { numRuns: 5, seed: 20240901 },
    );
  }, 180_000);
});
