/**
 * Reading the files of an npm tarball (`npm pack` output: gzip over ustar, every file under
 * `package/`), enough to take a released package's data as a baseline. Handles the pax and
 * GNU long-name records npm and other tar writers emit.
 */
import { gunzipSync } from 'node:zlib';

const BLOCK = 512;

export class TarballError extends Error {
  override readonly name = 'TarballError';
}

/** Path → bytes of every regular file in the archive. */
export function readTarball(bytes: Uint8Array, label = 'tarball'): Map<string, Buffer> {
  const tar = isGzip(bytes) ? gunzip(bytes, label) : Buffer.from(bytes);
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | null = null;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    if (!checksumOk(header)) throw new TarballError(`${label}: not a tar archive (bad header checksum at byte ${offset})`);
    const size = octal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156]!);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length < size) throw new TarballError(`${label}: truncated (a file's ${size} bytes run past the end)`);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      longName = paxPath(body.toString('utf8')) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const name = longName ?? ustarName(header);
    longName = null;
    if (type === '0' || type === '\0') files.set(name, Buffer.from(body));
  }
  if (offset < tar.length && offset + BLOCK > tar.length) throw new TarballError(`${label}: truncated (a header is cut off at byte ${offset})`);
  return files;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function gunzip(bytes: Uint8Array, label: string): Buffer {
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new TarballError(`${label}: not a gzip file (${(error as Error).message})`);
  }
}

function text(field: Uint8Array): string {
  const end = field.indexOf(0);
  return Buffer.from(end === -1 ? field : field.subarray(0, end)).toString('utf8');
}

function octal(field: Uint8Array): number {
  const digits = text(field).trim();
  return digits === '' ? 0 : Number.parseInt(digits, 8);
}

function ustarName(header: Uint8Array): string {
  const name = text(header.subarray(0, 100));
  const prefix = text(header.subarray(257, 263)).startsWith('ustar') ? text(header.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function checksumOk(header: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum === octal(header.subarray(148, 156));
}

/** The `path` record of a pax header ("<length> path=<value>\n" records). */
function paxPath(records: string): string | null {
  for (const record of records.split('\n')) {
    const space = record.indexOf(' ');
    const entry = record.slice(space + 1);
    if (entry.startsWith('path=')) return entry.slice(5);
  }
  return null;
}
