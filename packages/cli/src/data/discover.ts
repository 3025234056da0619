/**
 * Which cyberlex data packages this CLI can answer from. A data package says what it holds in
 * its package.json: `"cyberlex": { "instruments": ["rs-cc"], "mappings": false }`.
 * - In a clone of the repository (a folder with raw/manifest.json and packages/ at or above the
 *   working directory): the built packages, packages/* /.
 * - Elsewhere: node_modules/@cyberlex/* in the working directory and every folder above it, then
 *   beside the CLI's own install (a global or npx install has its data packages next to it).
 * The first package found under a name wins, as Node's own resolution would pick it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DataPackageInfo {
  name: string;
  version: string;
  dir: string;
  /** Instrument refs whose provisions the package is the home of. */
  instruments: string[];
  /** True when it holds Convention implementation mappings. */
  mappings: boolean;
  /** The ESM file its "." export points at. */
  entry: string;
}

/** The root of a cyberlex clone at or above `from`, or null. */
export function findRepository(from = process.cwd()): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'raw', 'manifest.json')) && existsSync(join(dir, 'packages'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** Folders that may hold @cyberlex/* packages, nearest first. */
function scopeFolders(from: string): string[] {
  const out: string[] = [];
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    out.push(join(dir, 'node_modules', '@cyberlex'));
    if (dirname(dir) === dir) break;
  }
  // This file is <scope>/cli/lib/data/discover.js once installed: its scope folder holds its siblings.
  const own = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  if (!out.includes(own)) out.push(own);
  return out;
}

export interface Discovery {
  /** The repository's root when the CLI runs inside one. */
  repository: string | null;
  packages: DataPackageInfo[];
}

export function discover(from = process.cwd()): Discovery {
  const repository = findRepository(from);
  const folders = repository ? [join(repository, 'packages')] : scopeFolders(from);
  const found = new Map<string, DataPackageInfo>();
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const info = readInfo(join(folder, name));
      if (info && !found.has(info.name)) found.set(info.name, info);
    }
  }
  return { repository, packages: [...found.values()] };
}

interface PackageJson {
  name?: unknown;
  version?: unknown;
  main?: unknown;
  exports?: unknown;
  cyberlex?: { instruments?: unknown; mappings?: unknown };
}

function readInfo(dir: string): DataPackageInfo | null {
  let pkg: PackageJson;
  try {
    pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return null;
  }
  const meta = pkg.cyberlex;
  if (typeof pkg.name !== 'string' || !meta || typeof meta !== 'object') return null;
  const instruments = Array.isArray(meta.instruments) ? meta.instruments.filter((i): i is string => typeof i === 'string') : [];
  const entry = entryOf(pkg);
  if (entry === null) return null;
  return { name: pkg.name, version: typeof pkg.version === 'string' ? pkg.version : '', dir, instruments, mappings: meta.mappings === true, entry: join(dir, entry) };
}

/** The file the package's "." export gives an ESM importer in Node (conditions node, import, default). */
function entryOf(pkg: PackageJson): string | null {
  const exports = pkg.exports;
  let target: unknown = exports && typeof exports === 'object' && '.' in exports ? (exports as Record<string, unknown>)['.'] : exports;
  for (let depth = 0; depth < 8 && target && typeof target === 'object' && !Array.isArray(target); depth++) {
    const conditions = target as Record<string, unknown>;
    const key = ['node', 'import', 'default'].find((c) => c in conditions);
    target = key === undefined ? undefined : conditions[key];
  }
  if (typeof target === 'string') return target;
  return typeof pkg.main === 'string' ? pkg.main : 'index.js';
}
