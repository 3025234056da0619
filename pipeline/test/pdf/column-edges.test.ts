/**
 * Column edges where lines start (extract/pdf/column-edges.ts): a table set without rules
 * whose gutter is narrower than the gap lines.ts splits at by itself is still cut into
 * its columns; running text, even with words aligned, is not.
 */
import { describe, expect, it } from 'vitest';
import { pageLines } from '../../src/extract/pdf/lines.js';
import type { PdfItem, RawPage } from '../../src/extract/pdf/types.js';

const SIZE = 10;
const CHAR = 5;

/** One item per line of text, as producers write a line of one style. */
const item = (str: string, x: number, y: number): PdfItem => ({ str, x, y, width: str.length * CHAR, size: SIZE, font: 'f1' });
const page = (items: PdfItem[]): RawPage => ({ number: 1, width: 595, height: 842, items, fonts: { f1: 'Helvetica' }, rules: [] });

describe('column edges', () => {
  it('splits the lines of a table with an 8 pt gutter and no rules at the right column’s left edge', () => {
    // Left cells 40 characters wide (200 pt) from x = 50; the right column starts at 258.
    const items = [
      item('Article 2 – Illegal access Each Party sh', 50, 100),
      item('In Chapter 27 at article 302 of CCRS', 258, 100),
      item('all adopt such legislative and other mea', 50, 112),
      item('provided as a specific criminal offence.', 258, 112),
      item('sures as may be necessary. A Party may', 50, 124),
      item('Article 302 - Unauthorised Access', 258, 124),
      item('require that the offence be committed by', 50, 136),
      item('infringing security measures.', 50, 148),
      item('(1) Whoever, by circumventing protection', 258, 160),
      item('measures, accesses a computer.', 258, 172),
    ];
    expect(pageLines(page(items)).map((l) => [l.text, l.x])).toEqual([
      ['Article 2 – Illegal access Each Party sh', 50],
      ['In Chapter 27 at article 302 of CCRS', 258],
      ['all adopt such legislative and other mea', 50],
      ['provided as a specific criminal offence.', 258],
      ['sures as may be necessary. A Party may', 50],
      ['Article 302 - Unauthorised Access', 258],
      ['require that the offence be committed by', 50],
      ['infringing security measures.', 50],
      ['(1) Whoever, by circumventing protection', 258],
      ['measures, accesses a computer.', 258],
    ]);
  });

  it('leaves running text whole where its words line up but no line begins mid-page', () => {
    // Fixed-width words: every line has a word starting at x = 110, after a word space.
    const items = [0, 1, 2, 3, 4].flatMap((i) => [item('abcdefghijk', 50, 100 + 12 * i), item('lmnopq rstuvw', 110, 100 + 12 * i)]);
    expect(pageLines(page(items)).map((l) => l.text)).toEqual(Array.from({ length: 5 }, () => 'abcdefghijk lmnopq rstuvw'));
  });

  it('leaves a list with hanging numbers whole when ordinary lines run across the indent', () => {
    const items = [
      item('(1)', 50, 100),
      item('Whoever accesses a computer', 80, 100),
      item('without authorisation.', 80, 112),
      item('(2)', 50, 124),
      item('Whoever uses data obtained', 80, 124),
      item('so shall be punished.', 80, 136),
      item('(3)', 50, 148),
      item('If the offence results in', 80, 148),
      item('This paragraph starts at the margin and runs across the indent.', 50, 160),
    ];
    expect(pageLines(page(items)).map((l) => l.text)).toEqual([
      '(1) Whoever accesses a computer',
      'without authorisation.',
      '(2) Whoever uses data obtained',
      'so shall be punished.',
      '(3) If the offence results in',
      'This paragraph starts at the margin and runs across the indent.',
    ]);
  });
});
