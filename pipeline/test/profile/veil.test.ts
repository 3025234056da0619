import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractedSource } from '../../src/extract/types.js';
import { LineIndex } from '../../src/segment/table/block.js';
import { htmlBlocks, readCell } from '../../src/segment/table/html.js';
import { unveil, veilSpaces } from '../../src/segment/table/veil.js';

const NBSP = '\u00a0';

function cellDoc(text: string): ExtractedSource {
  return { source: 'cell', file: 'raw/cell.txt', sha256: '0'.repeat(64), mediaType: 'text/plain', text, textOffset: 0, pages: null };
}

/** What reading a cell gives: its blocks, or the error it stops at. */
function outcome(read: () => unknown): unknown {
  try {
    return { blocks: read() };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('veiling the spaces of a cell', () => {
  it('reads each space in text as a no-break space, and leaves tags and other whitespace alone', () => {
    const cell = '<p style="text-align: center;">Tom &amp; Jerry\n a</p> <ul style="list-style-type: none">b c';
    const veiled = veilSpaces(cell)!;
    expect(veiled).toBe(`<p style="text-align: center;">Tom${NBSP}&amp;${NBSP}Jerry\n${NBSP}a</p>${NBSP}<ul style="list-style-type: none">b${NBSP}c`);
    expect(veiled).toHaveLength(cell.length);
  });

  it('leaves a cell alone whose tags it cannot be sure of', () => {
    for (const cell of ['<table><tr><td>a b</td></tr></table>', '<p>a < b</p>', '<p>a <!-- c > d --> e</p>', "<p title='x y'>a b</p>", '<p a=b>c d</p>', '<svg>a b</svg>']) {
      expect(veilSpaces(cell), cell).toBeNull();
    }
  });

  it('gives a text node its spaces back, keeping the no-break spaces the cell writes', () => {
    const written = `a b${NBSP}c&nbsp;d`;
    const value = `a${NBSP}b${NBSP}c${NBSP}d`;
    expect(unveil(value, [0, 1, 2, 3, 4, 5, 11], written)).toBe(`a b${NBSP}c${NBSP}d`);
  });

  it('reports an error in a veiled cell as the cell is written', () => {
    const cell = '<p>a &lt; b c</p>';
    const doc = cellDoc(cell);
    const lines = new LineIndex(cell);
    const asWritten = outcome(() => readCell({ doc, start: 0, source: cell, parsed: cell }, lines));
    expect(asWritten).toEqual({ error: expect.stringContaining('< b c') });
    expect(outcome(() => htmlBlocks(doc, 0, cell.length, lines))).toEqual(asWritten);
  });

  const text = fc.constantFrom('a', 'Each', 'Party', '(1)', 'x;', ':', '’', '😀', '&amp;', '&nbsp;', '&#x1F600;', '&copy', '&lt;', '&', '>', NBSP);
  const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\r\n', '\t', ' \n ');
  const tag = fc.constantFrom('<p>', '</p>', '<li>', '</li>', '<ul style="list-style-type: none">', '</ul>', '<i>', '</i>', '<b>', '</b>', '<br>', '<br/>', '<div>', '</div>', '<P>', '</P>', '<span class="s">', '</span>', '<p style="padding-left: 40px;">');
  const rare = fc.constantFrom('<table>', '<td>', '<!-- a b -->', '<', '<p title=\'a b\'>', '<pre>');
  const cell = fc
    .array(fc.oneof({ weight: 4, arbitrary: text }, { weight: 4, arbitrary: space }, { weight: 3, arbitrary: tag }, { weight: 1, arbitrary: rare }), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('changes nothing the cell reads as: the same blocks, or an error in both', () => {
    fc.assert(
      fc.property(cell, (source) => {
        const veiled = veilSpaces(source);
        if (veiled === null) return;
        expect(veiled).toHaveLength(source.length);
        const doc = cellDoc(source);
        const lines = new LineIndex(source);
        const read = (parsed: string) => outcome(() => readCell({ doc, start: 0, source, parsed }, lines));
        const asWritten = read(source);
        const fromVeiled = read(veiled);
        if ('error' in (asWritten as object)) expect(fromVeiled).toHaveProperty('error');
        else expect(fromVeiled).toEqual(asWritten);
      }),
      { numRuns: 400 },
    );
  });

  it('gives what the cell as written gives, error messages included', () => {
    fc.assert(
      fc.property(cell, (source) => {
        fc.pre(source.lastIndexOf('<') <= source.lastIndexOf('>')); // a cut-off tag stops before either reading
        const doc = cellDoc(source);
        const lines = new LineIndex(source);
        const asWritten = outcome(() => readCell({ doc, start: 0, source, parsed: source }, lines));
        expect(outcome(() => htmlBlocks(doc, 0, source.length, lines))).toEqual(asWritten);
      }),
      { numRuns: 200 },
    );
  });
});
