/**
 * `cyberlex changeset [--base <git-ref|dir|tarball>] [--json]`: write a changeset for each package
 * whose data changed since the baseline (default: the data committed at HEAD). File names are a
 * hash of their content and lines already pending are not repeated, so running it after
 * `cyberlex ingest` (which writes them too) adds nothing twice.
 */
import { loadPipeline, requireRepository } from '../maintainer/repository.js';
import type { Action } from '../program.js';
import { CliError } from '../run.js';

const changeset: Action = async (_args, options, ctx) => {
  const root = requireRepository('changeset');
  const { loadBaseline, packagesOnDisk, release, releaseReport } = await loadPipeline('changeset');
  const baseline = await loadBaseline(options.base as string, root);
  const current = await packagesOnDisk(root);
  if (current.packages.size === 0) throw new CliError('no package data yet; run `npm run build` (or `cyberlex ingest`)');
  const releases = await release(root, baseline, current.packages);
  const changed = releases.filter((r) => r.status !== 'unchanged');
  if (options.json) {
    const packages = changed.map((r) => ({ package: r.package, status: r.status, bump: r.bump, changes: r.lines, changeset: r.written, pending: r.pending }));
    ctx.out(JSON.stringify({ base: baseline.label, packages }, null, 2));
    return 0;
  }
  if (changed.length === 0) ctx.out(`no package data changed since ${baseline.label}; no changeset written`);
  for (const r of changed) ctx.out(releaseReport(r));
  return 0;
};

export default changeset;
