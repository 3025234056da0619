/**
 * The PDF segmenters on small made-up pages (each case one decision), and their errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import type { PdfLine } from '../../src/extract/pdf/types.js';
import { extractText } from '../../src/extract/text.js';
import type { ExtractedPage, ExtractedSource } from '../../src/extract/types.js';
import { segmentPdfLines, segmentPdfTable } from '../../src/segment/pdf-table/index.js';
import type { Mark } from '../../src/segment/types.js';
import { extractFixture } from './helpers.js';
import { LAW_PDF, LAW_TXT, repoFile } from './hostile-pdfs.js';

interface Spec {
  text: string;
  x: number;
  y: number;
  /** Right edge; a full line reaches the column's measure. */
  right?: number;
  marks?: Mark[];
}

/** An ExtractedSource from lines given per page, in reading order, as extractPdf makes it. */
function source(pages: Spec[][]): ExtractedSource {
  let offset = 0;
  const out: ExtractedPage[] = pages.map((specs, i) => {
    if (i > 0) offset += 3;
    let text = '';
    const lines: PdfLine[] = specs.map((s) => {
      if (text !== '') text += '\n';
      const start = text.length;
      text += s.text;
      return { text: s.text, x: s.x, y: s.y, width: (s.right ?? s.x + s.text.length * 5) - s.x, size: 10, marks: s.marks ?? [], start, end: text.length };
    });
    const page = { number: i + 1, text, offset, lines };
    offset += text.length;
    return page;
  });
  return { source: 'made-up', file: 'made-up.pdf', sha256: '', mediaType: 'application/pdf', text: out.map((p) => p.text).join('\n\f\n'), textOffset: 0, pages: out };
}

/** A column of lines from y = 100 down, 12 points apart, 20 between paragraphs. */
function column(x: number, paragraphs: string[][], measure: number, top = 100): Spec[] {
  const specs: Spec[] = [];
  let y = top;
  paragraphs.forEach((lines, p) => {
    if (p > 0) y += 8;
    lines.forEach((text, i) => {
      specs.push({ text, x, y, right: i < lines.length - 1 ? measure : undefined });
      y += 12;
    });
  });
  return specs;
}

describe('segmentPdfLines', () => {
  it('cuts paragraphs at vertical gaps and joins a paragraph over a page break, with a span on each page', () => {
    const para = (n: number) => [[`First line of paragraph ${n} goes on`, `and ends here.`]];
    const page1 = [...column(72, [...para(1), ...para(2)], 500), ...column(72, [['Third paragraph runs to the foot of the page and']], 500, 700)];
    page1[page1.length - 1]!.right = 500;
    const page2 = column(72, [['goes on at the top of the next.'], ['Fourth paragraph.']], 500);
    const doc = source([page1, page2]);
    const blocks = segmentPdfLines(doc);
    expect(blocks.map((b) => b.text)).toEqual([
      'First line of paragraph 1 goes on and ends here.',
      'First line of paragraph 2 goes on and ends here.',
      'Third paragraph runs to the foot of the page and goes on at the top of the next.',
      'Fourth paragraph.',
    ]);
    expect(blocks[2]!.spans).toHaveLength(2);
    expect(blocks[2]!.spans.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Third paragraph runs to the foot of the page and',
      'goes on at the top of the next.',
    ]);
    expect(blocks.map((b) => [b.line, b.column, b.form])).toEqual([
      [1, 1, 'p'],
      [3, 1, 'p'],
      [5, 1, 'p'],
      [2, 1, 'p'],
    ]);
  });

  it('keeps a bold run that goes on over a line break as one mark', () => {
    const doc = source([
      [
        { text: 'shall be punished with', x: 72, y: 100, right: 400, marks: [{ kind: 'strong', start: 18, end: 22 }] },
        { text: 'imprisonment of six months.', x: 72, y: 112, marks: [{ kind: 'strong', start: 0, end: 12 }] },
      ],
    ]);
    const [block] = segmentPdfLines(doc);
    expect(block!.marks.map((m) => block!.text.slice(m.start, m.end))).toEqual(['with imprisonment']);
  });

  it('needs a PDF source', () => {
    const text = extractText(repoFile(LAW_TXT), { source: 'rs-law', file: LAW_TXT, sha256: '' });
    expect(() => segmentPdfLines(text)).toThrow(SourceError);
    expect(() => segmentPdfLines(text)).toThrow('rs-law: expected a PDF source (pages of positioned lines), found "a source without pages (not a PDF)"');
  });
});

describe('segmentPdfTable', () => {
  let law: ExtractedSource;
  beforeAll(async () => {
    law = await extractFixture('rs-law-cybercrime-authorities-2005-2009', LAW_PDF);
  });

  it('finds the gutter between the columns and reads rows of a left and a right cell', () => {
    const row1 = [...column(40, [['Article 2 – Illegal access']], 250), ...column(300, [['In Chapter 27 at article 302', 'of CCRS.'], ['not amendment']], 550)];
    const row2 = [...column(40, [['Article 3']], 250, 180), ...column(300, [['Also provided.']], 550, 180)];
    const table = segmentPdfTable(source([[...row1, ...row2]]));
    expect(table.rows.map((r) => r.cells.map((c) => c.blocks.map((b) => b.text)))).toEqual([
      [['Article 2 – Illegal access'], ['In Chapter 27 at article 302 of CCRS.', 'not amendment']],
      [['Article 3'], ['Also provided.']],
    ]);
    expect(table.rows.every((r) => r.notes.length === 0)).toBe(true);
  });

  it('joins a row that a page break splits to the row it began in, with a note', () => {
    const page1 = [
      ...column(40, [['Article 9']], 250, 700),
      ...column(300, [['(1) Whoever sells, shows or displays material that is', 'pornographic shall be punished by a fine or by']], 550, 700),
    ];
    page1[page1.length - 1]!.right = 550;
    const page2 = [...column(300, [['imprisonment up to six months.']], 550), ...column(40, [['Article 10']], 250, 140), ...column(300, [['Not provided.']], 550, 140)];
    const table = segmentPdfTable(source([page1, page2]));
    expect(table.rows.map((r) => r.cells.map((c) => c.blocks.map((b) => b.text)))).toEqual([
      [['Article 9'], ['(1) Whoever sells, shows or displays material that is pornographic shall be punished by a fine or by imprisonment up to six months.']],
      [['Article 10'], ['Not provided.']],
    ]);
    expect(table.rows[0]!.notes).toEqual([
      'the row goes on from page 1 to page 2; the parts are joined',
      'a paragraph of the right cell is split by the page break between pages 1 and 2; the parts are joined',
    ]);
  });

  it('starts a new row at the top of a page when a column had room left for more', () => {
    const page1 = [...column(40, [['Article 11']], 250, 700), ...column(300, [['Provided in article 35.']], 550, 700)];
    const page2 = [...column(40, [['Article 12']], 250), ...column(300, [['Provided in article 36.']], 550)];
    // The text reaches lower on another page, so page 1 had room below its row.
    const page3 = [...column(40, [['Article 13']], 250, 760), ...column(300, [['Provided.']], 550, 760)];
    const table = segmentPdfTable(source([page1, page2, page3]));
    expect(table.rows.map((r) => r.cells[0].blocks.map((b) => b.text))).toEqual([['Article 11'], ['Article 12'], ['Article 13']]);
  });

  it('refuses a single-column document', () => {
    expect(() => segmentPdfTable(law)).toThrow(SourceError);
    expect(() => segmentPdfTable(law)).toThrow(/expected a two-column table \(a vertical gutter between two columns of text\), found "a single column"/);
  });

  it('refuses a text source', () => {
    const text = extractText(repoFile(LAW_TXT), { source: 'rs-law', file: LAW_TXT, sha256: '' });
    expect(() => segmentPdfTable(text)).toThrow(/expected a PDF source \(pages of positioned lines\) for a two-column table/);
  });
});
