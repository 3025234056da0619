/**
 * The explorer site (@cyberlex/explorer): how long it takes to build, against an ingest, and
 * what its heaviest provision page weighs.
 *
 * - build time: `node packages/explorer/bin/site.js <temp dir>` as a whole process, against
 *   `cyberlex ingest --frozen --quiet` in a temp copy with its caches warm (the ingest turbo
 *   runs just before the site task); runs alternate so both see the same machine load.
 *   Target: the site builds in ≤ 2× an ingest.
 * - page weight: every page under eli/ (provisions, versions, diffs) with the stylesheet and
 *   the scripts it loads, as a reader downloads it. Target: the largest ≤ 100 kB.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { copyRepoInputs } from '../lib/repo-copy.mjs';
import { failure, timeNode } from '../lib/spawn.mjs';
import { ratio, round, summarize } from '../lib/stats.mjs';

const S = 'site';
const TIME_TARGET = 2;
const WEIGHT_TARGET_KB = 100;

export async function benchSite(ctx) {
  const { repo, scratch, runs, report } = ctx;
  const bin = join(repo, 'packages', 'explorer', 'bin', 'site.js');
  const cli = join(repo, 'packages', 'cli', 'bin', 'cyberlex.js');
  const copy = copyRepoInputs(repo, scratch);
  const env = { ...process.env, CI: undefined, NO_COLOR: '1' };
  const out = join(scratch, 'site');

  const first = await timeNode([bin, out], { cwd: repo, env, scratch });
  if (first.code !== 0) return report.skip(S, 'build the site', `packages/explorer/bin/site.js fails (run \`npm run build\` first): ${failure(first)}`);
  const warm = await timeNode([cli, 'ingest', '--frozen', '--quiet'], { cwd: copy, env, scratch });
  if (warm.code !== 0) return report.skip(S, 'cyberlex ingest --frozen', failure(warm));

  const m = { site: [], ingest: [], rss: [] };
  for (let i = 0; i < runs; i++) {
    const ing = await timeNode([cli, 'ingest', '--frozen', '--quiet'], { cwd: copy, env, scratch });
    const site = await timeNode([bin, out], { cwd: repo, env, scratch });
    if (ing.code !== 0) return report.skip(S, 'cyberlex ingest --frozen', failure(ing));
    if (site.code !== 0) return report.skip(S, 'build the site', failure(site));
    m.ingest.push(ing.ms);
    m.site.push(site.ms);
    m.rss.push(site.maxRssKb / 1024);
  }
  const r = ratio(m.site, m.ingest);
  report.figure(S, 'cyberlex ingest --frozen, caches warm (process)', { stats: summarize(m.ingest), unit: 'ms' });
  report.figure(S, 'build the site (process)', { stats: summarize(m.site), unit: 'ms' });
  report.figure(S, 'site / ingest', { stats: r, unit: '×', target: `≤ ${TIME_TARGET}×`, ok: r ? r.median <= TIME_TARGET : null });
  report.figure(S, 'peak RSS: site build', { stats: summarize(m.rss), unit: 'MB' });

  const files = walk(out);
  const size = (f) => statSync(join(out, f)).size;
  const pages = files.filter((f) => f.startsWith('eli/') && f.endsWith('.html'));
  const weighed = pages.map((page) => {
    const html = readFileSync(join(out, page), 'utf8');
    // what the page loads from the site: its stylesheet and scripts (links to other pages are not downloaded)
    const assets = [...html.matchAll(/<(?:link rel="stylesheet" href|script src)="([^"]+)"/g)].map((x) => posix.normalize(posix.join(posix.dirname(page), x[1])));
    return { page, bytes: size(page) + assets.reduce((n, a) => n + size(a), 0) };
  });
  weighed.sort((a, b) => b.bytes - a.bytes);
  const total = files.reduce((n, f) => n + size(f), 0);
  report.figure(S, 'site', { value: files.length, unit: `files, ${round(total / 1e6)} MB (${pages.length} pages under eli/)` });
  const top = weighed[0];
  if (top) {
    const kb = top.bytes / 1024;
    report.figure(S, 'largest provision page, with its CSS and scripts', { value: round(kb), unit: `kB (${top.page})`, target: `≤ ${WEIGHT_TARGET_KB} kB`, ok: kb <= WEIGHT_TARGET_KB });
  }
}

function walk(dir) {
  const out = [];
  const go = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) go(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  go(dir);
  return out;
}
