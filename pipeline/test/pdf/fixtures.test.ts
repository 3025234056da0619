/**
 * The fixture script: the committed PDFs are what it makes from the raw sources today,
 * byte for byte, every time; and its PDF writer refuses text the font cannot show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-ignore -- the fixture script is plain JavaScript
import { buildLawPdf, buildProfilePdf } from '../../../scripts/pdf-fixtures/make.mjs';
// @ts-ignore -- the fixture script is plain JavaScript
import { pdfString, textWidth, winAnsiCode } from '../../../scripts/pdf-fixtures/pdf-writer.mjs';
import { LAW_PDF, LAW_TXT, PROFILE_PDF, PROFILE_TXT, ROOT, repoFile } from './hostile-pdfs.js';

const raw = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

describe('scripts/pdf-fixtures', () => {
  it('made the committed law PDF from the raw law, and makes the same bytes again', () => {
    const made = buildLawPdf(raw(LAW_TXT)) as Uint8Array;
    expect(Buffer.from(made).equals(Buffer.from(repoFile(LAW_PDF)))).toBe(true);
    expect(Buffer.from(buildLawPdf(raw(LAW_TXT)) as Uint8Array).equals(Buffer.from(made))).toBe(true);
  });

  it('made the committed profile PDF from the raw profile, and makes the same bytes again', () => {
    const made = buildProfilePdf(raw(PROFILE_TXT)) as Uint8Array;
    expect(Buffer.from(made).equals(Buffer.from(repoFile(PROFILE_PDF)))).toBe(true);
  });

  it('writes nothing that changes from run to run (no dates, no IDs)', () => {
    const text = Buffer.from(repoFile(LAW_PDF)).toString('latin1');
    expect(text).not.toMatch(/CreationDate|ModDate|\/ID\s*\[|\/Info/);
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  });

  it('keeps the PDFs small', () => {
    expect(repoFile(LAW_PDF).length).toBeLessThan(40_000);
    expect(repoFile(PROFILE_PDF).length).toBeLessThan(200_000);
  });

  it('encodes WinAnsi text and escapes PDF string delimiters', () => {
    expect(pdfString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(pdfString('“x” – y’s')).toBe('(\\223x\\224 \\226 y\\222s)');
    expect(winAnsiCode('é')).toBe(0xe9);
    expect(textWidth('Aa', 10)).toBeCloseTo(12.23, 2);
    expect(textWidth('Aa', 10, { bold: true })).toBeCloseTo(12.78, 2);
  });

  it('refuses characters outside WinAnsiEncoding instead of writing garbage', () => {
    expect(() => pdfString('Србија')).toThrow(/U\+0421 .* not in WinAnsiEncoding/);
    expect(() => pdfString('\u2028')).toThrow(/not in WinAnsiEncoding/);
    expect(() => buildLawPdf('Article 1\n\nЗакон\n')).toThrow(/not in WinAnsiEncoding/);
  });
});
