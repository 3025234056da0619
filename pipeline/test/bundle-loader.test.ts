/** src/bundle-loader.ts: a CommonJS file run as Node runs one, with V8's code cache when V8 takes it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundle } from '../src/bundle-loader.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(source: string) {
  dir = mkdtempSync(join(tmpdir(), 'cyberlex-bundle-'));
  const file = join(dir, 'bundle.cjs');
  writeFileSync(file, source);
  return { file, cache: join(dir, 'bundle.cache') };
}

const SOURCE = [
  "const { basename } = require('node:path');",
  'exports.where = () => basename(__filename) + " in " + basename(__dirname);',
  'module.exports.twice = (n) => 2 * n;',
].join('\n');

describe('loadBundle', () => {
  it('runs the file with the require, module, exports and paths of a CommonJS module', () => {
    const { file } = files(SOURCE);
    const { exports, cached } = loadBundle(file, null);
    expect((exports.twice as (n: number) => number)(21)).toBe(42);
    expect((exports.where as () => string)()).toBe(`bundle.cjs in ${dir.split('/').pop()}`);
    expect(cached).toBe(false);
  });

  it('takes a code cache made from the same source, and ignores one that is not (the code still runs)', () => {
    const { file, cache } = files(SOURCE);
    const first = loadBundle(file, cache); // no cache file yet
    (first.exports.twice as (n: number) => number)(1);
    writeFileSync(cache, first.script.createCachedData());
    expect(loadBundle(file, cache).cached).toBe(true);

    writeFileSync(file, `${SOURCE}\nexports.more = true;`);
    const changed = loadBundle(file, cache);
    expect(changed.cached).toBe(false);
    expect(changed.exports.more).toBe(true);

    // a source this process has not compiled (V8 would answer from its own in-memory cache)
    writeFileSync(file, `${SOURCE}\nexports.other = true;`);
    writeFileSync(cache, 'not a code cache');
    const foreign = loadBundle(file, cache);
    expect(foreign.cached).toBe(false);
    expect((foreign.exports.twice as (n: number) => number)(4)).toBe(8);
  });

  it('reports an error in the bundle with its file and line', () => {
    const { file } = files('exports.ok = 1;\nthrow new Error("broken bundle");');
    let error: Error | undefined;
    try {
      loadBundle(file, null);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toBe('broken bundle');
    expect(error?.stack).toContain(`${file}:2`);
  });
});
