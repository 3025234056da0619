/** Finding the repository and loading the built datasets from its packages. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createAccessor } from '@cyberlex/pipeline/accessor';
import { PACKAGES } from '@cyberlex/pipeline';
import type { Dataset } from '@cyberlex/schema';
import { CliError } from './run.js';

export function repoRoot(from = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'raw', 'manifest.json')) && existsSync(join(dir, 'packages'))) return dir;
    if (dirname(dir) === dir) throw new CliError('not inside a cyberlex repository (no raw/manifest.json above this folder)');
  }
}

export type Accessor = ReturnType<typeof createAccessor>;

export interface Loaded {
  root: string;
  datasets: Map<string, Dataset>;
  accessors: Map<string, Accessor>;
}

export function loadDatasets(root = repoRoot()): Loaded {
  const datasets = new Map<string, Dataset>();
  const accessors = new Map<string, Accessor>();
  for (const spec of PACKAGES) {
    const file = join(root, 'packages', spec.dir, 'data.jsonld');
    if (!existsSync(file)) throw new CliError(`${spec.name} has no data yet; run \`npm run build\` (or \`cyberlex ingest\`)`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    datasets.set(spec.name, data);
    accessors.set(spec.name, createAccessor(data));
  }
  return { root, datasets, accessors };
}

/** The accessor whose package holds an instrument's provisions (the one the ref's instrument lives in). */
export function accessorFor(loaded: Loaded, ref: string): Accessor | undefined {
  const instrument = ref.split(':')[0]!;
  for (const accessor of loaded.accessors.values()) {
    const node = accessor.instrument(instrument);
    if (node && accessor.provisions().some((p) => p.instrument === node['@id'])) return accessor;
  }
  return undefined;
}

/** An instrument IRI → its ref, across all packages. */
export function instrumentRef(loaded: Loaded, iri: string): string {
  for (const accessor of loaded.accessors.values()) {
    const node = accessor.instrumentById(iri);
    if (node) return node.ref;
  }
  return iri;
}
