/**
 * The journal (emit/journal.ts), stopped at every step: whatever step a run dies at, recovery
 * leaves exactly the old files or exactly the new ones, and removes every staging folder.
 * (test/safety/kill.test.ts does the same with real ingests killed by SIGKILL.)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishGeneration, recoverGenerations, type PublishStep } from '../../pipeline/src/emit/journal.js';
import { acquireIngestLock, LOCK_FILE } from '../../pipeline/src/ingest/lock.js';
import { snapshot } from '../helpers/repo-copy.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'cyberlex-journal-'));
  dirs.push(d);
  return d;
}

const OLD = { 'packages/a/data.jsonld': 'old a', 'dist/graph.nq': 'old graph', 'raw/manifest.json': 'old manifest' };
const NEW = [
  { path: 'packages/a/data.jsonld', bytes: Buffer.from('new a') },
  { path: 'dist/graph.nq', bytes: Buffer.from('new graph') },
  { path: 'raw/manifest.json', bytes: Buffer.from('new manifest') },
  { path: '.changeset/data-a-0123456789.md', bytes: Buffer.from('---\n"@cyberlex/a": patch\n---\n') },
];

function oldTree(root: string) {
  for (const [path, text] of Object.entries(OLD)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
const outputs = (root: string) => {
  const s = snapshot(root);
  for (const k of [...s.keys()]) if (k.startsWith('/tmp/')) s.delete(k);
  return s;
};

class Stop extends Error {}

describe('publishing a generation with a journal', () => {
  const steps = 2 * NEW.length + 2;

  it.each(Array.from({ length: steps }, (_, k) => k))('stopped at step %i, recovery leaves one whole generation and no staging', async (k) => {
    const reference = scratch();
    oldTree(reference);
    const before = outputs(reference);
    await publishGeneration(reference, NEW);
    const after = outputs(reference);

    const root = scratch();
    oldTree(root);
    let n = 0;
    const seen: PublishStep[] = [];
    await expect(
      publishGeneration(root, NEW, (step) => {
        seen.push(step);
        if (n++ === k) throw new Stop();
      }),
    ).rejects.toBeInstanceOf(Stop);
    const recovery = await recoverGenerations(root);
    const committed = seen.some((s) => s.phase === 'commit') && seen.at(-1)!.phase !== 'commit';
    expect(outputs(root)).toEqual(committed ? after : before);
    expect(recovery.completed.length + recovery.removed.length).toBe(1);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    // a second recovery finds nothing to do
    expect(await recoverGenerations(root)).toEqual({ completed: [], removed: [] });
  });

  it('removes the staging folders of earlier versions (tmp/emit-*), which had no journal', async () => {
    const root = scratch();
    mkdirSync(join(root, 'tmp', 'emit-abc123', 'packages'), { recursive: true });
    writeFileSync(join(root, 'tmp', 'emit-abc123', 'packages', 'x'), 'half');
    expect(await recoverGenerations(root)).toEqual({ completed: [], removed: ['tmp/emit-abc123'] });
    expect(existsSync(join(root, 'tmp', 'emit-abc123'))).toBe(false);
  });

  it('refuses a journal it did not write, and a path that leaves the repository, in one line', async () => {
    const root = scratch();
    mkdirSync(join(root, 'tmp', 'generation-x'), { recursive: true });
    writeFileSync(join(root, 'tmp', 'generation-x', 'journal.json'), '{"version": 1, "files": [{"path": "../../etc/passwd", "sha256": "00"}]}');
    await expect(recoverGenerations(root)).rejects.toThrow(/^tmp\/generation-x\/journal\.json: expected an output path inside the repository, found "\.\.\/\.\.\/etc\/passwd"$/);
    writeFileSync(join(root, 'tmp', 'generation-x', 'journal.json'), '{"files": 3}');
    await expect(recoverGenerations(root)).rejects.toThrow(/^tmp\/generation-x\/journal\.json: expected a publication journal/);
  });

  it('refuses to finish a switch over a file changed since it was staged', async () => {
    const root = scratch();
    oldTree(root);
    await expect(publishGeneration(root, NEW, (s) => {
      if (s.phase === 'switch' && s.path === 'dist/graph.nq') throw new Stop();
    })).rejects.toBeInstanceOf(Stop);
    writeFileSync(join(root, 'packages/a/data.jsonld'), 'edited by hand');
    await expect(recoverGenerations(root)).rejects.toThrow(/packages\/a\/data\.jsonld to hold the bytes the interrupted publication staged/);
  });
});

describe('the ingest lock', () => {
  it('refuses a second ingest while one holds it, naming the holder, and frees it after', () => {
    const root = scratch();
    const release = acquireIngestLock(root);
    expect(() => acquireIngestLock(root)).toThrow(new RegExp(`^tmp/ingest\\.lock: expected no other ingest of this repository to be running \\(pid ${process.pid} on .+ holds the lock\\); wait for it to finish, or delete tmp/ingest\\.lock if no ingest runs$`));
    release();
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
    acquireIngestLock(root)();
  });

  it('takes over the lock of a process that is gone', () => {
    const root = scratch();
    mkdirSync(join(root, 'tmp'));
    // pid 2^22 + 1 is above Linux's pid_max: no such process
    writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid: 4194305, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const release = acquireIngestLock(root);
    expect(JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    release();
  });
});
