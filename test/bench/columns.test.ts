/** bench/lib/columns.mjs: scoring a two-column extraction against the cells a PDF was drawn from. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JS module without declarations
import { exactCells, layoutColumns, lineColumns, rowColumns, scoreColumns } from '../../bench/lib/columns.mjs';

const truth = [
  ['Article 1 – Definitions', 'In Chapter 12, article 112 of CCRS'],
  ['Article 2 – Illegal access', 'Article 302 of CCRS'],
];

describe('scoreColumns', () => {
  it('counts a cell found whole, in order, in its own column', () => {
    const s = scoreColumns(truth, rowColumns(truth));
    expect(s).toMatchObject({ cells: 4, whole: 4, share: 1 });
  });

  it('does not count a cell that comes out in the other column', () => {
    const swapped = truth.map(([l, r]) => [r, l]);
    expect(scoreColumns(truth, rowColumns(swapped)).whole).toBe(0);
  });

  it('does not count a cell that a page header cut in two', () => {
    const cut = [`Article 1 – Definitions`, `In Chapter 12, article 112\nCountry profile page 2\nof CCRS`];
    const s = scoreColumns(truth.slice(0, 1), cut as [string, string]);
    expect(s.whole).toBe(1);
    expect(s.missed[0]).toMatchObject({ row: 0, column: 1 });
  });

  it('ignores whitespace and line breaks inside a cell', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '  ', '\n', '\u00a0'), { minLength: 4, maxLength: 4 }), (gaps) => {
        const columns: [string, string] = [`Article 1 –${gaps[0]}Definitions${gaps[1]}Article 2 – Illegal${gaps[2]}access`, `In Chapter 12,${gaps[3]}article 112 of CCRS Article 302 of CCRS`];
        expect(scoreColumns(truth, columns).share).toBe(1);
      }),
    );
  });
});

describe('layoutColumns', () => {
  it('splits pdftotext -layout lines where the right column starts', () => {
    const layout = ['Article 1 – Definitions        In Chapter 12, article 112', 'more left text                 of CCRS', '                               right only'].join('\n');
    const [left, right] = layoutColumns(layout);
    expect(left.replace(/\s+/g, ' ').trim()).toBe('Article 1 – Definitions more left text');
    expect(right.replace(/\s+/g, ' ').trim()).toBe('In Chapter 12, article 112 of CCRS right only');
  });
});

describe('lineColumns and exactCells', () => {
  it('splits positioned lines at an x boundary', () => {
    const lines = [
      { x: 40, text: 'left' },
      { x: 300, text: 'right' },
    ];
    expect(lineColumns(lines, 290)).toEqual(['left', 'right']);
  });

  it('counts cells equal to a segmented cell of the same column', () => {
    expect(exactCells(truth, [truth[0], ['Article 2 – Illegal access', 'Article 302']])).toMatchObject({ cells: 4, equal: 3 });
  });
});
