/**
 * Emit stage: the linked graph → the files of every package and of dist/, all validated
 * before the first byte is written. The legal history beside each package's data
 * (changes.json, the first CHANGELOG) is the release stage's (release/history-files.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Dataset, Source } from '@cyberlex/schema';
import { contextDocument, datasetJsonSchema, changesJsonSchema, datasetDeclarations, stringify } from '@cyberlex/schema/generate';
import { cacheDir, readCached, saveCached } from '../cache.js';
import type { Graph } from '../model/graph.js';
import type { ManifestEntry } from '../sources/manifest.js';
import { type SourceTexts, ValidationError, validateDataset } from '../validate/index.js';
import { ACCESSOR_FILES, accessorCommonJs, accessorDeclarations, accessorFile, accessorModule } from './accessor.js';
import { buildDataset } from './dataset.js';
import { downloads } from './downloads.js';
import { packageLicense } from './license.js';
import { aknDocuments, validateAknDocuments } from './akn/index.js';
import { FIRST_VERSION, instrumentDirectory, packageFiles, packageJson } from './package-json.js';
import { PACKAGES, type PackageSpec } from './packages.js';
import { packageReadme } from './readme.js';
import { selectPackageGraph } from './select.js';
import { toNQuads } from './nquads.js';
import { liveIds, tombstones } from './tombstones.js';
import type { OutputFile } from './write.js';

export interface EmitInput {
  graph: Graph;
  manifest: readonly ManifestEntry[];
  mediaTypes: ReadonlyMap<string, Source['mediaType']>;
  texts: SourceTexts;
  /** Existing package.json versions and CHANGELOGs, by package dir (kept: changesets owns them). */
  existing: ReadonlyMap<string, { version?: string; changelog?: string }>;
  /** Extracted texts of PDF sources, written to dist/extracted/ so PDF spans can be checked. */
  extracted: ReadonlyMap<string, string>;
  /** Each package's data.jsonld before this build, by package dir: ids it had and this build lacks become tombstones. */
  previous?: ReadonlyMap<string, unknown>;
  /** Reuse the N-Quads of the same datasets (default true). */
  cache?: boolean;
}

export interface EmitResult {
  files: OutputFile[];
  datasets: Map<string, Dataset>;
  /**
   * Nodes no package holds, by the source they come from: a source of a jurisdiction or kind no
   * package in pipeline/data/packages.json is for (another country's profile) is parsed, linked and validated,
   * but has no package to ship in until one is added there. Said, never dropped silently.
   */
  unplaced: { source: string; nodes: number }[];
}

export async function emit(input: EmitInput, specs: readonly PackageSpec[] = PACKAGES): Promise<EmitResult> {
  const files: OutputFile[] = [];
  const datasets = new Map<string, Dataset>();
  const schema = stringify(datasetJsonSchema());
  const context = stringify(contextDocument());
  const types = datasetDeclarations();
  // Every package is built before any is validated: an id that moved to another package is not a removal.
  const built = specs.map((spec) => ({ spec, data: buildDataset(spec, selectPackageGraph(input.graph, spec, specs), input.manifest, input.mediaTypes) }));
  const live = liveIds(built.map((b) => b.data));
  const directory = instrumentDirectory(built);
  const commonJs = accessorCommonJs(directory);
  const shipped = ACCESSOR_FILES.map((name) => ({ name, content: accessorFile(name) }));
  const emitted: { spec: PackageSpec; data: Dataset; json: string }[] = [];
  const akn: OutputFile[] = [];
  for (const { spec, data: fresh } of built) {
    const version = input.existing.get(spec.dir)?.version ?? FIRST_VERSION;
    const data: Dataset = { ...fresh, tombstones: tombstones(input.previous?.get(spec.dir) ?? null, fresh, { version, live }) };
    await validateDataset(spec.name, data, input.texts);
    datasets.set(spec.name, data);
    const existing = input.existing.get(spec.dir) ?? null;
    const dir = `packages/${spec.dir}`;
    const json = stringify(data);
    const dts = accessorDeclarations(data, types, directory);
    const documents = aknDocuments(data);
    akn.push(...documents.map((d) => ({ path: `${dir}/${d.path}`, content: d.content })));
    emitted.push({ spec, data, json });
    files.push(
      // data.json for JavaScript (a JSON module every runtime and bundler imports), data.jsonld for JSON-LD tools
      { path: `${dir}/data.json`, content: json },
      { path: `${dir}/data.jsonld`, content: json },
      { path: `${dir}/context.jsonld`, content: context },
      { path: `${dir}/schema.json`, content: schema },
      { path: `${dir}/index.js`, content: accessorModule(directory) },
      { path: `${dir}/index.cjs`, content: commonJs },
      { path: `${dir}/index.d.ts`, content: dts },
      { path: `${dir}/index.d.cts`, content: dts },
      ...shipped.map((f) => ({ path: `${dir}/${f.name}`, content: f.content })),
      { path: `${dir}/README.md`, content: packageReadme(spec, data, version) },
      { path: `${dir}/LICENSE`, content: packageLicense(spec, data) },
      { path: `${dir}/package.json`, content: packageJson(spec, data, existing, packageFiles(documents)) },
      { path: `dist/${spec.dir}.jsonld`, content: json },
    );
  }
  await validateAkn(akn, input.cache !== false);
  files.push(...akn);
  const graph = await toNQuads([...datasets.values()], { cache: input.cache !== false });
  files.push(
    { path: 'dist/schema.json', content: schema },
    { path: 'dist/changes.schema.json', content: stringify(changesJsonSchema()) },
    { path: 'dist/context.jsonld', content: context },
    { path: 'dist/conflicts.json', content: stringify(input.graph.conflicts) },
    { path: 'dist/graph.nq', content: graph },
    ...downloads(emitted, graph, directory),
  );
  for (const [source, text] of input.extracted) files.push({ path: `dist/extracted/${source}.txt`, content: text });
  return { files, datasets, unplaced: unplacedBySource(input.graph, live) };
}

/**
 * Every Akoma Ntoso document against the OASIS schema, before anything is written: one schema
 * load for all. Documents proven valid before (the same bytes) are not proven again.
 */
async function validateAkn(documents: readonly OutputFile[], cache: boolean): Promise<void> {
  if (documents.length === 0) return;
  const hash = createHash('sha256');
  for (const d of documents) hash.update(`${d.path}\0${d.content}\0`);
  const dir = cache ? cacheDir() : null;
  const proof = dir ? join(dir, `akn-valid-${hash.digest('hex').slice(0, 32)}.txt`) : null;
  if (proof && readCached(proof) !== null) return;
  const problems = [...(await validateAknDocuments(documents.map((d) => ({ path: d.path, content: d.content }))))].filter(([, errors]) => errors.length > 0);
  if (problems.length > 0) throw new ValidationError('Akoma Ntoso', problems.map(([path, errors]) => `${path}: ${errors.slice(0, 3).join('; ')}`));
  if (proof) saveCached(proof, 'valid\n', 4);
}

function unplacedBySource(graph: EmitInput['graph'], live: ReadonlySet<string>): EmitResult['unplaced'] {
  const bySource = new Map<string, number>();
  for (const node of [...graph.instruments, ...graph.provisions, ...graph.statements, ...graph.mappings, ...graph.facts]) {
    if (live.has(node['@id'])) continue;
    const source = node.provenance[0]?.source ?? '(no provenance)';
    bySource.set(source, (bySource.get(source) ?? 0) + 1);
  }
  return [...bySource].sort(([a], [b]) => a.localeCompare(b)).map(([source, nodes]) => ({ source, nodes }));
}
