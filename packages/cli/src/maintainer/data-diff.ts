/** `cyberlex diff --base <git-ref|dir|tarball> [--exit-code] [--json]`: what changed in the data against a baseline. */
import type { Context } from '../program.js';
import { CliError, EXIT } from '../run.js';
import { colours } from '../terminal.js';
import { loadPipeline, requireRepository } from './repository.js';

export async function dataDiff(base: string, exitCode: boolean, json: boolean, ctx: Context): Promise<number> {
  const root = requireRepository('diff --base');
  const pipeline = await loadPipeline('diff --base');
  const baseline = await pipeline.loadBaseline(base, root);
  const current = await pipeline.packagesOnDisk(root);
  if (current.packages.size === 0) throw new CliError('no package data yet; run `npm run build` (or `cyberlex ingest`)');
  const releases = pipeline.planRelease(baseline, current.packages);
  const differ = releases.some((r) => r.status !== 'unchanged');
  if (json) {
    const packages = releases.map((r) => ({ package: r.package, status: r.status, bump: r.bump, changes: r.lines, diff: r.diff }));
    ctx.out(JSON.stringify({ base: baseline.label, differ, packages }, null, 2));
  } else {
    ctx.out(`baseline: ${baseline.label}`);
    const colour = colours().isColorSupported;
    for (const r of releases) ctx.out(pipeline.renderPackageRelease(r, colour));
  }
  return exitCode && differ ? EXIT.failure : EXIT.ok;
}
