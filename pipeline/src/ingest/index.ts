/**
 * `cyberlex ingest`: raw/ → every package and dist/, stage by stage:
 * extract → segment → parse → link → validate → emit (→ release, for changed data).
 * Nothing is written unless every dataset validates and no package loses data it was not
 * told to; then the data, the manifest and the changesets land as one generation (emit/journal.ts),
 * under a lock that keeps a second ingest of the same repository out.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '@cyberlex/schema';
import { stringify } from '@cyberlex/schema/generate';
import { SourceError } from '../errors.js';
import { extract } from '../extract/index.js';
import { spannedText, type ExtractedSource } from '../extract/types.js';
import { link } from '../link/index.js';
import type { Graph } from '../model/graph.js';
import { createParseContext } from '../parse/context.js';
import { hasParser, parserFor } from '../parse/registry.js';
import { emit } from '../emit/index.js';
import { PACKAGES } from '../emit/packages.js';
import { readPreviousData } from '../emit/tombstones.js';
import { recoverGenerations, type StepHook } from '../emit/journal.js';
import { writeAtomically, type OutputFile } from '../emit/write.js';
import { committedBaseline, packagesOnDisk } from '../release/baseline.js';
import { planRelease, prepareRelease, releaseReport, type PackageData, type PackageRelease } from '../release/index.js';
import { MANIFEST_FILE, assertFrozen, checkSources, readManifest, recordHashes, type SourceCheck } from '../sources/registry.js';
import type { SourceTexts } from '../validate/index.js';
import { checkEnding } from '../parse/endings.js';
import { acquireIngestLock } from './lock.js';
import { openParseCache } from './parse-cache.js';
import { assertRemovalsAllowed, removals } from './removals.js';
import { legalHistoryFiles } from '../release/history-files.js';

export interface IngestOptions {
  root: string;
  frozen: boolean;
  /** Progress lines ("extract  5 sources  12 ms"). */
  log?: (line: string) => void;
  /** Build everything but write nothing (for checks and benchmarks). */
  dryRun?: boolean;
  /** Reuse what was derived before from the same input: graphs of sources parsed with the same text and code, N-Quads of the same datasets (default true). */
  cache?: boolean;
  /**
   * Let the run remove a package's data, or more than a share of its nodes (ingest/removals.ts);
   * without it such a run is refused as a likely truncated or dropped source. CLI: --allow-removals.
   */
  allowRemovals?: boolean;
  /** Called before each step of publishing the outputs (stage, commit, switch, done): for tests that stop a run there. */
  onPublishStep?: StepHook;
}

export interface IngestSummary {
  checks: SourceCheck[];
  nodes: number;
  packages: string[];
  written: string[];
  stages: Record<string, number>;
  ms: number;
  files: OutputFile[];
  /** Per package, what changed in the data against what it held before this run, and the changeset written. */
  releases: PackageRelease[];
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  if (options.dryRun) return run(options);
  const unlock = acquireIngestLock(options.root);
  try {
    // what a killed run left: finished if its generation was committed, removed if not
    const recovery = await recoverGenerations(options.root);
    for (const c of recovery.completed) options.log?.(`recover  finished publishing an interrupted run's ${c.files} files (${c.dir})`);
    if (recovery.removed.length > 0) options.log?.(`recover  removed ${recovery.removed.length} unfinished staging folder(s) of an interrupted run (${recovery.removed.join(', ')})`);
    return await run(options);
  } finally {
    unlock();
  }
}

async function run(options: IngestOptions): Promise<IngestSummary> {
  const { root } = options;
  const log = options.log ?? (() => {});
  const stages: Record<string, number> = {};
  const started = performance.now();
  const timed = async <T>(stage: string, detail: (t: T) => string, run: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await run();
    stages[stage] = (stages[stage] ?? 0) + performance.now() - t0;
    log(`${stage.padEnd(8)} ${detail(result)}  ${Math.round(performance.now() - t0)} ms`);
    return result;
  };

  const manifest = await readManifest(root, hasParser);
  const { checks, bytes } = await timed('check', (r) => summarizeChecks(r.checks), () => checkSources(root, manifest));
  if (options.frozen) assertFrozen(checks);
  const missing = checks.filter((c) => c.status === 'missing');
  if (missing.length > 0) throw new SourceError(MANIFEST_FILE, {}, `every listed source in raw/ (missing: ${missing.map((c) => c.file).join(', ')})`);
  const entries = recordHashes(manifest, checks).sources;

  const docs = await timed('extract', (d) => `${d.length} sources`, () =>
    Promise.all(entries.map((e) => extract(bytes.get(e.id)!, { source: e.id, file: `raw/${e.file}`, sha256: checks.find((c) => c.id === e.id)!.sha256! }))),
  );
  const cache = options.cache === false ? null : await openParseCache(root);
  const graphs = await timed('parse', (g) => `${g.length} documents${cache ? ` (${cache.hits} from cache)` : ''}`, () =>
    Promise.all(
      entries.map((entry, i) => {
        if (!hasParser(entry.kind)) throw new SourceError(entry.id, {}, `a document kind with a parser (kind "${entry.kind}" has none; see parse/registry.ts)`);
        // the ending is checked on every run, cached graph or not: a cut source never parses
        checkEnding(entry, docs[i]!);
        const parse = async () => (await parserFor(entry.kind))!(createParseContext(entry, docs[i]!));
        return cache ? cache.parse(entry, docs[i]!, parse) : parse();
      }),
    ),
  );
  const graph = await timed('link', (g: Graph) => `${countNodes(g)} nodes, ${g.conflicts.length} conflicts`, () => link(graphs, docs.map((d, i) => ({ source: d.source, sha256: d.sha256, text: spannedText(d), jurisdiction: entries[i]!.jurisdiction }))));
  const existing = await readExisting(root);
  const previous = await readPreviousData(root, PACKAGES);
  const baseline = await packagesOnDisk(root, PACKAGES, 'packages/', previous);
  const mediaTypes = new Map<string, Source['mediaType']>(docs.map((d) => [d.source, d.mediaType]));
  const extracted = new Map(docs.filter((d) => d.pages !== null).map((d) => [d.source, d.text]));
  const { files, datasets } = await timed('emit', (r) => `${r.files.length} files validated${unplacedNote(r.unplaced)}`, () =>
    emit({ graph, manifest: entries, mediaTypes, texts: sourceTexts(docs), existing, extracted, previous, cache: options.cache !== false }),
  );
  files.push(...(await legalHistoryFiles(PACKAGES, datasets, existing)));
  if (!options.frozen) files.push({ path: MANIFEST_FILE, content: stringify({ sources: entries }) });
  assertRemovalsAllowed(removals(baseline, datasets), options.allowRemovals === true);
  // release: what each package's data says now against the durable baseline
  const current = new Map<string, PackageData>(PACKAGES.map((spec) => [spec.name, { data: datasets.get(spec.name)!, schema: JSON.parse(files.find((f) => f.path === `packages/${spec.dir}/schema.json`)!.content) }]));
  const prepared = options.dryRun
    ? { releases: planRelease(baseline, current), files: [], owed: [] }
    : await prepareRelease(root, baseline, current, { committed: await committedBaseline(root, PACKAGES) });
  const releases = prepared.releases;
  for (const owed of prepared.owed) log(`release  ${owed}: a change since the last commit had no changeset; written again`);
  const generation = [...files, ...prepared.files];
  const report = options.dryRun
    ? { written: [], unchanged: generation.map((f) => f.path) }
    : await timed('write', (r) => `${r.written.length} written, ${r.unchanged.length} unchanged`, () => writeAtomically(root, generation, options.onPublishStep));
  const added = releases.filter((p) => p.status === 'added').length;
  if (added > 0) log(`release  ${added} new package${added === 1 ? '' : 's'}: the first CHANGELOG holds the legal history`);
  for (const r of releases.filter((p) => p.status === 'changed' || p.status === 'removed')) log(`release  ${releaseReport(r)}`);
  return {
    checks,
    nodes: countNodes(graph),
    packages: PACKAGES.map((p) => p.name),
    written: report.written,
    stages,
    ms: performance.now() - started,
    files,
    releases,
  };
}

export function countNodes(g: Graph): number {
  const versions = g.provisions.reduce((n, p) => n + p.versions.length, 0);
  return g.instruments.length + g.provisions.length + versions + g.statements.length + g.mappings.length + g.facts.length;
}

function summarizeChecks(checks: readonly SourceCheck[]): string {
  const by = (s: SourceCheck['status']) => checks.filter((c) => c.status === s).length;
  const parts = [`${by('unchanged')} unchanged`, by('changed') && `${by('changed')} changed`, by('missing') && `${by('missing')} missing`, by('not-listed') && `${by('not-listed')} not listed`];
  return parts.filter(Boolean).join(', ');
}

function sourceTexts(docs: readonly ExtractedSource[]): SourceTexts {
  const byId = new Map(docs.map((d) => [d.source, d]));
  return {
    text(source, page) {
      const doc = byId.get(source);
      if (!doc) return undefined;
      if (page === undefined) return doc.pages === null ? spannedText(doc) : undefined;
      return doc.pages?.find((p) => p.number === page)?.text;
    },
  };
}

async function readExisting(root: string): Promise<Map<string, { version?: string; changelog?: string }>> {
  const out = new Map<string, { version?: string; changelog?: string }>();
  for (const spec of PACKAGES) {
    const dir = join(root, 'packages', spec.dir);
    const pkg = await readFile(join(dir, 'package.json'), 'utf8').then((t) => JSON.parse(t) as { version?: string }).catch(() => null);
    const changelog = await readFile(join(dir, 'CHANGELOG.md'), 'utf8').catch(() => undefined);
    out.set(spec.dir, { ...(pkg?.version ? { version: pkg.version } : {}), ...(changelog !== undefined ? { changelog } : {}) });
  }
  return out;
}

/** "; 1475 nodes of 10 sources in no package (coe-…-xs-001, …)": what no package ships yet. */
function unplacedNote(unplaced: readonly { source: string; nodes: number }[]): string {
  if (unplaced.length === 0) return '';
  const nodes = unplaced.reduce((n, u) => n + u.nodes, 0);
  const names = unplaced.slice(0, 3).map((u) => u.source).join(', ');
  return `; ${nodes} nodes of ${unplaced.length} source(s) in no package (${names}${unplaced.length > 3 ? ', …' : ''})`;
}
