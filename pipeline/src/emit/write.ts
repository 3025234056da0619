/**
 * Writing output so nothing half-written lands: every file is first written under a
 * temporary directory beside the targets (same filesystem), and only when all of them
 * are written are they renamed into place. Files whose bytes are unchanged are not touched.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
      const current = await readFile(join(root, file.path), 'utf8').catch(() => null);
      if (current === file.content) report.unchanged.push(file.path);
      else changed.push(file);
    }
    for (const file of changed) {
      const temp = join(dir, file.path);
      await mkdir(dirname(temp), { recursive: true });
      await writeFile(temp, file.content);
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

export function repoPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
