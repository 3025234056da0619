/**
 * The site's input, read as a user of the packages reads it: each data package's `dataset`
 * export and its `changes.json`, plus the raw sources the provenance spans point into (the
 * repository's raw/, and dist/extracted/ for a PDF's extracted pages).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES } from '@cyberlex/pipeline';
import type { Change, Dataset, Source } from '@cyberlex/schema';

export interface PackageData {
  name: string;
  dir: string;
  title: string;
  dataset: Dataset;
  changes: Change[];
}

export interface SourceText {
  source: Source;
  /** The decoded raw text (text sources), or null for a PDF. */
  text: string | null;
  /** A PDF's extracted pages (page 1 first), as written to dist/extracted/; null for a text source. */
  pages: string[] | null;
}

export interface SiteData {
  root: string;
  packages: PackageData[];
  sources: Map<string, SourceText>;
  /** The JSON-LD context the packages share (inline in each data file). */
  context: unknown;
}

export class ExplorerError extends Error {
  override readonly name = 'ExplorerError';
}

/** The repository this package sits in (packages/explorer/lib → the root), or the nearest one above `from`. */
export function repoRoot(from?: string): string {
  const start = from ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'raw', 'manifest.json')) && existsSync(join(dir, 'packages'))) return dir;
    if (dirname(dir) === dir) throw new ExplorerError(`not inside a cyberlex repository (no raw/manifest.json above ${start})`);
  }
}

const require = createRequire(import.meta.url);

export async function loadSiteData(root: string): Promise<SiteData> {
  const packages: PackageData[] = [];
  for (const spec of PACKAGES) {
    let mod: { dataset?: Dataset };
    try {
      mod = (await import(spec.name)) as { dataset?: Dataset };
    } catch (e) {
      throw new ExplorerError(`${spec.name} cannot be loaded (${(e as Error).message.split('\n')[0]}); run \`npm run build\` first`);
    }
    if (!mod.dataset) throw new ExplorerError(`${spec.name} exports no dataset; run \`npm run build\` first`);
    const changesFile = require.resolve(`${spec.name}/changes.json`);
    const changes = JSON.parse(readFileSync(changesFile, 'utf8')) as Change[];
    packages.push({ name: spec.name, dir: spec.dir, title: spec.title, dataset: mod.dataset, changes });
  }
  const sources = new Map<string, SourceText>();
  for (const p of packages) {
    for (const source of p.dataset.sources) {
      if (sources.has(source.id)) continue;
      sources.set(source.id, readSource(root, source));
    }
  }
  // the context every package ships beside its data (the same one is inline in each data file)
  const first = packages[0];
  const context = first ? (JSON.parse(readFileSync(require.resolve(`${first.name}/context.jsonld`), 'utf8')) as { '@context': unknown })['@context'] : null;
  return { root, packages, sources, context };
}

function readSource(root: string, source: Source): SourceText {
  if (source.mediaType === 'application/pdf') {
    const file = join(root, 'dist', 'extracted', `${source.id}.txt`);
    if (!existsSync(file)) throw new ExplorerError(`${source.id} is a PDF whose extracted text (${file}) is missing; run \`npm run build\` first`);
    // the pipeline joins a PDF's pages with "\n\f\n"
    return { source, text: null, pages: readFileSync(file, 'utf8').split('\n\f\n') };
  }
  const file = join(root, source.file);
  if (!existsSync(file)) throw new ExplorerError(`source ${source.id}: ${source.file} is missing`);
  return { source, text: readFileSync(file, 'utf8'), pages: null };
}
