/**
 * The pipeline as the CLI loads it: the built one-file bundle (pipeline/scripts/bundle.mjs)
 * with its code cache (scripts/code-cache.mjs). It must export what the sources export, be
 * taken with its cache by this Node, and ingest to the same bytes as the sources do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as sources from '../../pipeline/src/index.js';
import { ingest } from '../../pipeline/src/ingest/index.js';
import { copyInputs } from '../helpers/repo-copy.js';
import { ROOT } from '../helpers/sources.js';

const LIB = join(ROOT, 'pipeline', 'lib');
const built = (file: string) => {
  const path = join(LIB, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` before the tests`);
  return path;
};

/** Run a module in a new node process (the bundle's code cache is only taken by a process of its own). */
function node(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

let cleanup = () => {};
afterEach(() => cleanup());

describe('the built pipeline bundle', () => {
  it('exports what pipeline/src/index.ts exports', () => {
    const names = JSON.parse(node(`console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(built('pipeline.mjs'))})).sort()))`));
    expect(names).toEqual(Object.keys(sources).sort());
  });

  it('is loaded with the code cache the build wrote', () => {
    built('pipeline.bundle.cache');
    const loaded = node(`const { loadBundle } = await import(${JSON.stringify(built('bundle-loader.js'))}); console.log(loadBundle().cached)`);
    expect(loaded.trim()).toBe('true');
  });

  it('ingests the sources to the same files as the sources of the pipeline do', async () => {
    const copy = copyInputs();
    cleanup = copy.cleanup;
    const fromSources = await ingest({ root: copy.root, frozen: true, dryRun: true, cache: false });
    const script = `const { ingest } = await import(${JSON.stringify(built('pipeline.mjs'))});
      const { createHash } = await import('node:crypto');
      const summary = await ingest({ root: ${JSON.stringify(copy.root)}, frozen: true, dryRun: true, cache: false });
      console.log(JSON.stringify(summary.files.map((f) => [f.path, createHash('sha256').update(f.content).digest('hex')])));`;
    const fromBundle = JSON.parse(node(script)) as [string, string][];
    const hash = (content: string) => execFileSync('sha256sum', { input: content, encoding: 'utf8' }).split(' ')[0];
    expect(fromBundle.length).toBeGreaterThan(50);
    expect(fromBundle).toEqual(fromSources.files.map((f) => [f.path, hash(f.content)]));
  });
});
