/**
 * Words for what the data says, shared by the query commands: each status said as it is, and
 * provenance as the CLI prints it.
 */
import type { Provenance, Version } from '@cyberlex/schema';
import type { Status } from './data/accessor.js';

/** A status as a sentence fragment, honest about what it means. */
export function describeStatus(status: Status, date: string | undefined): string {
  const on = date ? ` on ${date}` : '';
  switch (status) {
    case 'in-force':
      return `in force${on}`;
    case 'deleted':
      return `deleted${on}`;
    case 'not-in-force':
      return `not in force${on}: no version of it was in force then`;
    case 'not-quoted':
      return 'cited by a source, but its text is quoted in no source';
    case 'structure':
      return 'a structural unit (it holds provisions; it has no text of its own)';
    default:
      return String(status);
  }
}

/** The version line: its dates, with the uncertainty of an undated start said, not hidden. */
export function describeVersion(version: Pick<Version, 'versionDate' | 'validUntil'>, startUnknown: boolean, amendedBy: readonly string[]): string {
  const start = version.versionDate ?? null;
  const from = start === null ? (startUnknown ? 'version of unknown start (no source dates it)' : 'undated version') : `version from ${start}`;
  return `${from}${version.validUntil ? ` until ${version.validUntil}` : ''}${amendedBy.length ? `, amended by ${amendedBy.join(', ')}` : ''}`;
}

export interface SourceFile {
  id: string;
  file: string;
}

/** Provenance without repeats: source id, the raw file's path from the repository root, the span. */
export function provenanceOut(files: ReadonlyMap<string, string>, provenance: readonly Provenance[]) {
  const seen = new Set<string>();
  const out: { source: string; file: string; start: number; end: number; page?: number }[] = [];
  for (const p of provenance) {
    const key = `${p.source}:${p.page ?? ''}:${p.start}:${p.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: p.source, file: files.get(p.source) ?? '', start: p.start, end: p.end, ...(p.page ? { page: p.page } : {}) });
  }
  return out;
}
