#!/usr/bin/env node
// Builds the site (turbo's `site` task): into dist/site/, or the folder given; one line on success, one line on error.
// Usage: node bin/site.js [outDir]
import { build } from '../lib/index.js';

try {
  const r = await build({ outDir: process.argv[2] });
  process.stdout.write(`site: ${r.pages} pages (${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB) in ${r.outDir}\n`);
} catch (e) {
  process.stderr.write(`site: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
