/** Test helpers: the real sources as the pipeline sees them, and the checks every dataset must pass. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Provenance } from '@cyberlex/schema';
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

/** What a span's text and a node's text must agree on: markup and whitespace aside. */
export function comparable(s: string): string {
  return s
    .replace(/<[^>]*>/g, ' ')
    .replace(/\*/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The text a node's provenance spans point at, joined in order. */
export function spanText(text: string, provenance: readonly Provenance[]): string {
  return comparable(provenance.map((p) => text.slice(p.start, p.end)).join(' '));
}
