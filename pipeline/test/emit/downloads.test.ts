/** The CSV writer of dist/downloads: RFC 4180 quoting, so any text a source holds survives a CSV reader. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csv } from '../../src/emit/downloads.js';

/** An RFC 4180 reader, to read back what csv() wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('csv', () => {
  it('quotes a field with a comma, a quote or a line break, doubles quotes, and ends every row with CRLF', () => {
    expect(csv(['a', 'b'], [['x, y', 'say "no"'], ['line\nbreak', null], [true, 3]])).toBe('a,b\r\n"x, y","say ""no"""\r\n"line\nbreak",\r\ntrue,3\r\n');
  });

  it('property: whatever the text, a reader gets back the fields written', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        expect(readCsv(csv(['a', 'b'], rows))).toEqual([['a', 'b'], ...rows]);
      }),
    );
  });
});
