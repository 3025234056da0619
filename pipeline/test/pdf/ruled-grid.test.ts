/**
 * Ruled tables drawn here stroke by stroke (the fixture writer with hand-set content
 * streams): cell borders as stroked segments under a scaling transformation, or as thin
 * filled rectangles; a gutter of 3 pt between the cells' text; an empty left or right
 * cell; a title above. And the geometry that must be refused: three ruled columns, text
 * outside the table, more rules than the limit.
 */
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { extractPdf, type PdfLimits } from '../../src/extract/pdf/index.js';
import { segmentPdfTable } from '../../src/segment/pdf-table/index.js';
// @ts-ignore -- the fixture writer is plain JavaScript
import { pdfString, textWidth } from '../../../scripts/pdf-fixtures/pdf-writer.mjs';
import { pdf } from './hostile-pdfs.js';

const META = { source: 'ruled', file: 'raw/ruled.pdf', sha256: '' };
const HEIGHT = 842;
const SIZE = 10;
const LEADING = 12;
const PAD = 1.5;

interface Drawn {
  rows: [string[], string[]][];
  /** x of the column rules, left to right (the first and last are the table's sides). */
  columns: number[];
  style: 'stroked' | 'filled';
  /** Extra content drawn on the page (PDF coordinates). */
  extra?: string;
  title?: string;
  /** Leave the rule between the columns out. */
  noInnerRule?: boolean;
}

/** A text line at (x, baseline y) in PDF coordinates. */
const text = (x: number, y: number, s: string) => `BT /F1 ${SIZE} Tf 1 0 0 1 ${x} ${y} Tm ${pdfString(s)} Tj ET`;

/** One page of a ruled table, rows top to bottom from y = 760. */
function ruledPage({ rows, columns, style, extra = '', title, noInnerRule }: Drawn): Uint8Array {
  const ops: string[] = [];
  if (title) ops.push(text(columns[0]!, 790, title));
  let top = 770;
  const cuts = [top];
  for (const cells of rows) {
    const lines = Math.max(1, ...cells.map((c) => c.length));
    cells.forEach((cell, c) => cell.forEach((line, i) => ops.push(text(columns[c]! + PAD + 0.5, top - PAD - SIZE - i * LEADING, line))));
    top -= 2 * PAD + 2 + lines * LEADING;
    cuts.push(top);
  }
  const bottom = top;
  const rules: [number, number, number, number][] = [];
  for (const y of cuts) rules.push([columns[0]!, y, columns.at(-1)!, y]);
  columns.forEach((x, i) => {
    if (!(noInnerRule && i > 0 && i < columns.length - 1)) rules.push([x, 770, x, bottom]);
  });
  if (style === 'stroked') {
    // Drawn at half size under a 2× scale, as some producers set their units.
    ops.push('q 2 0 0 2 0 0 cm 0.25 w 0 0 0 RG');
    for (const [x0, y0, x1, y1] of rules) ops.push(`${x0 / 2} ${y0 / 2} m ${x1 / 2} ${y1 / 2} l S`);
    ops.push('Q');
  } else {
    ops.push('q 0 0 0 rg');
    for (const [x0, y0, x1, y1] of rules) ops.push(`${Math.min(x0, x1) - 0.25} ${Math.min(y0, y1) - 0.25} ${Math.abs(x1 - x0) + 0.5} ${Math.abs(y1 - y0) + 0.5} re f`);
    ops.push('Q');
  }
  return pdf([{ width: 595, height: HEIGHT, content: `${ops.join('\n')}\n${extra}` }]);
}

async function rowsOf(drawn: Drawn): Promise<[string, string][]> {
  const doc = await extractPdf(ruledPage(drawn), META);
  return segmentPdfTable(doc).rows.map((row) => row.cells.map((cell) => cell.blocks.map((b) => b.text).join(' | ')) as [string, string]);
}

async function refusal(drawn: Drawn, limits?: Partial<PdfLimits>): Promise<string> {
  try {
    segmentPdfTable(await extractPdf(ruledPage(drawn), META, limits));
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as Error).message;
  }
  throw new Error('expected a SourceError');
}

// The left cell's longest line ends 1.5 pt before the column rule; the right cell's text starts 2 pt after it.
const FULL_LEFT = 'Article 2 – Illegal access to a whole computer';

const ROWS: [string[], string[]][] = [
  [['Country:'], ['Republic of Serbia']],
  [[FULL_LEFT, 'system without right.'], ['In Chapter 27 at article 302 of CCRS']],
  [['Chapter I – Use of terms'], []],
  [[], ['amendment 11/9/2009']],
];

describe('ruled tables', () => {
  for (const style of ['stroked', 'filled'] as const) {
    it(`reads columns and rows from ${style} rules, with a 3 pt gutter, empty cells and a title above`, async () => {
      // The left column is as wide as its longest line plus 3 pt: Helvetica 10 pt, measured by pdf.js.
      const drawn: Drawn = { rows: ROWS, columns: [40, 40 + PAD + 0.5 + (textWidth as (s: string, size: number) => number)(FULL_LEFT, SIZE) + 1.5, 500], style, title: 'Cybercrime legislation – country profile' };
      const lines = (await extractPdf(ruledPage(drawn), META)).pages![0]!.lines;
      const left = lines.find((l) => l.text === FULL_LEFT)!;
      const right = lines.find((l) => l.text === 'In Chapter 27 at article 302 of CCRS')!;
      expect(right.x - (left.x + left.width)).toBeLessThanOrEqual(6);
      const rows = await rowsOf(drawn);
      expect(rows).toEqual([
        ['Country:', 'Republic of Serbia'],
        [`${FULL_LEFT} system without right.`, 'In Chapter 27 at article 302 of CCRS'],
        ['Chapter I – Use of terms', ''],
        ['', 'amendment 11/9/2009'],
      ]);
    });
  }

  it('does not take a white rule for a border', async () => {
    const drawn: Drawn = {
      rows: [[['Country:'], ['Republic of Serbia']]],
      columns: [40, 200, 500],
      style: 'filled',
      extra: `q 1 1 1 rg 62 700 0.5 40 re f Q ${text(42, 710, 'left')} ${text(64, 710, 'words')}`,
    };
    const doc = await extractPdf(ruledPage(drawn), META);
    // The white rectangle between "left" and "words" does not split them.
    expect(doc.pages![0]!.lines.map((l) => l.text)).toContain('left words');
    expect(await refusal(drawn)).toContain('found "text below the table: \\"left words\\""');
  });

  it('refuses three ruled columns, naming the page and where the rules are', async () => {
    const message = await refusal({ rows: [[['a', 'b'], ['c']]], columns: [40, 200, 350, 500], style: 'stroked', extra: text(352, 757, 'third column') });
    expect(message).toBe('ruled (page 1): expected a two-column table (one vertical rule between two columns of text), found "rules between columns of text at x = 200.0, 350.0"');
  });

  it('refuses text below the table', async () => {
    const message = await refusal({ rows: ROWS, columns: [40, 266, 500], style: 'filled', extra: text(40, 100, 'A note after the table.') });
    expect(message).toMatch(/^ruled \(page 1, line \d+\): expected text inside the ruled table, or above it where the table starts, found "text below the table: \\"A note after the table.\\""$/);
  });

  it('reads a table without its column rule from the whitespace between the columns', async () => {
    const rows = await rowsOf({ rows: [[['Country:'], ['Republic of Serbia']], [['Signature:'], ['07/04/2005']]], columns: [40, 200, 500], style: 'filled', noInnerRule: true });
    expect(rows).toEqual([
      ['Country:', 'Republic of Serbia'],
      ['Signature:', '07/04/2005'],
    ]);
  });

  it('stops at the limit on ruling lines per page, saying how many it allows', async () => {
    const message = await refusal({ rows: ROWS, columns: [40, 266, 500], style: 'stroked' }, { maxRulesPerPage: 5 });
    expect(message).toBe('ruled (page 1): expected at most 5 ruling lines on a page; to allow more, set CYBERLEX_PDF_LIMITS=maxRulesPerPage=10, found "6 or more"');
  });
});
