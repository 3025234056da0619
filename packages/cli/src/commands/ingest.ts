/** `cyberlex ingest [--frozen] [--allow-removals] [--quiet] [--json]`: build every package and dist/ from raw/. */
import { loadPipeline, requireRepository } from '../maintainer/repository.js';
import type { Action } from '../program.js';

const ingestCommand: Action = async (_args, options, ctx) => {
  const root = requireRepository('ingest');
  const { ingest } = await loadPipeline('ingest');
  // Like a lockfile in CI (pnpm's frozen-lockfile), CI refuses sources that differ from the manifest.
  // commander gives --frozen true, --no-frozen false, neither undefined.
  const frozen = (options.frozen as boolean | undefined) ?? process.env.CI === 'true';
  const json = options.json === true;
  // progress is not the answer: with --json it goes to stderr, so stdout stays one JSON document
  const log = options.quiet ? undefined : json ? ctx.err : ctx.out;
  const settings: Parameters<typeof ingest>[0] & { allowRemovals?: boolean } = { root, frozen, ...(log ? { log } : {}), ...(options.allowRemovals ? { allowRemovals: true } : {}) };
  const summary = await ingest(settings);
  if (json) {
    const { checks, nodes, packages, written, stages, ms, releases } = summary;
    const out = {
      sources: checks.map((c) => ({ file: `raw/${c.file}`, status: c.status, sha256: c.sha256 ?? null, recorded: c.recorded ?? null })),
      nodes,
      packages,
      written,
      stages,
      ms: Math.round(ms),
      releases: releases.map((r) => ({ package: r.package, status: r.status, bump: r.bump, changes: r.lines, changeset: r.written })),
    };
    ctx.out(JSON.stringify(out, null, 2));
    return 0;
  }
  for (const c of summary.checks.filter((c) => c.status !== 'unchanged')) {
    ctx.out(`source   raw/${c.file}: ${c.status}${c.status === 'changed' ? ` (sha256 ${c.recorded?.slice(0, 12)}… → ${c.sha256?.slice(0, 12)}…, recorded in raw/manifest.json)` : ''}`);
  }
  ctx.out(`done     ${summary.checks.length} sources, ${summary.nodes} nodes, ${summary.packages.length} packages, ${summary.written.length} files written, ${Math.round(summary.ms)} ms`);
  return 0;
};

export default ingestCommand;
