/**
 * Hostile and broken PDFs for the tests, made with the fixture script's PDF writer
 * (not typed in by hand): each is a real file with one thing wrong.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
// The fixture writer is plain JavaScript (scripts/ has no build step).
// @ts-ignore -- no type declarations for the .mjs script
import { objectCount, pdfString, writePdf } from '../../../scripts/pdf-fixtures/pdf-writer.mjs';

export const ROOT = new URL('../../../', import.meta.url);
export const LAW_TXT = 'raw/rs-law-cybercrime-authorities-2005-2009.txt';
export const PROFILE_TXT = 'raw/coe-cybercrime-legislation-profile-serbia.txt';
export const LAW_PDF = 'test/fixtures/pdf/rs-law-cybercrime-authorities-2005-2009.pdf';
export const PROFILE_PDF = 'test/fixtures/pdf/coe-cybercrime-legislation-profile-serbia.pdf';

export function repoFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, ROOT)));
}

interface Page {
  width: number;
  height: number;
  content: string | Uint8Array;
  filter?: string;
}

const write = writePdf as (doc: { pages: Page[]; extraCatalog?: string; extraTrailer?: string; extraObjects?: string[] }) => Uint8Array;

/** A page showing `text` in Helvetica (empty text: an empty content stream). */
export function textPage(text: string): Page {
  return { width: 595, height: 842, content: text === '' ? '' : `BT /F1 12 Tf 1 0 0 1 72 700 Tm ${pdfString(text)} Tj ET` };
}

/** A page that only paints an image (inline, 2×2 grey pixels), as a scan would. */
export function imagePage(): Page {
  return { width: 595, height: 842, content: 'q 400 0 0 400 100 200 cm BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID 00FF80C0> EI Q' };
}

export function pdf(pages: Page[], extra: { extraCatalog?: string; extraTrailer?: string; extraObjects?: string[] } = {}): Uint8Array {
  return write({ pages, ...extra });
}

/**
 * Encrypted with the standard security handler and a user password: the /U entry does
 * not match the empty password, so the file cannot be opened without one.
 */
export function encryptedPdf(): Uint8Array {
  const pages = [textPage('a secret')];
  const encrypt = objectCount(pages.length) + 1;
  const id = '00112233445566778899aabbccddeeff';
  return pdf(pages, {
    extraObjects: [`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`],
    extraTrailer: `/Encrypt ${encrypt} 0 R /ID [<${id}> <${id}>]`,
  });
}

/** `count` pages of one word each. */
export function manyPagesPdf(count: number): Uint8Array {
  return pdf(Array.from({ length: count }, (_, i) => textPage(`page ${i + 1}`)));
}

/**
 * One page whose Flate-compressed content stream inflates to `items` text-showing
 * operations at scattered positions: a small file with an enormous amount of text.
 */
export function hugeContentPdf(items: number): Uint8Array {
  const ops: string[] = ['BT /F1 8 Tf'];
  // Each operation on a line of its own, so pdf.js cannot merge them into one item.
  for (let i = 0; i < items; i++) ops.push(`1 0 0 1 ${40 + (Math.floor(i / 70) % 50) * 10} ${800 - (i % 70) * 11} Tm (w${i % 10}) Tj`);
  ops.push('ET');
  return pdf([{ width: 595, height: 842, content: deflateSync(ops.join('\n')), filter: '/FlateDecode' }]);
}

/** One page whose content stream repeats one word `times` times on one line: slow to parse, little output. */
export function slowContentPdf(times: number): Uint8Array {
  const content = `BT /F1 8 Tf 1 0 0 1 40 700 Tm\n${'(abc ) Tj\n'.repeat(times)}ET`;
  return pdf([{ width: 595, height: 842, content: deflateSync(content), filter: '/FlateDecode' }]);
}

/** A document that asks to run JavaScript when opened (writing a file, if it ever ran). */
export function javascriptPdf(canary: string): Uint8Array {
  const js = `require('fs').writeFileSync(${JSON.stringify(canary)}, 'ran'); app.alert('ran');`;
  return pdf([textPage('Text beside a script.')], { extraCatalog: `/OpenAction << /S /JavaScript /JS ${pdfString(js)} >>` });
}

/**
 * A compression bomb: `pages` pages, each a content stream that inflates to `mb` MB (one
 * line of text, then comment lines of spaces that pdf.js would read and ignore).
 */
export function flateBombPdf(mb: number, pages = 1): Uint8Array {
  const line = `%${' '.repeat(1022)}\n`;
  const padding = line.repeat(mb * 1024);
  const content = deflateSync(`BT /F1 12 Tf 1 0 0 1 72 700 Tm (bomb) Tj ET\n${padding}`, { level: 9 });
  return pdf(Array.from({ length: pages }, () => ({ width: 595, height: 842, content, filter: '/FlateDecode' })));
}

/** The same bomb behind a second filter (hex, then Flate), which the check of inflated sizes does not open. */
export function hexFlateBombPdf(mb: number): Uint8Array {
  const line = `%${' '.repeat(1022)}\n`;
  const content = deflateSync(`BT /F1 12 Tf 1 0 0 1 72 700 Tm (bomb) Tj ET\n${line.repeat(mb * 1024)}`, { level: 9 });
  return pdf([{ width: 595, height: 842, content: `${content.toString('hex')}>`, filter: '[/ASCIIHexDecode /FlateDecode]' }]);
}
