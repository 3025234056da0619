#!/usr/bin/env node
/**
 * Writes real PDF fixtures from the raw text sources into test/fixtures/pdf/:
 *
 *   rs-law-cybercrime-authorities-2005-2009.pdf  the law, one column, A4, with a running
 *       header ("Official Gazette … page N") and a page-number footer to be removed again
 *       by the extractor;
 *   coe-cybercrime-legislation-profile-serbia.pdf  the country profile as a two-column
 *       table whose cells break across pages.
 *
 * Usage: (cd pipeline && npx tsc -b) && node scripts/pdf-fixtures/make.mjs   (from the repository root;
 *        `npm run build` compiles pipeline/lib too)
 * The paragraphs and table rows come from the pipeline's own text segmenters (compiled to
 * pipeline/lib by the build; vitest maps these imports to pipeline/src), so the PDFs hold
 * exactly what the text sources give. The output is byte-for-byte deterministic, so the
 * PDFs can be committed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { A4, Document, centred } from './layout.mjs';
import { writePdf } from './pdf-writer.mjs';
import { segmentLines } from '../../pipeline/lib/segment/lines/index.js';
import { segmentTable } from '../../pipeline/lib/segment/table/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const LAW_SOURCE = 'raw/rs-law-cybercrime-authorities-2005-2009.txt';
export const PROFILE_SOURCE = 'raw/coe-cybercrime-legislation-profile-serbia.txt';
export const LAW_PDF = 'test/fixtures/pdf/rs-law-cybercrime-authorities-2005-2009.pdf';
export const PROFILE_PDF = 'test/fixtures/pdf/coe-cybercrime-legislation-profile-serbia.pdf';

/** The ExtractedSource of a text source, as the pipeline's text extractor gives it. */
function textDocument(file, text) {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const source = file.replace(/^raw\//, '').replace(/\.txt$/, '');
  return { source, file, sha256, mediaType: 'text/plain', text, textOffset: 0, pages: null };
}

/** The law's paragraphs, as the text segmenter reads the text source (inline markup as marks). */
export function lawParagraphs(text) {
  return segmentLines(textDocument(LAW_SOURCE, text)).map(({ text, marks }) => ({ text, marks }));
}

/** The table rows the profile PDF is drawn from: the text segmenter's logical rows of the text source. */
export function tableRowsOf(text) {
  return segmentTable(textDocument(PROFILE_SOURCE, text)).rows;
}

/** The law's page layout; tests vary it to check that extraction does not depend on it. */
export const LAW_LAYOUT = { size: 11, leading: 14, paragraphGap: 7, top: 90, bottom: 72, margin: 72 };

export function buildLawPdf(text, layout = LAW_LAYOUT) {
  const { size, leading, paragraphGap, top, bottom, margin } = { ...LAW_LAYOUT, ...layout };
  const doc = new Document({ top: A4.height - top, bottom, size, leading });
  let cursor = { page: 0, baseline: doc.top };
  for (const paragraph of lawParagraphs(text)) {
    const last = doc.flowColumn([paragraph], margin, A4.width - 2 * margin, cursor, 0);
    cursor = { page: last.page, baseline: last.baseline - leading - paragraphGap };
  }
  const pages = doc.finish((n) => [
    { x: margin, y: A4.height - 42, size: 8, text: `Official Gazette of the Republic of Serbia 61/2005, 104/2009 - page ${n}` },
    { x: centred(String(n), 9), y: 40, size: 9, text: String(n) },
  ]);
  return writePdf({ pages });
}

/** The profile's page layout: type, spacing, and the two columns (left cell, gutter, right cell). */
export const PROFILE_LAYOUT = {
  size: 9,
  leading: 11,
  paragraphGap: 5,
  rowGap: 16,
  top: 60,
  bottom: 50,
  left: { x: 40, width: 225 },
  right: { x: 290, width: 265 },
};

export function buildProfilePdf(text, layout = PROFILE_LAYOUT) {
  const { size, leading, paragraphGap, rowGap, top, bottom, left: leftColumn, right: rightColumn } = { ...PROFILE_LAYOUT, ...layout };
  const doc = new Document({ top: A4.height - top, bottom, size, leading });
  let start = { page: 0, baseline: doc.top };
  for (const row of tableRowsOf(text)) {
    const [left, right] = row.cells;
    const ends = [
      doc.flowColumn(left.blocks, leftColumn.x, leftColumn.width, start, paragraphGap),
      doc.flowColumn(right.blocks, rightColumn.x, rightColumn.width, start, paragraphGap),
    ].filter((end) => end !== null);
    if (ends.length === 0) continue;
    // The row ends at its lowest line on its last page; the next row starts a row gap below.
    const page = Math.max(...ends.map((end) => end.page));
    const baseline = Math.min(...ends.filter((end) => end.page === page).map((end) => end.baseline));
    start = { page, baseline: baseline - leading - rowGap };
    if (start.baseline < doc.bottom) start = { page: page + 1, baseline: doc.top };
  }
  const pages = doc.finish((n) => [
    { x: leftColumn.x, y: A4.height - 30, size: 8, text: 'Cybercrime legislation \u2013 country profile: Republic of Serbia' },
    { x: centred(String(n), 8), y: 28, size: 8, text: String(n) },
  ]);
  return writePdf({ pages });
}

function main() {
  const outputs = [
    [LAW_PDF, buildLawPdf(readFileSync(join(root, LAW_SOURCE), 'utf8'))],
    [PROFILE_PDF, buildProfilePdf(readFileSync(join(root, PROFILE_SOURCE), 'utf8'))],
  ];
  for (const [file, bytes] of outputs) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), bytes);
    process.stdout.write(`${file}: ${bytes.length} bytes\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
