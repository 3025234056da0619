/**
 * Hostile and broken PDFs: each ends in a SourceError that names the source, the page
 * where there is one, and what is wrong — quickly, within bounded memory, and without
 * writing anything or running anything the file contains.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { extractPdf, type PdfLimits } from '../../src/extract/pdf/index.js';
import { READER_WORKER_SOURCE } from '../../src/extract/pdf/reader-worker.js';
import * as hostile from './hostile-pdfs.js';

const META = { source: 'hostile-source', file: 'raw/hostile.pdf', sha256: '0'.repeat(64) };

/** Extract, expecting a SourceError; returns it with the time taken. */
async function failure(bytes: Uint8Array, limits?: Partial<PdfLimits>): Promise<{ error: SourceError; ms: number }> {
  const started = Date.now();
  try {
    await extractPdf(bytes, META, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return { error: error as SourceError, ms: Date.now() - started };
  }
  throw new Error('expected a SourceError');
}

describe('hostile and broken PDFs', () => {
  it('rejects a file that is not a PDF, naming what it found', async () => {
    const { error } = await failure(hostile.repoFile(hostile.LAW_TXT));
    expect(error.message).toBe('hostile-source: expected a PDF file (starting with "%PDF-"), found "LAW..ON THE ORGANISATION"');
    expect((await failure(new Uint8Array())).error.message).toContain('found "an empty file"');
  });

  it('rejects a truncated PDF', async () => {
    const law = hostile.repoFile(hostile.LAW_PDF);
    for (const cut of [100, law.length >> 1, law.length - 40]) {
      const { error } = await failure(law.subarray(0, cut));
      expect(error.message).toMatch(/^hostile-source: expected a well-formed PDF, found "Invalid PDF structure/);
    }
  });

  it('rejects a PDF that needs a password (pdf.js: PasswordException)', async () => {
    const { error } = await failure(hostile.encryptedPdf());
    expect(error.message).toBe(
      'hostile-source: expected an unencrypted PDF (or one that opens without a password), found "a password-protected PDF"',
    );
  });

  it('rejects a PDF without pages', async () => {
    const { error } = await failure(hostile.pdf([]));
    expect(error.message).toBe('hostile-source: expected a PDF with at least one page, found "no pages"');
  });

  it('rejects a page without text — empty, or only an image as a scan is — naming the page', async () => {
    const empty = await failure(hostile.pdf([hostile.textPage('One.'), hostile.textPage(''), hostile.textPage('Three.')]));
    expect(empty.error.where).toEqual({ page: 2 });
    expect(empty.error.message).toMatch(/^hostile-source \(page 2\): expected text on every page \(a scanned page.*there is no OCR\), found "a page without text"$/);
    const scanned = await failure(hostile.pdf([hostile.imagePage()]));
    expect(scanned.error.where).toEqual({ page: 1 });
  });

  it('rejects an enormous page count before reading any page', async () => {
    const { error, ms } = await failure(hostile.manyPagesPdf(2001));
    expect(error.message).toBe('hostile-source: expected a PDF of at most 2000 pages; to allow more, set CYBERLEX_PDF_LIMITS=maxPages=4000, found "2001 pages"');
    expect(ms).toBeLessThan(10_000);
    expect((await failure(hostile.manyPagesPdf(5), { maxPages: 4 })).error.message).toContain('at most 4 pages; to allow more, set CYBERLEX_PDF_LIMITS=maxPages=8, found "5 pages"');
  });

  it('rejects a file over the size limit without parsing it', async () => {
    const { error, ms } = await failure(hostile.repoFile(hostile.LAW_PDF), { maxBytes: 1000 });
    expect(error.message).toMatch(/^hostile-source: expected a PDF of at most 1000 bytes; to allow more, set CYBERLEX_PDF_LIMITS=maxBytes=2000, found "\d+ bytes"$/);
    expect(ms).toBeLessThan(100);
  });

  it('stops a content stream that inflates to too much text, naming the page', async () => {
    const { error, ms } = await failure(hostile.hugeContentPdf(300_000), { maxTextItems: 50_000 });
    expect(error.message).toBe('hostile-source (page 1): expected at most 50000 text items in the document; to allow more, set CYBERLEX_PDF_LIMITS=maxTextItems=100000, found "more"');
    expect(ms).toBeLessThan(20_000);
    const chars = await failure(hostile.hugeContentPdf(30_000), { maxTextChars: 10_000 });
    expect(chars.error.message).toContain('expected at most 10000 characters of text in the document');
  });

  it('stops a document that takes too long: the reading thread is terminated', async () => {
    const { error, ms } = await failure(hostile.slowContentPdf(1_000_000), { timeoutMs: 500 });
    expect(error.message).toBe('hostile-source: expected a PDF that can be read within 500 ms; to allow more, set CYBERLEX_PDF_LIMITS=timeoutMs=1000, found "one that takes longer"');
    expect(ms).toBeLessThan(3_000);
  });

  it('stops a document that needs more memory than allowed', async () => {
    const { error } = await failure(hostile.repoFile(hostile.LAW_PDF), { maxHeapMb: 8 });
    expect(error.message).toBe('hostile-source: expected a PDF that can be read within 8 MB of memory; to allow more, set CYBERLEX_PDF_LIMITS=maxHeapMb=16, found "one that needs more"');
  });

  it('stops one page of too many text items', async () => {
    const { error } = await failure(hostile.hugeContentPdf(30_000), { maxTextItemsPerPage: 10_000 });
    expect(error.message).toBe('hostile-source (page 1): expected at most 10000 text items on a page; to allow more, set CYBERLEX_PDF_LIMITS=maxTextItemsPerPage=20000, found "more"');
  });

  it('refuses a stream that inflates past the per-stream limit before pdf.js decodes it', async () => {
    const bomb = hostile.flateBombPdf(40);
    expect(bomb.length).toBeLessThan(200_000);
    const { error, ms } = await failure(bomb, { maxStreamMb: 16 });
    expect(error.message).toMatch(
      /^hostile-source: expected compressed streams that inflate to at most 16 MB each; to allow more, set CYBERLEX_PDF_LIMITS=maxStreamMb=32, found "one that inflates to more \(the object at byte \d+\)"$/,
    );
    expect(ms).toBeLessThan(20_000);
  });

  it('refuses streams that together inflate past the per-document limit', async () => {
    const { error } = await failure(hostile.flateBombPdf(3, 4), { maxStreamMb: 4, maxInflatedMb: 10 });
    expect(error.message).toBe(
      'hostile-source: expected compressed streams that inflate to at most 10 MB together; to allow more, set CYBERLEX_PDF_LIMITS=maxInflatedMb=20, found "more"',
    );
    // Under the limits, the same document reads.
    const doc = await extractPdf(hostile.flateBombPdf(3, 4), META, { maxStreamMb: 4, maxInflatedMb: 16, timeoutMs: 60_000 });
    expect(doc.pages!.map((p) => p.text)).toEqual(['bomb', 'bomb', 'bomb', 'bomb']);
  }, 90_000);

  it('ends the reading thread when a stream behind another filter inflates past the memory budget', async () => {
    const bomb = hostile.hexFlateBombPdf(400);
    expect(bomb.length).toBeLessThan(2_000_000);
    const { error, ms } = await failure(bomb, { maxHeapMb: 64, maxInflatedMb: 64, timeoutMs: 60_000 });
    expect(error.message).toBe(
      'hostile-source: expected a PDF that can be read within 64 + 64 MB of memory (heap and inflated data); to allow more, set CYBERLEX_PDF_LIMITS=maxInflatedMb=128, found "one that needs more"',
    );
    expect(ms).toBeLessThan(30_000);
  }, 90_000);

  it('takes limits from CYBERLEX_PDF_LIMITS, and refuses a malformed value naming what it accepts', async () => {
    const saved = process.env.CYBERLEX_PDF_LIMITS;
    try {
      process.env.CYBERLEX_PDF_LIMITS = 'maxStreamMb=16, maxPages=9';
      expect((await failure(hostile.flateBombPdf(40))).error.message).toContain('at most 16 MB each');
      process.env.CYBERLEX_PDF_LIMITS = 'maxStreamMb=lots';
      const { error } = await failure(hostile.flateBombPdf(1));
      expect(error.message).toMatch(/^hostile-source: expected CYBERLEX_PDF_LIMITS as comma-separated name=positive-integer pairs, the names among maxBytes, .*maxInflatedMb, found "maxStreamMb=lots"$/);
      process.env.CYBERLEX_PDF_LIMITS = 'toString=5';
      expect((await failure(hostile.flateBombPdf(1))).error.message).toContain('found "toString=5"');
    } finally {
      if (saved === undefined) delete process.env.CYBERLEX_PDF_LIMITS;
      else process.env.CYBERLEX_PDF_LIMITS = saved;
    }
  });

  it('never runs the JavaScript a PDF carries, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyberlex-pdf-'));
    const canary = join(dir, 'ran');
    const doc = await extractPdf(hostile.javascriptPdf(canary), META);
    expect(doc.text).toBe('Text beside a script.');
    expect(existsSync(canary)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    // pdf.js compiles nothing from the file (no eval of PostScript functions or fonts) and is never given scripting.
    expect(READER_WORKER_SOURCE).toContain('isEvalSupported: false');
    expect(READER_WORKER_SOURCE).not.toMatch(/enableScripting|scriptingFactory/);
  });

  it('leaves the caller its bytes (pdf.js detaches the buffer it reads)', async () => {
    const bytes = hostile.repoFile(hostile.LAW_PDF);
    const copy = Buffer.from(bytes);
    await extractPdf(bytes, META);
    expect(bytes.byteLength).toBe(copy.length);
    expect(Buffer.from(bytes).equals(copy)).toBe(true);
  });
});
