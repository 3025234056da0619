/**
 * The pipeline's derived-data cache: files named by a hash of everything they derive from,
 * in node_modules/.cache/cyberlex/ (`$CYBERLEX_CACHE_DIR` overrides it). A cache only saves
 * time: a file that cannot be read or written is skipped, never an error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { replaceFile } from './files.js';
import { CODE_DIR } from './paths.js';

/** `$CYBERLEX_CACHE_DIR`, else `.cache/cyberlex` in the node_modules this package is installed in (or beside it). */
export function cacheDir(): string | null {
  if (process.env.CYBERLEX_CACHE_DIR) return process.env.CYBERLEX_CACHE_DIR;
  for (let dir = CODE_DIR; dirname(dir) !== dir; dir = dirname(dir)) {
    if (basename(dir) === 'node_modules') return join(dir, '.cache', 'cyberlex');
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'cyberlex');
  }
  return null;
}

export function readCached(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Write beside the target, then rename (a concurrent reader sees the old file or the whole
 * new one), and keep only the newest `keep` files of the same prefix: one is written per
 * change of what they derive from.
 */
export function saveCached(file: string, content: string, keep: number): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    replaceFile(file, content);
    prune(file, keep);
  } catch {
    // a read-only install: every process derives it afresh
  }
}

/** Drop all but the newest few files like `file` (a process still using an older one has it loaded already). */
function prune(file: string, keep: number): void {
  const dir = dirname(file);
  const name = basename(file);
  const prefix = name.slice(0, name.lastIndexOf('-') + 1);
  const extension = name.slice(name.lastIndexOf('.'));
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(extension))
    .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of files.slice(keep)) rmSync(old.path, { force: true });
}
