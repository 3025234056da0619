/** Colour, wrapping, clipping and the words for statuses: unit and property tests. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeStatus, describeVersion } from '../../packages/cli/src/present.js';
import { clip, prepareTerminal, useColour, wrap } from '../../packages/cli/src/terminal.js';
import { ROOT } from '../helpers/sources.js';

const tty = { isTTY: true, hasColors: () => true };
const pipe = { isTTY: false };

describe('useColour', () => {
  it.each([
    [tty, {}, true],
    [pipe, {}, false],
    [tty, { NO_COLOR: '1' }, false],
    [tty, { NO_COLOR: '' }, true],
    [tty, { TERM: 'dumb' }, false],
    [pipe, { FORCE_COLOR: '1' }, true],
    [pipe, { FORCE_COLOR: '' }, true],
    [tty, { FORCE_COLOR: '0' }, false],
    [tty, { FORCE_COLOR: 'false' }, false],
    [pipe, { FORCE_COLOR: '3', NO_COLOR: '1' }, true],
    [{ isTTY: true, hasColors: () => false }, {}, false],
  ])('%o with %o → %s', (stream, env, expected) => {
    expect(useColour(stream, env)).toBe(expected);
  });
});

describe('wrap', () => {
  it('leaves text alone for a pipe', () => {
    const text = 'word '.repeat(100).trim();
    expect(wrap(text)).toBe(text);
  });

  it('for a terminal, wraps at word boundaries within the width and keeps every word', async () => {
    await prepareTerminal(tty);
    const word = fc.stringMatching(/^[a-zA-Z“”(),.–]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 20, max: 120 }), (words, columns) => {
        const out = wrap(words.join(' '), { columns, indent: '  ' });
        const lines = out.split('\n');
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
        expect(out.split(/\s+/).filter(Boolean)).toEqual(words);
      }),
    );
  });
});

describe('clip', () => {
  it('keeps short values and shortens long ones, saying how long they were', () => {
    expect(clip('rs-cc:199')).toBe('rs-cc:199');
    expect(clip('x'.repeat(100_000))).toBe(`${'x'.repeat(200)}… (100000 characters)`);
  });
});

describe('statuses in words', () => {
  it('says what each status means', () => {
    expect(describeStatus('in-force', '2009-01-01')).toBe('in force on 2009-01-01');
    expect(describeStatus('deleted', undefined)).toBe('deleted');
    expect(describeStatus('not-in-force', '1990-01-01')).toBe('not in force on 1990-01-01: no version of it was in force then');
    expect(describeStatus('not-quoted', undefined)).toBe('cited by a source, but its text is quoted in no source');
    expect(describeStatus('structure', undefined)).toMatch(/^a structural unit/);
  });

  it('says when no source dates a version’s start, instead of asserting a date', () => {
    expect(describeVersion({ versionDate: null, validUntil: '2009-09-11' }, true, [])).toBe('version of unknown start (no source dates it) until 2009-09-11');
    expect(describeVersion({ versionDate: '2009-09-11', validUntil: null }, false, ['rs-og-72-2009'])).toBe('version from 2009-09-11, amended by rs-og-72-2009');
  });
});

describe('src/homes.ts', () => {
  it('is what scripts/homes.mjs writes from the package table', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'packages', 'cli', 'scripts', 'homes.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
