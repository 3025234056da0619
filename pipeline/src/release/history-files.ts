/**
 * The release stage's files beside the data: each package's legal history as data
 * (changes.json, validated) and, for a package with no CHANGELOG yet, its first CHANGELOG,
 * which holds that history. An existing CHANGELOG is kept: changesets write it.
 */
import type { Dataset } from '@cyberlex/schema';
import { stringify } from '@cyberlex/schema/generate';
import { FIRST_VERSION } from '../emit/package-json.js';
import type { PackageSpec } from '../emit/packages.js';
import type { OutputFile } from '../emit/write.js';
import { validateChanges } from '../validate/index.js';
import { initialChangelog, packageChanges } from './changes.js';

export async function legalHistoryFiles(
  specs: readonly PackageSpec[],
  datasets: ReadonlyMap<string, Dataset>,
  existing: ReadonlyMap<string, { version?: string; changelog?: string }>,
): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const spec of specs) {
    const data = datasets.get(spec.name);
    if (!data) continue;
    const own = existing.get(spec.dir);
    // the legal history the data holds, and the entries of each release the CHANGELOG records
    const changes = packageChanges(data, own?.changelog);
    await validateChanges(spec.name, changes);
    const dir = `packages/${spec.dir}`;
    files.push(
      { path: `${dir}/changes.json`, content: stringify(changes) },
      { path: `${dir}/CHANGELOG.md`, content: own?.changelog ?? initialChangelog(spec.name, own?.version ?? FIRST_VERSION, changes) },
    );
  }
  return files;
}
