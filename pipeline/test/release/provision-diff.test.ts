import { describe, expect, it } from 'vitest';
import { diffParagraphs, diffProvision, pickVersion } from '../../src/release/provision-diff.js';
import { renderOps, renderProvisionDiff, useColour } from '../../src/release/render.js';
import { criminalCode, PENALTY_2005, PENALTY_2009 } from './fixtures.js';

const art199 = criminalCode().provisions.find((p) => p.ref === 'rs-cc:199')!;

describe('picking a version of a provision', () => {
  it('by its number, 1 being the oldest', () => {
    expect(pickVersion(art199.versions, '1', 'latest').version!.versionDate).toBeNull();
    expect(pickVersion(art199.versions, '2', 'first').version!.versionDate).toBe('2009-09-11');
  });

  it('by its versionDate, or by any date: the version in force then', () => {
    expect(pickVersion(art199.versions, '2009-09-11', 'first').index).toBe(2);
    expect(pickVersion(art199.versions, '2009-09-10', 'latest').index).toBe(1);
    expect(pickVersion(art199.versions, '2020-01-01', 'first').index).toBe(2);
  });

  it('defaults to the first or the latest', () => {
    expect(pickVersion(art199.versions, undefined, 'first').index).toBe(1);
    expect(pickVersion(art199.versions, undefined, 'latest').index).toBe(2);
  });

  it('refuses a version number past the last, and a spec that is neither number nor date', () => {
    expect(() => pickVersion(art199.versions, '3', 'first')).toThrow('version 3 does not exist (the provision has 2 versions)');
    expect(() => pickVersion(art199.versions, 'v2', 'first')).toThrow('a version is its number (1..2) or a date YYYY-MM-DD, not "v2"');
  });
});

describe('diffing two versions of a provision', () => {
  it('pairs paragraphs by number and word-diffs each', () => {
    const diff = diffProvision(art199);
    expect(diff.from).toMatchObject({ index: 1, versionDate: null, validUntil: '2009-09-11' });
    expect(diff.to).toMatchObject({ index: 2, versionDate: '2009-09-11' });
    expect(diff.paragraphs.map((p) => [p.number, p.kind])).toEqual([['1', 'unchanged'], ['3', 'modified']]);
    expect(diff.paragraphs[1]).toMatchObject({ before: PENALTY_2005, after: PENALTY_2009 });
    expect(diff.paragraphs[1]!.ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'delete', text: 'three' }, { op: 'insert', text: 'six' }]);
  });

  it('keeps to one paragraph for a paragraph ref', () => {
    const diff = diffProvision(art199, { ref: 'rs-cc:199/3', paragraph: '3' });
    expect(diff.paragraphs.map((p) => p.number)).toEqual(['3']);
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
    const diff = diffProvision({ ...art199, versions: art199.versions.slice(1) }, { from: '2000-01-01' });
    expect(diff.from.status).toBe('not-in-force');
    expect(diff.paragraphs.map((p) => p.kind)).toEqual(['added', 'added']);
  });
});

describe('showing a word diff in a terminal', () => {
  const ops = diffProvision(art199, { paragraph: '3' }).paragraphs[0]!.ops;
  it('marks deletions and insertions readably without colour', () => {
    expect(renderOps(ops, false)).toBe(PENALTY_2005.replace('three', '[-three-]{+six+}'));
  });
  it('colours them red and green with colour', () => {
    expect(renderOps(ops, true)).toContain('\u001b[31mthree\u001b[39m\u001b[32msix\u001b[39m');
  });
  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(useColour({}, {})).toBe(false);
  });
  it('heads the diff with the two versions', () => {
    expect(renderProvisionDiff(diffProvision(art199, { paragraph: '3', actRef: () => 'rs-og-72-2009' }), false).split('\n')[0]).toBe(
      'rs-cc:199: version 1 (undated) → version 2 (from 11 September 2009, by rs-og-72-2009)',
    );
  });
});
