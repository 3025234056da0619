/**
 * One ingest publishes one generation of outputs — the packages' files, dist/, raw/manifest.json
 * and the changesets — as a unit, with a redo journal:
 *   1. stage: every changed file is written (and synced) under tmp/generation-…/files/;
 *   2. commit: tmp/generation-…/journal.json, listing each file and its sha256, lands by rename —
 *      the instant the new generation exists;
 *   3. switch: each staged file is renamed over its target;
 *   4. done: the journal is removed, then the staging folder.
 * A process killed before 2 leaves the old generation and a staging folder with no journal
 * (removed by the next run: rolled back); killed after 2, the next run finds the journal and
 * finishes the switch (rolled forward). Nothing else writes these outputs while the ingest lock
 * (ingest/lock.ts) is held, so a staged file that is gone has been renamed into place already.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { SourceError } from '../errors.js';

/** Where generations are staged, from the repository root (never committed: .gitignore has /tmp/). */
export const STAGING_DIR = 'tmp';
const GENERATION_PREFIX = 'generation-';
/** Staging folders of earlier versions, which renamed files one at a time with no journal. */
const LEGACY_PREFIX = 'emit-';
const JOURNAL = 'journal.json';

export interface StagedFile {
  /** Path from the repository root. */
  path: string;
  bytes: Uint8Array;
}

export interface JournalEntry {
  path: string;
  sha256: string;
}

/** Each step of a publication, as it is about to happen: for progress and for tests that stop a run there. */
export type PublishStep = { phase: 'stage' | 'switch'; path: string } | { phase: 'commit' | 'done' };

export type StepHook = (step: PublishStep) => void;

/** What recovery found in tmp/ and did about it. */
export interface Recovery {
  /** Generations whose journal was committed and whose switch was finished now. */
  completed: { dir: string; files: number }[];
  /** Staging folders with no committed journal, removed (their generation never existed). */
  removed: string[];
}

/** Publish `files` as one generation (see above). */
export async function publishGeneration(root: string, files: readonly StagedFile[], step: StepHook = () => {}): Promise<void> {
  if (files.length === 0) return;
  await mkdir(join(root, STAGING_DIR), { recursive: true });
  const dir = await mkdtemp(join(root, STAGING_DIR, GENERATION_PREFIX));
  const entries: JournalEntry[] = [];
  const handles: FileHandle[] = [];
  try {
    for (const file of files) {
      checkPath(file.path, dir);
      step({ phase: 'stage', path: file.path });
      const staged = join(dir, 'files', file.path);
      await mkdir(dirname(staged), { recursive: true });
      const handle = await open(staged, 'w');
      handles.push(handle);
      await handle.writeFile(file.bytes);
      entries.push({ path: file.path, sha256: sha256(file.bytes) });
    }
    // every staged byte on disk before the journal says the generation exists; synced together,
    // which the filesystem batches (one at a time costs a sync per file)
    await Promise.all(handles.map((h) => h.sync()));
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
  step({ phase: 'commit' });
  await writeSynced(join(dir, `${JOURNAL}.tmp`), Buffer.from(`${JSON.stringify({ version: 1, files: entries }, null, 1)}\n`));
  await rename(join(dir, `${JOURNAL}.tmp`), join(dir, JOURNAL));
  await syncDir(dir);
  await finish(root, dir, entries, step);
}

/**
 * Complete or roll back whatever an earlier run left in tmp/: run before anything reads the
 * outputs, with the ingest lock held.
 */
export async function recoverGenerations(root: string): Promise<Recovery> {
  const staging = join(root, STAGING_DIR);
  const recovery: Recovery = { completed: [], removed: [] };
  if (!existsSync(staging)) return recovery;
  const names = readdirSync(staging).filter((n) => n.startsWith(GENERATION_PREFIX) || n.startsWith(LEGACY_PREFIX)).sort();
  for (const name of names) {
    const dir = join(staging, name);
    const journal = name.startsWith(GENERATION_PREFIX) ? readJournal(dir, `${STAGING_DIR}/${name}/${JOURNAL}`) : null;
    if (journal) {
      await finish(root, dir, journal, () => {});
      recovery.completed.push({ dir: `${STAGING_DIR}/${name}`, files: journal.length });
    } else {
      await rm(dir, { recursive: true, force: true });
      recovery.removed.push(`${STAGING_DIR}/${name}`);
    }
  }
  return recovery;
}

/** Switch every file in (idempotent: a file already renamed is checked, not moved), then forget the journal. */
async function finish(root: string, dir: string, entries: readonly JournalEntry[], step: StepHook): Promise<void> {
  for (const entry of entries) {
    step({ phase: 'switch', path: entry.path });
    const staged = join(dir, 'files', entry.path);
    const target = join(root, entry.path);
    if (existsSync(staged)) {
      await mkdir(dirname(target), { recursive: true });
      await rename(staged, target);
    } else if (!sameHash(target, entry.sha256)) {
      throw new SourceError(`${STAGING_DIR}/${dir.split(/[\\/]/).pop()}/${JOURNAL}`, {}, `${entry.path} to hold the bytes the interrupted publication staged (it was changed meanwhile; remove the folder and run ingest again)`);
    }
  }
  step({ phase: 'done' });
  await unlink(join(dir, JOURNAL));
  await rm(dir, { recursive: true, force: true });
}

function readJournal(dir: string, label: string): JournalEntry[] | null {
  let text: string;
  try {
    text = readFileSync(join(dir, JOURNAL), 'utf8');
  } catch {
    return null; // no journal: the generation was never committed
  }
  const journal = (() => {
    try {
      return JSON.parse(text) as { version?: unknown; files?: unknown };
    } catch {
      return null;
    }
  })();
  const files = journal?.version === 1 && Array.isArray(journal.files) ? (journal.files as JournalEntry[]) : null;
  if (!files || !files.every((f) => typeof f?.path === 'string' && typeof f.sha256 === 'string')) {
    // the journal lands by rename, whole: a malformed one was not written by a publication
    throw new SourceError(label, {}, 'a publication journal ({"version": 1, "files": [{path, sha256}]}); remove its folder and run ingest again');
  }
  for (const f of files) checkPath(f.path, label);
  return files;
}

/** Journal and staged paths stay inside the repository: relative, with no "..". */
function checkPath(path: string, where: string): void {
  if (isAbsolute(path) || path.split(/[\\/]/).some((p) => p === '..' || p === '')) {
    throw new SourceError(where, {}, `an output path inside the repository, found ${JSON.stringify(path)}`);
  }
}

async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => {}); // not every platform syncs a directory
  await handle.close();
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function sameHash(path: string, hash: string): boolean {
  try {
    return sha256(readFileSync(path)) === hash;
  } catch {
    return false;
  }
}

