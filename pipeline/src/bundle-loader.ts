/**
 * Loading the pipeline as one file, with V8's code cache. The build writes the compiled
 * pipeline and the libraries it runs with as one CommonJS file, lib/pipeline.bundle.cjs
 * (scripts/bundle.mjs), then runs an ingest through it and keeps the code V8 compiled for
 * it, lib/pipeline.bundle.cache (scripts/code-cache.mjs). A process that loads the bundle
 * with that cache skips parsing the whole bundle and compiling every function an ingest
 * calls: Node 20 has no compile cache of its own (bench/README.md has what it buys). The package's "." export, lib/pipeline.mjs, is this loader's exports.
 *
 * V8 checks the cache against the source, its own version and its flags; a cache it does not
 * accept is ignored (the code is compiled as without one), so a stale or foreign cache costs
 * time, never correctness.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { CODE_DIR } from './paths.js';

export const BUNDLE_FILE = join(CODE_DIR, 'pipeline.bundle.cjs');
export const CODE_CACHE_FILE = join(CODE_DIR, 'pipeline.bundle.cache');

export interface LoadedBundle {
  /** What lib/index.js exports. */
  exports: Record<string, unknown>;
  /** The compiled script, whose code cache scripts/code-cache.mjs writes after a run. */
  script: Script;
  /** Whether V8 took the code cache (false when there was none). */
  cached: boolean;
}

export function loadBundle(file = BUNDLE_FILE, cacheFile: string | null = CODE_CACHE_FILE): LoadedBundle {
  const cachedData = cacheFile ? readOptional(cacheFile) : undefined;
  // The wrapper Node gives every CommonJS module, on the source's first line so line numbers hold.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}

function readOptional(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // not built with a cache: compile as usual
  }
}
