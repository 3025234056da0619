/** The country profile as the pipeline sees it, built from the real file (or a test's alteration of it). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedSource } from '../../src/extract/types.js';
import { createParseContext, type ParseContext } from '../../src/parse/context.js';
import type { ManifestEntry } from '../../src/sources/manifest.js';

export const ID = 'coe-cybercrime-legislation-profile-serbia';
const FILE = `${ID}.txt`;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const RAW = readFileSync(`${ROOT}raw/${FILE}`, 'utf8');

/** The manifest entry, written out so a test never depends on the state of raw/manifest.json while others run. */
export function entry(text: string): ManifestEntry {
  return {
    id: ID,
    file: FILE,
    title: 'Cybercrime legislation – country profile: Republic of Serbia',
    kind: 'country-profile',
    publisher: 'Council of Europe (EU/CoE Joint Project on Regional Cooperation against Cybercrime in South-eastern Europe)',
    language: 'en',
    date: null,
    sha256: createHash('sha256').update(text).digest('hex'),
    jurisdiction: 'rs',
  };
}

export function profileSource(text = RAW): { doc: ExtractedSource; ctx: ParseContext } {
  const e = entry(text);
  const doc: ExtractedSource = { source: ID, file: `raw/${FILE}`, sha256: e.sha256, mediaType: 'text/plain', text, textOffset: 0, pages: null };
  return { doc, ctx: createParseContext(e, doc) };
}

export { comparable, spanText } from '../../../test/helpers/spans.js';
