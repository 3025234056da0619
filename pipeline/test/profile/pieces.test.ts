import { describe, expect, it } from 'vitest';
import { piece, spanRuns, spansOf } from '../../src/parse/profile/pieces.js';
import type { IndexedBlock } from '../../src/segment/table/block.js';

/** A paragraph block with these raw spans, each of its characters at the raw offset `sourceIndex` gives. */
const block = (text: string, spans: [number, number][], sourceIndex: number[]): IndexedBlock => ({
  text,
  spans: spans.map(([start, end]) => ({ start, end })),
  form: 'p',
  marks: [],
  line: 1,
  column: 1,
  sourceIndex,
});

/**
 * A block a page break split: "abc" at raw 2–5 and "def" at raw 9–12, joined by a space that
 * maps to the end of the first span (in no span), as the table segmenter joins them.
 */
const split = block('abc def', [[2, 5], [9, 12]], [2, 3, 4, 5, 9, 10, 11]);

describe('the raw spans of pieces of a block with several spans', () => {
  it('finds where the block passes from one span to the next, once', () => {
    expect(spanRuns(split, split.sourceIndex)).toEqual([
      { from: 0, to: 3, span: 0 },
      { from: 4, to: 7, span: 1 },
    ]);
    expect(spanRuns(split, split.sourceIndex)).toBe(spanRuns(split, split.sourceIndex));
  });

  it('gives a piece one span each side of the break, cut to its own characters', () => {
    expect(spansOf([piece(split)!])).toEqual([
      { start: 2, end: 5 },
      { start: 9, end: 12 },
    ]);
    expect(spansOf([piece(split, 1, 6)!])).toEqual([
      { start: 3, end: 5 },
      { start: 9, end: 11 },
    ]);
    expect(spansOf([piece(split, 4)!])).toEqual([{ start: 9, end: 12 }]);
  });

  it('merges pieces that meet in the raw text', () => {
    expect(spansOf([piece(split, 0, 1)!, piece(split, 1, 3)!, piece(split, 4, 5)!])).toEqual([
      { start: 2, end: 5 },
      { start: 9, end: 10 },
    ]);
  });

  it('keeps a return to an earlier span apart', () => {
    // Reading order may go back in the raw text (a PDF's columns): "ab cd ef" from spans A, B, A.
    const back = block('ab cd ef', [[0, 6], [10, 12]], [0, 1, 2, 10, 11, 6, 4, 5]);
    expect(spanRuns(back, back.sourceIndex)).toEqual([
      { from: 0, to: 3, span: 0 },
      { from: 3, to: 5, span: 1 },
      { from: 6, to: 8, span: 0 },
    ]);
    expect(spansOf([piece(back)!])).toEqual([
      { start: 0, end: 3 },
      { start: 10, end: 12 },
      { start: 4, end: 6 },
    ]);
  });
});
