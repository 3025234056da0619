/** The pipeline's paragraph diff (what the explorer shows) and its terminal rendering (`diff --base`). */
import { describe, expect, it } from 'vitest';
import { diffParagraphs } from '../../src/release/provision-diff.js';
import { renderOps } from '../../src/release/render.js';
import { criminalCode, PENALTY_2005, PENALTY_2009 } from './fixtures.js';

const art199 = criminalCode().provisions.find((p) => p.ref === 'rs-cc:199')!;
const [v2005, v2009] = art199.versions;

describe('diffing two versions of a provision', () => {
  it('pairs paragraphs by number and word-diffs each', () => {
    const paragraphs = diffParagraphs(v2005!.paragraphs, v2009!.paragraphs);
    expect(paragraphs.map((p) => [p.number, p.kind])).toEqual([['1', 'unchanged'], ['3', 'modified']]);
    expect(paragraphs[1]).toMatchObject({ before: PENALTY_2005, after: PENALTY_2009 });
    expect(paragraphs[1]!.ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'delete', text: 'three' }, { op: 'insert', text: 'six' }]);
  });

  it('says added, removed and unchanged', () => {
    const kinds = diffParagraphs([{ number: '1', text: 'a' }, { number: '2', text: 'b' }], [{ number: '1', text: 'a' }, { number: '3', text: 'c' }]).map((d) => [d.number, d.kind]);
    expect(kinds).toEqual([['1', 'unchanged'], ['2', 'removed'], ['3', 'added']]);
  });

  it('pairs by number, not position: a reordering is no change', () => {
    const diffs = diffParagraphs([{ number: '2', text: 'b' }, { number: '1', text: 'a' }], [{ number: '1', text: 'a' }, { number: '2', text: 'b' }]);
    expect(diffs.every((d) => d.kind === 'unchanged')).toBe(true);
  });

  it('reads the same before a provision existed as an empty text: every paragraph added', () => {
    expect(diffParagraphs([], v2009!.paragraphs).map((p) => p.kind)).toEqual(['added', 'added']);
  });
});

describe('showing a word diff in a terminal', () => {
  const ops = diffParagraphs(v2005!.paragraphs, v2009!.paragraphs).find((p) => p.number === '3')!.ops;
  it('marks deletions and insertions readably without colour', () => {
    expect(renderOps(ops, false)).toBe(PENALTY_2005.replace('three', '[-three-]{+six+}'));
  });
  it('colours them red and green with colour', () => {
    expect(renderOps(ops, true)).toContain('\u001b[31mthree\u001b[39m\u001b[32msix\u001b[39m');
  });
});
