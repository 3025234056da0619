/**
 * `cyberlex changeset [--base <git-ref|dir|tarball>]`: write a changeset for each package whose
 * data changed since the baseline (default: the data committed at HEAD). File names are a hash
 * of their content and lines already pending are not repeated, so running it after
 * `cyberlex ingest` (which writes them too) adds nothing twice.
 */
import { parseArgs } from 'node:util';
import { BaselineError, loadBaseline, packagesOnDisk, release, releaseReport } from '@cyberlex/pipeline';
import { repoRoot } from '../repo.js';
import { CliError } from '../run.js';

export default async function changeset(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { base: { type: 'string', default: 'HEAD' } } });
  const root = repoRoot();
  let baseline;
  try {
    baseline = await loadBaseline(values.base, root);
  } catch (error) {
    if (error instanceof BaselineError || (error as Error).name === 'TarballError') throw new CliError((error as Error).message);
    throw error;
  }
  const current = await packagesOnDisk(root);
  if (current.packages.size === 0) throw new CliError('no package data yet; run `npm run build` (or `cyberlex ingest`)');
  const releases = await release(root, baseline, current.packages);
  const changed = releases.filter((r) => r.status !== 'unchanged');
  if (changed.length === 0) console.log(`no package data changed since ${baseline.label}; no changeset written`);
  for (const r of changed) console.log(releaseReport(r));
  return 0;
}
