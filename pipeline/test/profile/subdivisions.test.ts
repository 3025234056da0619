import { describe, expect, it } from 'vitest';
import type { ProfileContext } from '../../src/parse/profile/context.js';
import { piece, textOf } from '../../src/parse/profile/pieces.js';
import { type ItemDraft, paragraphsOf } from '../../src/parse/profile/subdivisions.js';
import type { Block } from '../../src/segment/types.js';

const block = (text: string): Block => ({ text, spans: [{ start: 0, end: text.length }], form: 'p', marks: [], line: 1, column: 1 });
const pc = {
  fail: (_at: unknown, expected: string) => {
    throw new Error(expected);
  },
} as unknown as ProfileContext;

interface Shape {
  n: string;
  text: string;
  children?: Shape[];
}
const shape = (items: readonly ItemDraft[], text: string): Shape[] =>
  items.map((i) => ({ n: i.number, text: text.slice(i.textStart, i.end), ...(i.children.length > 0 ? { children: shape(i.children, text) } : {}) }));

/** Each paragraph's number and its sub-paragraphs, as the grammar reads the blocks. */
function read(...blocks: string[]): { number: string | null; items: Shape[] }[] {
  const { paragraphs } = paragraphsOf(blocks.map((t) => piece(block(t))!), pc);
  return paragraphs.map((p) => ({ number: p.number, items: shape(p.items, textOf(p.pieces)) }));
}

describe('the sub-paragraphs of a Convention paragraph', () => {
  it('opens a list after a colon and takes the next letter after each separator', () => {
    expect(read('1 Each Party shall: a do x; b do y, and c do z; or d do w.')).toEqual([
      {
        number: '1',
        items: [
          { n: 'a', text: 'do x; ' },
          { n: 'b', text: 'do y, and ' },
          { n: 'c', text: 'do z; or ' },
          { n: 'd', text: 'do w.' },
        ],
      },
    ]);
  });

  it('nests roman numerals in a letter and returns to the letters after them', () => {
    expect(read('2 A Party may: a where: i one; ii two; and b other.')).toEqual([
      {
        number: '2',
        items: [
          { n: 'a', text: 'where: i one; ii two; and ', children: [{ n: 'i', text: 'one; ' }, { n: 'ii', text: 'two; and ' }] },
          { n: 'b', text: 'other.' },
        ],
      },
    ]);
  });

  it('takes only the next label in sequence, and none after a space that follows no separator', () => {
    expect(read('3 Each Party: a x; c y, b z and b w.')).toEqual([{ number: '3', items: [{ n: 'a', text: 'x; c y, b z and b w.' }] }]);
  });

  it('reads labels at block starts, and lower-case text after a list closes it', () => {
    expect(read('4 Each Party shall:', 'a do x;', 'b do y,', 'that Party may reserve the right.')).toEqual([
      { number: '4', items: [{ n: 'a', text: 'do x; ' }, { n: 'b', text: 'do y, ' }] },
    ]);
  });

  it('opens a list right after a paragraph number', () => {
    expect(read('5 a Each Party shall do x; b do y.')).toEqual([
      { number: '5', items: [{ n: 'a', text: 'Each Party shall do x; ' }, { n: 'b', text: 'do y.' }] },
    ]);
  });
});
