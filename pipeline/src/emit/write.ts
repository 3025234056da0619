/**
 * Writing output so nothing half-written lands: every file is first written under a
 * temporary directory beside the targets (same filesystem), and only when all of them
 * are written are they renamed into place. Files whose bytes are unchanged are not touched.
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

export interface OutputFile {
  /** Path from the repository root. */
  path: string;
  content: string;
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
}

export async function writeAtomically(root: string, files: readonly OutputFile[], staging = join(root, 'tmp')): Promise<WriteReport> {
  await mkdir(staging, { recursive: true });
  const dir = await mkdtemp(join(staging, 'emit-'));
  const report: WriteReport = { written: [], unchanged: [] };
  try {
    const changed: OutputFile[] = [];
    for (const file of files) {
      // Compared as bytes, and read only when the sizes agree: decoding a large file to compare it as text costs more than writing it.
      const bytes = Buffer.from(file.content, 'utf8');
      if (sameBytes(join(root, file.path), bytes)) {
        report.unchanged.push(file.path);
        continue;
      }
      const temp = join(dir, file.path);
      await mkdir(dirname(temp), { recursive: true });
      await writeFile(temp, bytes);
      changed.push(file);
    }
    for (const file of changed) {
      const target = join(root, file.path);
      await mkdir(dirname(target), { recursive: true });
      await rename(join(dir, file.path), target);
      report.written.push(file.path);
    }
    return report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
