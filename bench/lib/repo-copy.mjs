/**
 * A throwaway copy of what `cyberlex ingest` reads and writes — raw/, the files of each
 * packages/<dir>/ (not its src/ or lib/), dist/ and .changeset/ — so a benchmark can run
 * ingestion without changing the work tree. The CLI's code stays in the repository; its
 * root is found from the working directory (the copy).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} repo @param {string} parent @param {{ outputs?: boolean }} [options] */
export function copyRepoInputs(repo, parent, { outputs = true } = {}) {
  const dir = mkdtempSync(join(parent, 'repo-'));
  cpSync(join(repo, 'raw'), join(dir, 'raw'), { recursive: true });
  for (const name of readdirSync(join(repo, 'packages'))) {
    const from = join(repo, 'packages', name);
    if (!statSync(from).isDirectory()) continue;
    mkdirSync(join(dir, 'packages', name), { recursive: true });
    for (const file of readdirSync(from)) {
      const path = join(from, file);
      const generated = file !== 'package.json' && file !== 'CHANGELOG.md';
      if (statSync(path).isFile() && (outputs || !generated)) cpSync(path, join(dir, 'packages', name, file));
    }
  }
  if (outputs && existsSync(join(repo, 'dist'))) cpSync(join(repo, 'dist'), join(dir, 'dist'), { recursive: true });
  if (existsSync(join(repo, '.changeset'))) cpSync(join(repo, '.changeset'), join(dir, '.changeset'), { recursive: true });
  return dir;
}
