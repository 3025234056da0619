/**
 * `cyberlex diff <ref> [--from D|V] [--to D|V] [--json]`: the word-level diff of two versions
 * of a provision (a version is its number 1..n or its date; any date picks the version in
 * force then; defaults: the first and the latest).
 * `cyberlex diff --base <dir|tarball> [--json]`: what changed in the data between a baseline
 * and the packages as built now.
 */
import { parseArgs } from 'node:util';
import {
  BaselineError,
  VersionSpecError,
  diffProvision,
  loadBaseline,
  packagesOnDisk,
  parseRef,
  planRelease,
  renderPackageRelease,
  renderProvisionDiff,
  useColour,
} from '@cyberlex/pipeline';
import { accessorFor, instrumentRef, loadDatasets, repoRoot } from '../repo.js';
import { CliError } from '../run.js';

export default async function diff(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, base: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (values.base !== undefined) {
    if (positionals.length > 0 || values.from !== undefined || values.to !== undefined) throw new CliError('diff --base compares whole packages; it takes no ref, --from or --to');
    return dataDiff(values.base, values.json);
  }
  const ref = positionals[0];
  if (!ref) throw new CliError('diff needs a ref (cyberlex diff rs-cc:199 --from 1 --to 2) or --base <dir|tarball>');
  return provisionDiff(ref, values.from, values.to, values.json);
}

function provisionDiff(ref: string, from: string | undefined, to: string | undefined, json: boolean): number {
  const parts = parseRef(ref);
  if (!parts || parts.article === null) throw new CliError(`unknown ref "${ref}"`);
  const articleRef = `${parts.instrument}:${parts.article}`;
  const loaded = loadDatasets();
  const accessor = accessorFor(loaded, articleRef);
  const article = accessor?.provision(articleRef);
  if (!accessor || !article || (parts.paragraph !== null && !accessor.provision(ref))) throw new CliError(`unknown ref "${ref}"`);
  if (article.versions.length === 0) throw new CliError(`"${ref}" has no versions to compare`);
  let result;
  try {
    result = diffProvision(article, { ref, paragraph: parts.paragraph, from, to, actRef: (iri) => instrumentRef(loaded, iri) });
  } catch (error) {
    if (error instanceof VersionSpecError) throw new CliError(`${ref}: ${error.message}`);
    throw error;
  }
  if (json) console.log(JSON.stringify(result, null, 2));
  else console.log(renderProvisionDiff(result, useColour(process.stdout)));
  return 0;
}

async function dataDiff(base: string, json: boolean): Promise<number> {
  const root = repoRoot();
  let baseline;
  try {
    baseline = await loadBaseline(base, root);
  } catch (error) {
    if (error instanceof BaselineError || (error as Error).name === 'TarballError') throw new CliError((error as Error).message);
    throw error;
  }
  const current = await packagesOnDisk(root);
  if (current.packages.size === 0) throw new CliError('no package data yet; run `npm run build` (or `cyberlex ingest`)');
  const releases = planRelease(baseline, current.packages);
  if (json) {
    const out = releases.map((r) => ({ package: r.package, status: r.status, bump: r.bump, changes: r.lines, diff: r.diff }));
    console.log(JSON.stringify({ base: baseline.label, packages: out }, null, 2));
    return 0;
  }
  console.log(`baseline: ${baseline.label}`);
  const colour = useColour(process.stdout);
  for (const r of releases) console.log(renderPackageRelease(r, colour));
  return 0;
}
