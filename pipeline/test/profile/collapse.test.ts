import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, type SourceRun } from '../../src/segment/table/block.js';
import type { Mark } from '../../src/segment/types.js';

const SPACES = new Set([' ', '\t', '\u00a0', '\r', '\n', '\f']);

/** What collapse means, read a character at a time: the oracle the stretch-by-stretch reading must agree with. */
function oracle(runs: readonly SourceRun[]): { text: string; sourceIndex: number[]; marks: Mark[] } {
  let text = '';
  const sourceIndex: number[] = [];
  const strong: boolean[] = [];
  const emphasis: boolean[] = [];
  let pending = -1;
  for (const run of runs) {
    for (let i = 0; i < run.text.length; i++) {
      const offset = run.offsets ? run.offsets[i]! : run.start + i;
      if (SPACES.has(run.text[i]!)) {
        if (pending === -1 && text.length > 0) pending = offset;
        continue;
      }
      if (pending !== -1) {
        text += ' ';
        sourceIndex.push(pending);
        strong.push(false);
        emphasis.push(false);
        pending = -1;
      }
      text += run.text[i];
      sourceIndex.push(offset);
      strong.push(run.strong);
      emphasis.push(run.emphasis);
    }
  }
  // A mark runs over styled characters and the single spaces between them.
  const marksOf = (kind: Mark['kind'], on: boolean[]): Mark[] => {
    const marks: Mark[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!on[i]) continue;
      const last = marks[marks.length - 1];
      if (last && last.end === i - 1 && text[i - 1] === ' ') last.end = i + 1;
      else if (last && last.end === i) last.end = i + 1;
      else marks.push({ kind, start: i, end: i + 1 });
    }
    return marks;
  };
  const marks = [...marksOf('strong', strong), ...marksOf('emphasis', emphasis)].sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  return { text, sourceIndex, marks };
}

const piece = fc.constantFrom('a', 'Each', 'Party', '(1)', '😀', ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', ' \u00a0 ');
const run = fc.record({ parts: fc.array(piece, { maxLength: 12 }), strong: fc.boolean(), emphasis: fc.boolean(), mapped: fc.boolean() });
const runs = fc.array(run, { maxLength: 5 }).map((drafts) => {
  let at = 0;
  return drafts.map(({ parts, strong, emphasis, mapped }): SourceRun => {
    const text = parts.join('');
    const start = at;
    at += text.length + 7;
    // A mapped run stands for text with references: its units sit two apart in the raw text.
    return { text, start, offsets: mapped ? Array.from({ length: text.length }, (_, i) => start + 2 * i) : null, strong, emphasis };
  });
});

describe('collapsing the runs of a block', () => {
  it('reads as the character-at-a-time collapse: text, offsets and marks', () => {
    fc.assert(
      fc.property(runs, (rs) => {
        expect(collapse(rs)).toEqual(oracle(rs));
      }),
      { numRuns: 500 },
    );
  });

  it('copies a single-spaced run whole and maps it to itself', () => {
    const out = collapse([{ text: '  Each Party shall  adopt ', start: 10, offsets: null, strong: false, emphasis: true }]);
    expect(out.text).toBe('Each Party shall adopt');
    expect(out.sourceIndex).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 30, 31, 32, 33, 34]);
    expect(out.marks).toEqual([{ kind: 'emphasis', start: 0, end: 22 }]);
  });
});
