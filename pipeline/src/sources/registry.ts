/**
 * The source registry on disk: raw/manifest.json and the files beside it. Like `npm ci`
 * against a lockfile, a frozen check refuses any difference; an unfrozen one reports the
 * differences and records the new sha256 of changed files.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError, lineColumn } from '../errors.js';
import { jsonErrorOffset } from './json-position.js';
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

export async function readManifest(root: string): Promise<Manifest> {
  const path = join(root, MANIFEST_FILE);
  const text = await readFile(path, 'utf8').catch(() => {
    throw new SourceError(MANIFEST_FILE, {}, 'the source manifest (raw/manifest.json) to exist');
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError(MANIFEST_FILE, lineColumn(text, jsonErrorOffset(text)), 'valid JSON', (error as Error).message);
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(MANIFEST_FILE, {}, `a manifest entry shaped as documented (${issue.path.join('.')}: ${issue.message})`);
  }
  const ids = new Set<string>();
  for (const entry of parsed.data.sources) {
    if (ids.has(entry.id)) throw new SourceError(MANIFEST_FILE, {}, `unique source ids (${entry.id} is listed twice)`);
    ids.add(entry.id);
  }
  return parsed.data;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Compare raw/ with the manifest. Reads every listed file once; the bytes are returned for the next stage. */
export async function checkSources(root: string, manifest: Manifest): Promise<{ checks: SourceCheck[]; bytes: Map<string, Uint8Array> }> {
  const checks: SourceCheck[] = [];
  const bytes = new Map<string, Uint8Array>();
  for (const entry of manifest.sources) {
    const data = await readFile(join(root, 'raw', entry.file)).catch(() => null);
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
