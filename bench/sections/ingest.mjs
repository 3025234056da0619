/**
 * Cold ingestion of the five text sources as a whole process — `cyberlex ingest --frozen
 * --quiet` in a temp copy of the repository — against a baseline process that only reads
 * the same files and writes their text as JSON. Runs alternate (baseline, ingest, …) so
 * both see the same machine load. Two kinds of cold process:
 *
 * - caches warm: a new process in a copy that was built before (the parse cache under
 *   node_modules/.cache/cyberlex/parse and the N-Quads are there) — every rerun of
 *   `npm run build`, `npm test`'s ingest, a developer's `cyberlex ingest`;
 * - caches empty: a fresh copy and an empty cache folder, every source parsed and the graph
 *   converted — the ingest of a fresh clone's `npm run build` or of CI. Both use what the
 *   pipeline's build made once: the validators (lib/validate/validators.prebuilt.cjs) and the
 *   one-file bundle with its code cache (lib/pipeline.bundle.cjs, .cache), as the CLI does.
 *
 * Also: where the time goes (ingest's per-stage times and the module loading before it,
 * from an in-process probe), for both.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { copyRepoInputs } from '../lib/repo-copy.mjs';
import { failure, timeNode } from '../lib/spawn.mjs';
import { ratio, summarize } from '../lib/stats.mjs';

const S = 'cold ingest';
const TARGET = 10;

export async function benchIngest(ctx) {
  const { repo, scratch, runs, report } = ctx;
  const copy = copyRepoInputs(repo, scratch);
  const cli = join(repo, 'packages', 'cli', 'bin', 'cyberlex.js');
  const baseline = join(repo, 'bench', 'probes', 'read-sources.mjs');
  const probe = join(repo, 'bench', 'probes', 'ingest.mjs');
  const env = { ...process.env, CI: undefined, NO_COLOR: '1' };
  const opts = { cwd: copy, env, scratch };
  /** A fresh copy and an empty cache folder: no source parsed, no graph converted before (the validators come with the build). */
  const coldOpts = () => ({ cwd: copyRepoInputs(repo, scratch), env: { ...env, CYBERLEX_CACHE_DIR: mkdtempSync(join(scratch, 'validators-')) }, scratch });

  // The first run writes every output into the copy and fills the caches; later runs find them.
  const warm = await timeNode([cli, 'ingest', '--frozen', '--quiet'], opts);
  if (warm.code !== 0) return report.skip(S, 'cyberlex ingest --frozen', `the CLI fails: ${failure(warm)}`);

  const m = { base: [], warm: [], cold: [], baseRss: [], warmRss: [], coldRss: [] };
  for (let i = 0; i < runs; i++) {
    const cold = coldOpts(); // made before the clock starts
    const b = await timeNode([baseline, copy], opts);
    const w = await timeNode([cli, 'ingest', '--frozen', '--quiet'], opts);
    const c = await timeNode([cli, 'ingest', '--frozen', '--quiet'], cold);
    for (const [r, what] of [[b, 'baseline'], [w, 'cyberlex ingest --frozen'], [c, 'cyberlex ingest --frozen, caches empty']]) {
      if (r.code !== 0) return report.skip(S, what, failure(r));
    }
    m.base.push(b.ms);
    m.warm.push(w.ms);
    m.cold.push(c.ms);
    m.baseRss.push(b.maxRssKb / 1024);
    m.warmRss.push(w.maxRssKb / 1024);
    m.coldRss.push(c.maxRssKb / 1024);
  }
  const warmRatio = ratio(m.warm, m.base);
  const coldRatio = ratio(m.cold, m.base);
  report.figure(S, 'baseline: read sources, write JSON (process)', { stats: summarize(m.base), unit: 'ms' });
  report.figure(S, 'cyberlex ingest --frozen, caches warm (process)', { stats: summarize(m.warm), unit: 'ms' });
  report.figure(S, 'ingest / baseline, caches warm', { stats: warmRatio, unit: '×', target: `≤ ${TARGET}×`, ok: warmRatio ? warmRatio.median <= TARGET : null });
  report.figure(S, 'cyberlex ingest --frozen, caches empty (process)', { stats: summarize(m.cold), unit: 'ms' });
  report.figure(S, 'ingest / baseline, caches empty', { stats: coldRatio, unit: '×', target: `≤ ${TARGET}×`, ok: coldRatio ? coldRatio.median <= TARGET : null });
  report.figure(S, 'peak RSS: baseline', { stats: summarize(m.baseRss), unit: 'MB' });
  report.figure(S, 'peak RSS: ingest, caches warm', { stats: summarize(m.warmRss), unit: 'MB' });
  report.figure(S, 'peak RSS: ingest, caches empty', { stats: summarize(m.coldRss), unit: 'MB' });

  // Where the time goes: the same ingestion in-process, timed from the inside.
  for (const [label, options, flags] of [
    ['caches warm', () => opts, []],
    ['caches empty', coldOpts, ['--no-cache']],
  ]) {
    const probes = [];
    for (let i = 0; i < runs; i++) {
      const o = options();
      const p = await timeNode([probe, repo, o.cwd, '--frozen', ...flags], o);
      const out = parseLine(p.stdout);
      if (!out?.ok) return report.skip(S, `stage times, ${label}`, out?.error ?? failure(p));
      probes.push(out);
    }
    report.figure(S, `${label}: node startup (process start → first module)`, { stats: summarize(probes.map((p) => p.bootMs)), unit: 'ms' });
    report.figure(S, `${label}: loading the pipeline's modules`, { stats: summarize(probes.map((p) => p.importMs)), unit: 'ms' });
    for (const stage of Object.keys(probes[0].stages)) {
      report.figure(S, `${label}: stage ${stage}`, { stats: summarize(probes.map((p) => p.stages[stage])), unit: 'ms' });
    }
    const staged = probes.map((p) => Object.values(p.stages).reduce((a, b) => a + b, 0));
    report.figure(S, `${label}: ingest() outside the stages (release, reading packages)`, { stats: summarize(probes.map((p, i) => p.ingestMs - staged[i])), unit: 'ms' });
    report.detail(S, `stages, ${label}`, Object.fromEntries(Object.keys(probes[0].stages).map((s) => [s, summarize(probes.map((p) => p.stages[s]))])));
    report.detail(S, `nodes, ${label}`, probes[0].nodes);
  }
}

export function parseLine(stdout) {
  const line = stdout.trim().split('\n').filter(Boolean).pop();
  try {
    return line ? JSON.parse(line) : null;
  } catch {
    return null;
  }
}
