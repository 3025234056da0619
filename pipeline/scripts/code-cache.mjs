#!/usr/bin/env node
// After scripts/bundle.mjs: load the bundle, run one ingest of the repository's sources through
// it that writes nothing (a dry run, no caches), and keep the code V8 compiled for that run as
// lib/pipeline.bundle.cache, which src/bundle-loader.ts hands back to V8 in later processes.
// The run only teaches V8 which functions to compile: a run that cannot happen (no raw/ beside
// the pipeline, a source that fails to parse) still leaves a cache of the bundle's top level,
// and the build's own ingest, next, reports any error in the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CODE_CACHE_FILE, loadBundle } from '../lib/bundle-loader.js';
import { replaceFile } from '../lib/files.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const { exports: pipeline, script } = loadBundle(undefined, null);

let trained = 'the bundle\'s top level only';
if (existsSync(`${repo}raw/manifest.json`)) {
  try {
    await pipeline.ingest({ root: repo, frozen: false, dryRun: true, cache: false });
    trained = 'an ingest of raw/ (a dry run)';
  } catch (error) {
    trained = `the bundle's top level only; the ingest failed: ${String(error?.message ?? error).split('\n')[0]}`;
  }
}
const data = script.createCachedData();
replaceFile(CODE_CACHE_FILE, data);
process.stdout.write(`code cache: ${CODE_CACHE_FILE} (${Math.round(data.length / 1024)} kB; trained on ${trained})\n`);
