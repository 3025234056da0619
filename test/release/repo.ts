/**
 * A throwaway copy of the repository for end-to-end release tests: the tree without
 * node_modules (symlinked instead), build output or data packages, in a git repository of
 * its own, so ingestion, `changeset version` and the CLI commands run there as they would
 * in a clone.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PACKAGES } from '../../pipeline/src/emit/packages.js';
import { ROOT } from '../helpers/sources.js';

const COPIED = ['.gitignore', 'raw', 'packages', 'pipeline', '.changeset', 'package.json', 'package-lock.json', 'turbo.json', 'tsconfig.base.json'];
const SKIPPED = new Set(['node_modules', 'lib', '.turbo', 'dist', 'tmp']);

export interface RepoCopy {
  root: string;
  git(...args: string[]): string;
  commit(message: string): void;
  cleanup(): void;
}

export function copyRepo(): RepoCopy {
  const root = mkdtempSync(join(tmpdir(), 'cyberlex-release-'));
  for (const entry of COPIED) {
    const from = join(ROOT, entry);
    if (existsSync(from)) cpSync(from, join(root, entry), { recursive: true, filter: (src) => !SKIPPED.has(basename(src)) });
  }
  // start from no released data: the first ingest here is the first release
  for (const spec of PACKAGES) rmSync(join(root, 'packages', spec.dir), { recursive: true, force: true });
  for (const name of existsSync(join(root, '.changeset')) ? readdirSync(join(root, '.changeset')) : []) {
    if (name.startsWith('data-')) rmSync(join(root, '.changeset', name));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=cyberlex test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  // the symlink is a file to git, which "node_modules/" in .gitignore does not match
  appendFileSync(join(root, '.git', 'info', 'exclude'), 'node_modules\n');
  return {
    root,
    git,
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** `.changeset/data-*.md` files, by name. */
export function dataChangesets(root: string): string[] {
  const dir = join(root, '.changeset');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith('data-')).sort() : [];
}
