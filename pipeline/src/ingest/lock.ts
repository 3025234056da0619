/**
 * One ingest at a time per repository: tmp/ingest.lock, created exclusively, holds the pid and
 * host of the run that owns the outputs. A second ingest is refused at once with a message that
 * names the holder, never left waiting. A lock whose process is gone (killed) is taken over.
 */
import { hostname } from 'node:os';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from '../errors.js';
import { STAGING_DIR } from '../emit/journal.js';

export const LOCK_FILE = `${STAGING_DIR}/ingest.lock`;

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** Take the lock, or throw naming who holds it. Returns the release function. */
export function acquireIngestLock(root: string): () => void {
  const path = join(root, LOCK_FILE);
  mkdirSync(join(root, STAGING_DIR), { recursive: true });
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, `${JSON.stringify(me)}\n`);
      } finally {
        closeSync(fd);
      }
      return () => {
        if (readHolder(path)?.pid === me.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    const stale = holder ? holder.host === me.host && !alive(holder.pid) : olderThan(path, 10_000);
    if (stale) {
      rmSync(path, { force: true }); // its process is gone (killed), or it died between creating and writing it
      continue;
    }
    // A lock being written this instant has no holder yet: refused like a held one.
    const who = holder ? `pid ${holder.pid} on ${holder.host}, since ${holder.since}` : 'a run starting now';
    throw new SourceError(LOCK_FILE, {}, `no other ingest of this repository to be running (${who} holds the lock); wait for it to finish, or delete ${LOCK_FILE} if no ingest runs`);
  }
  throw new SourceError(LOCK_FILE, {}, `to take the ingest lock (another run took it first); run ingest again`);
}

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? { pid: h.pid, host: h.host, since: String(h.since) } : null;
  } catch {
    return null;
  }
}

function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return true;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}
