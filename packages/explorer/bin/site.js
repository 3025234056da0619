#!/usr/bin/env node
// Builds the site into dist/site/ (turbo's `site` task); one line on success, one line on error.
import { build } from '../lib/index.js';

try {
  const r = await build();
  process.stdout.write(`site: ${r.pages} pages (${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB) in ${r.outDir}\n`);
} catch (e) {
  process.stderr.write(`site: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
