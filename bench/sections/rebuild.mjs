/**
 * A no-op rebuild: `npm run build` in the repository with nothing changed is a turbo cache
 * hit (every task "cached"), held to ≤ 1 s. Measured after one warm build, in the real
 * repository (turbo's cache and hashes are of the real tree). Also `turbo run` without npm
 * in front, and `turbo --version`: the floor any turbo invocation pays.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { failure, timeProcess } from '../lib/spawn.mjs';
import { summarize } from '../lib/stats.mjs';

const S = 'no-op rebuild';
const TARGET_MS = 1000;

export async function benchRebuild(ctx) {
  const { repo, runs, report, log } = ctx;
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const turbo = join(repo, 'node_modules', '.bin', 'turbo');
  if (!existsSync(turbo)) return report.skip(S, 'npm run build', 'turbo is not installed (node_modules/.bin/turbo): run `npm ci`');

  log('warm build (npm run build) …');
  const warm = await timeProcess('npm', ['run', 'build'], { cwd: repo, env, timeoutMs: 600_000 });
  report.detail(S, 'warm build', { ms: Math.round(warm.ms), code: warm.code, ...turboSummary(warm.stdout) });
  if (warm.code !== 0) {
    report.skip(S, 'npm run build', `the build fails, so there is nothing to rebuild: ${failure(warm)}`);
    return boundWhileBroken(ctx, turbo, env);
  }

  const npmRuns = [];
  const turboRuns = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    const n = await timeProcess('npm', ['run', 'build'], { cwd: repo, env });
    const t = await timeProcess(turbo, ['run', 'build', 'ingest', '--output-logs=errors-only'], { cwd: repo, env });
    const v = await timeProcess(turbo, ['--version'], { cwd: repo, env });
    for (const r of [n, t, v]) if (r.code !== 0) return report.skip(S, 'npm run build', failure(r));
    npmRuns.push({ ms: n.ms, ...turboSummary(n.stdout) });
    turboRuns.push({ ms: t.ms, ...turboSummary(t.stdout) });
    floor.push(v.ms);
  }
  const hits = npmRuns.filter((r) => r.cached !== null && r.cached === r.total).length;
  const npmStats = summarize(npmRuns.map((r) => r.ms));
  report.figure(S, `npm run build, nothing changed (${hits} of ${runs} runs all cached)`, {
    stats: npmStats,
    unit: 'ms',
    target: `≤ ${TARGET_MS} ms, cache hit`,
    ok: hits === runs && npmStats.median <= TARGET_MS,
  });
  report.figure(S, 'turbo run build ingest (no npm)', { stats: summarize(turboRuns.map((r) => r.ms)), unit: 'ms' });
  report.figure(S, 'turbo --version (turbo startup floor)', { stats: summarize(floor), unit: 'ms' });
  report.detail(S, 'runs', npmRuns);
  if (hits < runs) {
    const missed = npmRuns.find((r) => r.cached !== r.total);
    report.note(S, `not a full cache hit: turbo says "${missed?.line ?? 'no summary'}" — something the build writes is also one of its inputs, or the tree changed while measuring`);
  }
}

/** turbo's summary lines: "Tasks: 5 successful, 5 total", "Cached: 5 cached, 5 total". */
export function turboSummary(stdout) {
  const text = stdout.replace(/\u001b\[[0-9;]*m/g, '');
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(text);
  return { cached: cached ? Number(cached[1]) : null, total: cached ? Number(cached[2]) : null, line: cached?.[0] ?? null, fullTurbo: text.includes('FULL TURBO') };
}

/**
 * While the work tree does not build, the same measurement on the last commit: HEAD
 * exported (git archive) to a temp dir with the repository's node_modules linked in (but
 * the workspace links pointing at the copy's own packages), one
 * warm `npm run build` there, then the no-op rebuilds. The figure is then for HEAD's code.
 */
async function boundWhileBroken(ctx, turbo, env) {
  const { repo, scratch, runs, report, log } = ctx;
  const copy = mkdtempSync(join(scratch, 'head-'));
  const exported = await timeProcess('sh', ['-c', `git -C "${repo}" archive --format=tar HEAD | tar -x -C "${copy}"`]);
  if (exported.code !== 0) return report.skip(S, 'npm run build at HEAD', `git archive fails: ${failure(exported)}`);
  linkNodeModules(repo, copy);
  log('warm build of HEAD in a temp copy …');
  const warm = await timeProcess('npm', ['run', 'build'], { cwd: copy, env, timeoutMs: 600_000 });
  if (warm.code !== 0) {
    report.skip(S, 'npm run build at HEAD', `HEAD does not build either: ${failure(warm)}`);
    return turboBound(ctx, turbo, env);
  }
  const npmRuns = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    const n = await timeProcess('npm', ['run', 'build'], { cwd: copy, env });
    const v = await timeProcess(turbo, ['--version'], { cwd: copy, env });
    if (n.code !== 0) return report.skip(S, 'npm run build at HEAD', failure(n));
    npmRuns.push({ ms: n.ms, ...turboSummary(n.stdout) });
    floor.push(v.ms);
  }
  const hits = npmRuns.filter((r) => r.cached !== null && r.cached === r.total).length;
  const stats = summarize(npmRuns.map((r) => r.ms));
  report.figure(S, `npm run build at HEAD (temp copy), nothing changed (${hits} of ${runs} runs all cached)`, {
    stats,
    unit: 'ms',
    target: `≤ ${TARGET_MS} ms, cache hit`,
    ok: hits === runs && stats.median <= TARGET_MS,
  });
  report.figure(S, 'turbo --version (turbo startup floor)', { stats: summarize(floor), unit: 'ms' });
  report.detail(S, 'runs at HEAD', npmRuns);
  report.note(S, 'the work tree does not build, so the no-op rebuild was measured on HEAD exported to a temp copy');
  if (hits < runs) report.note(S, `not a full cache hit at HEAD: turbo says "${npmRuns.find((r) => r.cached !== r.total)?.line ?? 'no summary'}"`);
}

/**
 * The copy's node_modules: every installed package linked to the repository's, except the
 * workspace links (@cyberlex/*, relative links to ../../packages/…), copied as links so
 * that they resolve to the copy's packages, and no shared .cache.
 */
function linkNodeModules(repo, copy) {
  const from = join(repo, 'node_modules');
  const to = join(copy, 'node_modules');
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    if (name === '.cache') continue;
    if (name === '@cyberlex') cpSync(join(from, name), join(to, name), { recursive: true, verbatimSymlinks: true });
    else symlinkSync(join(from, name), join(to, name));
  }
}

/**
 * When neither the work tree nor HEAD builds, the bound that is left: a no-op
 * `turbo run build` of the package at the root of the graph (a cache hit once built) in the
 * repository, and turbo's own startup.
 */
async function turboBound(ctx, turbo, env) {
  const { repo, runs, report } = ctx;
  const args = ['run', 'build', '--filter=@cyberlex/schema', '--output-logs=errors-only'];
  const first = await timeProcess(turbo, args, { cwd: repo, env, timeoutMs: 300_000 });
  if (first.code !== 0) return report.skip(S, 'turbo run build --filter=@cyberlex/schema', failure(first));
  const hit = [];
  const floor = [];
  let cached = 0;
  for (let i = 0; i < runs; i++) {
    const r = await timeProcess(turbo, args, { cwd: repo, env });
    const v = await timeProcess(turbo, ['--version'], { cwd: repo, env });
    const t = turboSummary(r.stdout);
    if (t.cached !== null && t.cached === t.total) cached++;
    hit.push(r.ms);
    floor.push(v.ms);
  }
  report.figure(S, `bound: turbo run build --filter=@cyberlex/schema, no-op (${cached} of ${runs} cached)`, { stats: summarize(hit), unit: 'ms' });
  report.figure(S, 'turbo --version (turbo startup floor)', { stats: summarize(floor), unit: 'ms' });
  const npm = [];
  for (let i = 0; i < runs; i++) npm.push((await timeProcess('npm', ['--version'], { cwd: repo, env })).ms);
  report.figure(S, 'npm --version (npm startup floor)', { stats: summarize(npm), unit: 'ms' });
}
