/** Test helpers: the real sources as the pipeline sees them, and the checks every dataset must pass. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedSource } from '../../pipeline/src/extract/types.js';
import { createParseContext, type ParseContext } from '../../pipeline/src/parse/context.js';
import type { ManifestEntry } from '../../pipeline/src/sources/manifest.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function manifestEntry(id: string): ManifestEntry {
  const manifest = JSON.parse(readFileSync(`${ROOT}raw/manifest.json`, 'utf8')) as { sources: ManifestEntry[] };
  const entry = manifest.sources.find((s) => s.id === id);
  if (!entry) throw new Error(`no source ${id} in raw/manifest.json`);
  return entry;
}

export function rawText(id: string): string {
  return readFileSync(`${ROOT}raw/${manifestEntry(id).file}`, 'utf8');
}

/** An ExtractedSource for a text (possibly altered by a test), and a parse context over it. */
export function textSource(id: string, text = rawText(id)): { doc: ExtractedSource; ctx: ParseContext } {
  const entry = manifestEntry(id);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const doc: ExtractedSource = { source: id, file: `raw/${entry.file}`, sha256, mediaType: 'text/plain', text, textOffset: 0, pages: null };
  return { doc, ctx: createParseContext({ ...entry, sha256 }, doc) };
}

export { comparable, spanText } from './spans.js';
