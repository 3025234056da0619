/** The inputs the benchmarks generate: the parser's worst cases and the one-source edit. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS modules without declarations
import { appendToLongestLine, stageLines } from '../../bench/sections/reingest.mjs';
// @ts-expect-error: plain JS modules without declarations
import { profileWithNestedLists, profileWithoutRows } from '../../bench/sections/worst-case.mjs';
import { ROOT } from '../helpers/sources.js';

const profile = readFileSync(join(ROOT, 'raw', 'coe-cybercrime-legislation-profile-serbia.txt'), 'utf8');

describe('worst-case profiles', () => {
  it('1 MB with no row structure: no tab anywhere', () => {
    const text = profileWithoutRows(profile);
    expect(text.length).toBeGreaterThanOrEqual(1024 * 1024);
    expect(text).not.toContain('\t');
  });

  it('10,000 nested <ul> fragments in one row, after the real preamble', () => {
    const text = profileWithNestedLists(profile, 10_000);
    const row = text.split('\n').find((l: string) => l.startsWith('Article 1 – Definitions\t'))!;
    expect(row.match(/<ul>/g)).toHaveLength(10_000);
    expect(row.match(/<\/ul>/g)).toHaveLength(10_000);
    expect(text.startsWith(profile.slice(0, 200))).toBe(true);
  });
});

describe('the one-source edit', () => {
  it('appends to the longest line only, and can be undone', () => {
    const text = 'short\nthe longest line here\r\nmid line\n';
    const edited = appendToLongestLine(text, ' (edit)');
    expect(edited).toBe('short\nthe longest line here (edit)\r\nmid line\n');
    expect(edited.replace(' (edit)', '')).toBe(text);
  });

  it('reads the CLI progress lines by stage', () => {
    const out = 'check    5 unchanged  3 ms\nparse    5 documents  12 ms\ndone     5 sources, 76 nodes, 8 packages, 0 files written, 487 ms';
    expect(stageLines(out)).toEqual({
      check: { detail: '5 unchanged', ms: 3 },
      parse: { detail: '5 documents', ms: 12 },
      done: { detail: '5 sources, 76 nodes, 8 packages, 0 files written,', ms: 487 },
    });
  });
});
