/**
 * The law, published as a single-column PDF (test/fixtures/pdf, made by
 * scripts/pdf-fixtures/make.mjs): its paragraphs come back exactly as the text source's,
 * without the running header and page numbers the PDF adds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/text.js';
import type { ExtractedSource } from '../../src/extract/types.js';
import { segmentLines } from '../../src/segment/lines/index.js';
import { segmentPdfLines } from '../../src/segment/pdf-table/index.js';
import { comparable, expectProvenanceSlicesBack, extractFixture } from './helpers.js';
import { LAW_PDF, LAW_TXT, repoFile } from './hostile-pdfs.js';

const ID = 'rs-law-cybercrime-authorities-2005-2009';
let doc: ExtractedSource;

beforeAll(async () => {
  doc = await extractFixture(ID, LAW_PDF);
});

describe('the law as a PDF', () => {
  it('has several pages, joined by the page separator at the recorded offsets', () => {
    const pages = doc.pages!;
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.textOffset).toBe(0);
    for (const page of pages) expect(doc.text.slice(page.offset, page.offset + page.text.length)).toBe(page.text);
    expect(doc.text).toBe(pages.map((p) => p.text).join('\n\f\n'));
    pages.forEach((page, i) => expect(page.number).toBe(i + 1));
  });

  it('gives the paragraphs of the text source, in order', () => {
    const text = extractText(repoFile(LAW_TXT), { source: ID, file: LAW_TXT, sha256: '' });
    const expected = segmentLines(text).map((b) => comparable(b.text));
    const actual = segmentPdfLines(doc).map((b) => comparable(b.text));
    expect(actual).toEqual(expected);
  });

  it('drops the running header and the page numbers', () => {
    for (const page of doc.pages!) {
      expect(page.text).not.toMatch(/Official Gazette of the Republic of Serbia 61\/2005, 104\/2009 - page/);
      for (const line of page.lines) expect(line.text).not.toMatch(/^\d+$/);
    }
    // The law's own mention of the Gazette (body text, not a header) stays.
    expect(doc.text).toContain('(Official Gazette of the Republic of Serbia No 61/2005 and 104/2009)');
  });

  it('keeps each line with its position, and the line spans slice the page text', () => {
    for (const page of doc.pages!) {
      let previousY = -Infinity;
      for (const line of page.lines) {
        expect(page.text.slice(line.start, line.end)).toBe(line.text);
        expect(line.x).toBeCloseTo(72, 0);
        expect(line.y).toBeGreaterThan(previousY);
        previousY = line.y;
      }
    }
  });

  it('joins a paragraph that a page break splits, with a span on each page', () => {
    const blocks = segmentPdfLines(doc);
    const split = blocks.filter((b) => b.spans.length > 1);
    expect(split.length).toBeGreaterThan(0);
    for (const block of split) {
      const pages = block.spans.map((s) => doc.pages!.findLast((p) => p.offset <= s.start)!.number);
      expect(new Set(pages).size).toBe(block.spans.length);
    }
  });

  it('gives provenance (page and span of the page text) that slices back to every paragraph', () => {
    const blocks = segmentPdfLines(doc);
    expectProvenanceSlicesBack(ID, doc, blocks);
    for (const block of blocks) expect(block.form).toBe('p');
  });

  it('marks italic type as emphasis where the text source marks `*…*`', () => {
    const text = extractText(repoFile(LAW_TXT), { source: ID, file: LAW_TXT, sha256: '' });
    const expected = segmentLines(text).map((b) => b.marks);
    expect(expected.flat().length).toBeGreaterThan(0);
    expect(segmentPdfLines(doc).map((b) => b.marks)).toEqual(expected);
  });
});
