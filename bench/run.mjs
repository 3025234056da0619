#!/usr/bin/env node
/**
 * `npm run bench`: what ingestion and the packages cost, and how the cost grows.
 * Runs after `npm run build` (it times the compiled code in each lib/ folder and the built CLI),
 * prints a table — each figure the median of several runs with min and max, each ratio
 * from runs made side by side in this invocation — and writes bench/results.json.
 *
 *   npm run bench                         every section, 5 runs a figure
 *   npm run bench -- --runs 3             fewer runs
 *   npm run bench -- --only ingest,scale  some sections (rebuild, ingest, reingest, scale, worst-case, packages, cli, pdf, site)
 *   npm run bench -- --no-write           do not rewrite bench/results.json
 *
 * Nothing in the work tree changes except bench/results.json (and what `npm run build`
 * itself writes, in the rebuild section): ingestion runs in temp copies.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Report, machine } from './lib/report.mjs';
import { benchCli } from './sections/cli.mjs';
import { benchIngest } from './sections/ingest.mjs';
import { benchPackages } from './sections/packages.mjs';
import { benchPdf } from './sections/pdf.mjs';
import { benchRebuild } from './sections/rebuild.mjs';
import { benchReingest } from './sections/reingest.mjs';
import { benchScale } from './sections/scale.mjs';
import { benchSite } from './sections/site.mjs';
import { benchWorstCase } from './sections/worst-case.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** In this order: the rebuild section runs `npm run build` first, so the others time fresh code. */
const SECTIONS = {
  rebuild: benchRebuild,
  ingest: benchIngest,
  reingest: benchReingest,
  scale: benchScale,
  'worst-case': benchWorstCase,
  packages: benchPackages,
  cli: benchCli,
  pdf: benchPdf,
  site: benchSite,
};

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number ≥ 1, got ${values.runs}`);
const only = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(SECTIONS);
const unknown = only.filter((s) => !(s in SECTIONS));
if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`);

const scratch = mkdtempSync(join(tmpdir(), 'cyberlex-bench-'));
const report = new Report();
const ctx = { repo, scratch, runs, report, log: (line) => process.stderr.write(`bench: ${line}\n`) };
const started = performance.now();
try {
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (!only.includes(name)) continue;
    const t = performance.now();
    ctx.log(`${name} …`);
    try {
      await section(ctx);
    } catch (error) {
      report.skip(name, 'section', `the benchmark itself failed: ${error?.stack?.split('\n').slice(0, 2).join(' ') ?? error}`);
    }
    ctx.log(`${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
}

const meta = { generatedAt: new Date().toISOString(), machine: machine(), git: git(), runs, sections: only, seconds: Math.round((performance.now() - started) / 1000) };
report.print(meta);
if (!values['no-write']) {
  writeFileSync(join(repo, 'bench', 'results.json'), `${JSON.stringify(report.toJSON(meta), null, 2)}\n`);
  process.stdout.write(`\nwrote bench/results.json (${meta.seconds} s)\n`);
}

function git() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}
