/**
 * The extract stage's entry: text sources decoded strictly, PDFs recognised by their
 * bytes, anything else refused with a SourceError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { extract, isPdf } from '../../src/extract/index.js';
import { extractText, firstInvalidUtf8 } from '../../src/extract/text.js';
import { LAW_PDF, LAW_TXT, repoFile } from '../pdf/hostile-pdfs.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const meta = (file: string) => ({ source: 'src-id', file, sha256: 'f'.repeat(64) });

async function error(run: () => Promise<unknown> | unknown): Promise<SourceError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
}

describe('extractText', () => {
  it('decodes a raw source byte for byte', () => {
    const law = repoFile(LAW_TXT);
    const doc = extractText(law, meta(LAW_TXT));
    expect(doc).toMatchObject({ source: 'src-id', file: LAW_TXT, mediaType: 'text/plain', textOffset: 0, pages: null });
    expect(doc.text).toBe(Buffer.from(law).toString('utf8'));
  });

  it('keeps a BOM out of the text and counts it in textOffset', () => {
    const doc = extractText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Article 1\r\n')]), meta('a.txt'));
    expect(doc.text).toBe('Article 1\r\n');
    expect(doc.textOffset).toBe(1);
  });

  it('rejects invalid UTF-8, naming the line, column and byte', async () => {
    const e = await error(() => extractText(new Uint8Array([...bytes('Article 1\nČlan '), 0xff, ...bytes(' 2')]), meta('a.txt')));
    expect(e.where).toEqual({ line: 2, column: 6 });
    expect(e.message).toBe('src-id (line 2, column 6): expected UTF-8 text, found "an invalid byte 0xff at byte 16"');
  });

  it('finds the first invalid byte exactly where the decoder fails (overlong forms, surrogates, truncation)', () => {
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      expect(firstInvalidUtf8(new Uint8Array([0x41, ...bad]))).toBe(1);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          valid = false;
        }
        const at = firstInvalidUtf8(input);
        expect(at === input.length).toBe(valid);
        // Everything before the reported byte decodes.
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, at))).not.toThrow();
      }),
    );
  });
});

describe('extract', () => {
  it('reads .txt sources as text', async () => {
    const doc = await extract(bytes('Article 1\n'), meta('raw/a.txt'));
    expect(doc.mediaType).toBe('text/plain');
  });

  it('reads a PDF by its bytes', async () => {
    expect(isPdf(repoFile(LAW_PDF))).toBe(true);
    const doc = await extract(repoFile(LAW_PDF), meta('raw/law.pdf'));
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.pages!.length).toBeGreaterThan(1);
    // The magic decides when the name says nothing.
    expect((await extract(repoFile(LAW_PDF), meta('raw/law.bin'))).mediaType).toBe('application/pdf');
  });

  it('refuses a PDF under a text name', async () => {
    const e = await error(() => extract(repoFile(LAW_PDF), meta('raw/law.txt')));
    expect(e.message).toBe('src-id (line 1, column 1): expected a text file (this one is a PDF: give it a .pdf name)');
  });

  it('refuses a .pdf name over bytes that are not a PDF', async () => {
    const e = await error(() => extract(bytes('<html>not a pdf</html>'), meta('raw/law.pdf')));
    expect(e.message).toBe('src-id: expected a PDF file (starting with "%PDF-"), found "<html>not a pdf</html>"');
  });

  it('refuses a file that is neither text nor PDF', async () => {
    const e = await error(() => extract(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), meta('raw/profile.docx')));
    expect(e.message).toBe('src-id: expected a text (.txt, .md) or PDF (.pdf) source, found "raw/profile.docx"');
  });

  it('passes PDF limits through', async () => {
    const e = await error(() => extract(repoFile(LAW_PDF), meta('raw/law.pdf'), { maxPages: 1 }));
    expect(e.message).toMatch(/expected a PDF of at most 1 pages; to allow more, set CYBERLEX_PDF_LIMITS=maxPages=2, found "\d+ pages"/);
  });
});
