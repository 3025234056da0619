/**
 * Sources stay inside raw/: a manifest `file` is a relative path that, with every link
 * followed (realpath), still names a file under raw/. Anything else — `../`, an absolute path,
 * a symlink pointing out — is refused before the file is opened, naming the entry, so nothing
 * outside raw/ is ever read, hashed, published as provenance or echoed in an error.
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { SourceError } from '../errors.js';

export const RAW_DIR = 'raw';

export interface Confined {
  /** The real path to open; null when no file is there (a missing source). */
  path: string | null;
}

/** The real path of raw/ itself (raw/ may be a link; what it points to is then the fence). */
export async function rawRealPath(root: string): Promise<string> {
  return realpath(join(root, RAW_DIR)).catch(() => {
    throw new SourceError(`${RAW_DIR}/`, {}, 'a raw/ folder holding the sources and raw/manifest.json');
  });
}

/**
 * Where `file` (a manifest entry's path) really is, or null if nothing is there; throws when it
 * is or leads outside raw/. `where` names the entry in the error (manifest line and column).
 */
export async function confinedSource(rawReal: string, root: string, id: string, file: string, where: { line?: number; column?: number }): Promise<Confined> {
  const refuse = (why: string): never => {
    throw new SourceError(`${RAW_DIR}/manifest.json`, where, `source "${id}" to name a file inside raw/ (${why})`);
  };
  if (isAbsolute(file) || /^[A-Za-z]:/.test(file) || file.startsWith('\\')) refuse(`"${file}" is an absolute path`);
  if (file.split(/[\\/]/).some((part) => part === '..')) refuse(`"${file}" climbs out with ".."`);
  if (file.includes('\0')) refuse('the path holds a NUL character');
  const real = await realpath(join(root, RAW_DIR, file)).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return null;
    if (e.code === 'ELOOP') refuse(`"${file}" is a loop of symbolic links`);
    throw new SourceError(`${RAW_DIR}/${file}`, {}, `a readable source file (${e.code ?? 'unreadable'})`);
  });
  if (real === null) return { path: null };
  if (!inside(rawReal, real)) refuse(`"${file}" is a link that leads outside raw/`);
  return { path: real };
}

export function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
