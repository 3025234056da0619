/**
 * Writing output so nothing half-written lands: the files whose bytes differ from what is on
 * disk are published as one generation through the journal (./journal.ts) — a run killed at any
 * instant leaves the old outputs or the new ones, and the next run finishes or discards what it
 * finds. Files whose bytes are unchanged are not touched.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { publishGeneration, type StagedFile, type StepHook } from './journal.js';

export interface OutputFile {
  /** Path from the repository root. */
  path: string;
  content: string;
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
}

export async function writeAtomically(root: string, files: readonly OutputFile[], step?: StepHook): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [] };
  const changed: StagedFile[] = [];
  for (const file of files) {
    // Compared as bytes, and read only when the sizes agree: decoding a large file to compare it as text costs more than writing it.
    const bytes = Buffer.from(file.content, 'utf8');
    if (sameBytes(`${root}/${file.path}`, bytes)) report.unchanged.push(file.path);
    else changed.push({ path: file.path, bytes });
  }
  await publishGeneration(root, changed, step);
  report.written.push(...changed.map((f) => f.path));
  return report;
}

/**
 * Synchronous: a rerun compares ~85 mostly small files, and a round trip to the thread pool
 * for each stat and read cost more than the reads themselves.
 */
function sameBytes(path: string, bytes: Buffer): boolean {
  try {
    return statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false; // missing or unreadable: written afresh
  }
}

export function repoPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
