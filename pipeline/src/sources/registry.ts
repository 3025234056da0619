/**
 * The source registry on disk: raw/manifest.json and the files beside it. Like `npm ci`
 * against a lockfile, a frozen check refuses any difference; an unfrozen one reports the
 * differences and records the new sha256 of changed files.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError, lineColumn } from '../errors.js';
import { confinedSource, inside, rawRealPath } from './confine.js';
import { jsonErrorOffset, jsonPathOffset } from '../model/json-position.js';
import { Manifest, type ManifestEntry } from './manifest.js';

export const MANIFEST_FILE = 'raw/manifest.json';

export type SourceStatus = 'unchanged' | 'changed' | 'missing' | 'not-listed';

export interface SourceCheck {
  id: string | null;
  file: string;
  status: SourceStatus;
  sha256: string | null;
  /** The manifest's sha256, for changed files. */
  recorded: string | null;
}

/**
 * Read and check raw/manifest.json. `isKind` says which document kinds have a parser (the parse
 * stage's registry, handed in by the caller: the manifest stage comes before parsing).
 */
export async function readManifest(root: string, isKind: (kind: string) => boolean = () => true): Promise<Manifest> {
  const rawReal = await rawRealPath(root);
  // the manifest itself is a source of the build: a link out of raw/ is refused like any other
  const path = await realpath(join(root, MANIFEST_FILE)).catch(() => null);
  if (path === null) throw new SourceError(MANIFEST_FILE, {}, 'the source manifest (raw/manifest.json) to exist');
  if (!inside(rawReal, path)) throw new SourceError(MANIFEST_FILE, {}, 'the manifest to be a file inside raw/ (it is a link that leads outside)');
  const text = await readFile(path, 'utf8').catch(() => {
    throw new SourceError(MANIFEST_FILE, {}, 'the source manifest (raw/manifest.json) to be readable');
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError(MANIFEST_FILE, lineColumn(text, jsonErrorOffset(text)), 'valid JSON', (error as Error).message);
  }
  const at = (path: readonly PropertyKey[]) => {
    return lineColumn(text, jsonPathOffset(text, path));
  };
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(MANIFEST_FILE, at(issue.path), `a manifest entry shaped as documented (${issue.path.join('.')}: ${issue.message})`);
  }
  if (parsed.data.sources.length === 0) {
    throw new SourceError(MANIFEST_FILE, at(['sources']), 'at least one source (an empty manifest would empty every package)');
  }
  const ids = new Set<string>();
  for (const [i, entry] of parsed.data.sources.entries()) {
    if (ids.has(entry.id)) throw new SourceError(MANIFEST_FILE, at(['sources', i, 'id']), `unique source ids (${entry.id} is listed twice)`);
    ids.add(entry.id);
    // an own property of the registry: "toString" or "__proto__" is no kind
    if (!isKind(entry.kind)) throw new SourceError(MANIFEST_FILE, at(['sources', i, 'kind']), `a document kind with a parser for source "${entry.id}" (kind ${JSON.stringify(entry.kind)} has none; see parse/registry.ts)`);
  }
  manifestPositions.set(parsed.data, (i) => at(['sources', i, 'file']));
  return parsed.data;
}

/** Where each entry's `file` stands in the manifest text, for errors about it. */
const manifestPositions = new WeakMap<Manifest, (index: number) => { line?: number; column?: number }>();

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Compare raw/ with the manifest. Reads every listed file once; the bytes are returned for the next stage. */
export async function checkSources(root: string, manifest: Manifest): Promise<{ checks: SourceCheck[]; bytes: Map<string, Uint8Array> }> {
  const checks: SourceCheck[] = [];
  const bytes = new Map<string, Uint8Array>();
  const rawReal = await rawRealPath(root);
  const position = manifestPositions.get(manifest) ?? (() => ({}));
  // every entry is confined before any is opened: an escape is refused with nothing read
  const paths = await Promise.all(manifest.sources.map((entry, i) => confinedSource(rawReal, root, entry.id, entry.file, position(i))));
  for (const [i, entry] of manifest.sources.entries()) {
    const real = paths[i]!.path;
    const data = real === null ? null : await readFile(real).catch(() => null);
    if (!data) {
      checks.push({ id: entry.id, file: entry.file, status: 'missing', sha256: null, recorded: entry.sha256 });
      continue;
    }
    const hash = sha256(data);
    bytes.set(entry.id, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    checks.push({ id: entry.id, file: entry.file, status: hash === entry.sha256 ? 'unchanged' : 'changed', sha256: hash, recorded: entry.sha256 });
  }
  const listed = new Set(manifest.sources.map((e) => e.file));
  for (const file of (await readdir(join(root, 'raw'))).sort()) {
    if (file === 'manifest.json' || file.startsWith('.') || file.toLowerCase() === 'readme.md' || listed.has(file)) continue;
    checks.push({ id: null, file, status: 'not-listed', sha256: null, recorded: null });
  }
  return { checks, bytes };
}

/** Under --frozen, any difference stops ingestion, naming each one. */
export function assertFrozen(checks: readonly SourceCheck[]): void {
  const problems = checks.filter((c) => c.status !== 'unchanged');
  if (problems.length === 0) return;
  const lines = problems.map((c) =>
    c.status === 'changed'
      ? `raw/${c.file}: sha256 ${c.sha256} differs from the manifest's ${c.recorded}`
      : c.status === 'missing'
        ? `raw/${c.file}: listed in raw/manifest.json but missing`
        : `raw/${c.file}: present but not listed in raw/manifest.json`,
  );
  throw new SourceError(MANIFEST_FILE, {}, `every source to match the manifest (--frozen); run \`cyberlex ingest\` to record changes:\n  ${lines.join('\n  ')}`);
}

/** The manifest with the new sha256 of changed files recorded. */
export function recordHashes(manifest: Manifest, checks: readonly SourceCheck[]): Manifest {
  const next = new Map(checks.filter((c) => c.status === 'changed' && c.id).map((c) => [c.id!, c.sha256!]));
  return { sources: manifest.sources.map((e: ManifestEntry) => (next.has(e.id) ? { ...e, sha256: next.get(e.id)! } : e)) };
}
