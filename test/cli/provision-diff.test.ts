/** The CLI's version picking and provision diff (`cyberlex diff <ref>`), on the release fixtures' Art. 199. */
import { describe, expect, it } from 'vitest';
import { diffProvision, isVersionSpec, pickVersion, renderProvisionDiff } from '../../packages/cli/src/provision-diff.js';
import { criminalCode, PENALTY_2005, PENALTY_2009 } from '../../pipeline/test/release/fixtures.js';

const art199 = criminalCode().provisions.find((p) => p.ref === 'rs-cc:199')!;
const plain = { isColorSupported: false, bold: (s: string) => s, green: (s: string) => s, red: (s: string) => s } as never;
const diff = (paragraph: string | null, from?: string, to?: string, versions = art199.versions) => diffProvision('rs-cc:199', versions, paragraph, from, to, () => 'rs-og-72-2009');

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
    expect([isVersionSpec('v2'), isVersionSpec('2009-13-45'), isVersionSpec('2'), isVersionSpec('2009-09-11')]).toEqual([false, false, true, true]);
  });
});

describe('diffing two versions of a provision', () => {
  it('pairs paragraphs by number and word-diffs each', () => {
    const d = diff(null);
    expect(d.from).toMatchObject({ index: 1, versionDate: null, validUntil: '2009-09-11' });
    expect(d.to).toMatchObject({ index: 2, versionDate: '2009-09-11' });
    expect(d.paragraphs.map((p) => [p.number, p.kind])).toEqual([['1', 'unchanged'], ['3', 'modified']]);
    expect(d.paragraphs[1]).toMatchObject({ before: PENALTY_2005, after: PENALTY_2009 });
    expect(d.paragraphs[1]!.ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'delete', text: 'three' }, { op: 'insert', text: 'six' }]);
  });

  it('keeps to one paragraph for a paragraph ref', () => {
    expect(diff('3').paragraphs.map((p) => p.number)).toEqual(['3']);
  });

  it('reads the same before a provision existed as an empty text: every paragraph added', () => {
    const d = diff(null, '2000-01-01', undefined, art199.versions.slice(1));
    expect(d.from.index).toBeNull();
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['added', 'added']);
  });

  it('heads the diff with the two versions, and marks the words without colour', () => {
    const text = renderProvisionDiff(diff('3'), plain);
    expect(text.split('\n')[0]).toBe('rs-cc:199: version 1 (undated) → version 2 (from 2009-09-11, by rs-og-72-2009)');
    expect(text).toContain('[-three-]{+six+}');
  });
});
