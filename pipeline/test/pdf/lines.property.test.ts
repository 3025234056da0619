/**
 * The layout steps of PDF extraction on made-up pages: lines from text items, reading
 * order, page furniture. Properties: item order, stray whitespace items and baseline
 * jitter change nothing; furniture goes and body text stays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeFurniture } from '../../src/extract/pdf/furniture.js';
import { pageLines, type PageLine } from '../../src/extract/pdf/lines.js';
import { readingOrder } from '../../src/extract/pdf/reading-order.js';
import type { PdfItem, RawPage } from '../../src/extract/pdf/types.js';

const SIZE = 10;
const CHAR = 5; // a character's advance at SIZE, near enough to Helvetica's average
const word = fc.stringMatching(/^[A-Za-z0-9,.;()’–-]{1,12}$/);

/** Items for one line of words at (x, y), one item a word, spaces as gaps. */
function lineItems(words: string[], x: number, y: number, font = 'f1'): PdfItem[] {
  const items: PdfItem[] = [];
  let at = x;
  for (const w of words) {
    items.push({ str: w, x: at, y, width: w.length * CHAR, size: SIZE, font });
    at += (w.length + 1) * CHAR;
  }
  return items;
}

function page(items: PdfItem[], fonts: Record<string, string> = { f1: 'Helvetica' }): RawPage {
  return { number: 1, width: 595, height: 842, items, fonts };
}

const shuffled = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });

describe('lines from text items', () => {
  const paragraph = fc.array(fc.array(word, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 8 });

  it('joins the words of a baseline with single spaces, top to bottom, whatever the item order', () => {
    fc.assert(
      fc.property(
        paragraph.chain((lines) => {
          const items = lines.flatMap((words, i) => lineItems(words, 72, 100 + i * 12));
          return fc.tuple(fc.constant(lines), shuffled(items));
        }),
        ([lines, items]) => {
          expect(pageLines(page(items)).map((l) => l.text)).toEqual(lines.map((words) => words.join(' ')));
        },
      ),
    );
  });

  it('ignores whitespace-only items and small baseline jitter', () => {
    fc.assert(
      fc.property(paragraph, fc.array(fc.double({ min: -0.12, max: 0.12, noNaN: true }), { minLength: 80, maxLength: 80 }), (lines, jitter) => {
        const items = lines.flatMap((words, i) => lineItems(words, 72, 100 + i * 12));
        const noisy = items.flatMap((item, k) => [
          { ...item, y: item.y + jitter[k % jitter.length]! * SIZE },
          { str: ' ', x: item.x + item.width, y: item.y, width: 300, size: SIZE, font: 'f1' },
        ]);
        expect(pageLines(page(noisy)).map((l) => l.text)).toEqual(pageLines(page(items)).map((l) => l.text));
      }),
    );
  });

  it('splits a baseline at a column gutter into two lines', () => {
    const lines = pageLines(page([...lineItems(['Country:'], 40, 100), ...lineItems(['Republic', 'of', 'Serbia'], 290, 100)]));
    expect(lines.map((l) => [l.text, l.x])).toEqual([
      ['Country:', 40],
      ['Republic of Serbia', 290],
    ]);
  });

  it('marks text set in a bold font as strong and in an italic one as emphasis', () => {
    const items = [...lineItems(['from'], 72, 100), ...lineItems(['six', 'more'], 97, 100, 'f2'), ...lineItems(['months'], 147, 100, 'f3')];
    const [line] = pageLines(page(items, { f1: 'Helvetica', f2: 'ABCDEF+Helvetica-Bold', f3: 'Helvetica-Oblique' }));
    expect(line!.text).toBe('from six more months');
    expect(line!.marks.map((m) => [m.kind, line!.text.slice(m.start, m.end)])).toEqual([
      ['strong', 'six more'],
      ['emphasis', 'months'],
    ]);
  });
});

/** A PageLine for reading order and furniture tests. */
function line(text: string, x: number, y: number, width = text.length * CHAR): PageLine {
  return { text, x, y, width, size: SIZE, marks: [] };
}

describe('reading order', () => {
  it('reads a two-column table row by row, left cell before right, whatever the input order', () => {
    const rows = [
      { left: ['Article 2', 'Illegal access'], right: ['In Chapter 27', 'article 302', 'is provided.'] },
      { left: ['Article 3'], right: ['Also provided.'] },
    ];
    const lines: PageLine[] = [];
    let y = 100;
    for (const row of rows) {
      row.left.forEach((t, i) => lines.push(line(t, 40, y + i * 12, 200)));
      row.right.forEach((t, i) => lines.push(line(t, 290, y + i * 12, 250)));
      y += Math.max(row.left.length, row.right.length) * 12 + 20;
    }
    const expected = rows.flatMap((r) => [...r.left, ...r.right]);
    fc.assert(
      fc.property(shuffled(lines), (input) => {
        expect(readingOrder(input).map((l) => l.text)).toEqual(expected);
      }),
    );
  });
});

describe('page furniture', () => {
  const bodies = fc.array(fc.array(fc.stringMatching(/^[A-Z][a-z]{2,9}( [a-z]{1,8}){2,8}\.$/), { minLength: 2, maxLength: 30 }), {
    minLength: 2,
    maxLength: 8,
  });

  it('removes running headers, footers and page numbers, and keeps every body line', () => {
    fc.assert(
      fc.property(bodies, fc.constantFrom('Official Gazette 61/2005 - page #', 'Page # of 9', '- # -', 'Report on cybercrime'), (pages, header) => {
        const laid = pages.map((texts, i) => ({
          number: i + 1,
          height: 842,
          lines: [
            line(header.replace('#', String(i + 3)), 72, 40),
            ...texts.map((t, k) => line(t, 72, 120 + k * 20)),
            line(String(i + 1), 290, 810),
          ],
        }));
        const kept = removeFurniture(laid);
        expect(kept.map((p) => p.lines.map((l) => l.text))).toEqual(pages);
      }),
    );
  });

  it('keeps a sentence the body repeats at the top of two pages of three', () => {
    const repeated = 'who have special knowledge in the field of information technologies.';
    const laid = [
      { number: 1, height: 842, lines: [line('LAW', 72, 70), line('Article 1', 72, 90)] },
      { number: 2, height: 842, lines: [line(repeated, 72, 70), line('Article 6', 72, 90)] },
      { number: 3, height: 842, lines: [line(repeated, 72, 70), line('Article 13', 72, 90)] },
    ];
    expect(removeFurniture(laid).map((p) => p.lines.length)).toEqual([2, 2, 2]);
  });

  it('keeps numbers that do not follow the page numbers', () => {
    const laid = [5, 9, 2].map((n, i) => ({ number: i + 1, height: 842, lines: [line(`Article ${n}`, 72, 60), line('Body text.', 72, 300)] }));
    expect(removeFurniture(laid).map((p) => p.lines.map((l) => l.text))).toEqual(laid.map((p) => p.lines.map((l) => l.text)));
  });
});
