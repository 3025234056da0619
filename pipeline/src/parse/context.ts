/** What every parser gets besides the text: its manifest entry, provenance and error helpers. */
import type { Provenance } from '@cyberlex/schema';
import { sourceErrorAt, type ExtractedSource } from '../extract/types.js';
import type { ManifestEntry } from '../sources/manifest.js';
import type { Span } from '../segment/types.js';

export interface ParseContext {
  entry: ManifestEntry;
  doc: ExtractedSource;
  /** Provenance for spans of `doc.text`, in reading order; a span that crosses a PDF page splits in two. */
  provenance(spans: readonly Span[], note?: string): Provenance[];
  /** Stop: the source is not what this parser expects. `offset` indexes `doc.text`. */
  fail(offset: number, expected: string, found?: string): never;
}

export function createParseContext(entry: ManifestEntry, doc: ExtractedSource): ParseContext {
  return {
    entry,
    doc,
    provenance(spans, note) {
      const out: Provenance[] = [];
      for (const span of spans) addProvenance(out, doc, span, note);
      return out;
    },
    fail(offset, expected, found) {
      throw sourceErrorAt(doc, offset, expected, found);
    },
  };
}

/**
 * The provenance of one span, added to `out`. Each record is written out as a literal, in the
 * key order the datasets print (an object spread followed by more keys is many times slower
 * in Node 20's V8, and this runs for every node's every span).
 */
function addProvenance(out: Provenance[], doc: ExtractedSource, span: Span, note: string | undefined): void {
  const { source, sha256 } = doc;
  if (!doc.pages) {
    const start = span.start + doc.textOffset;
    const end = span.end + doc.textOffset;
    out.push(note === undefined ? { source, sha256, start, end } : { source, sha256, start, end, note });
    return;
  }
  for (const page of doc.pages) {
    const pageEnd = page.offset + page.text.length;
    const start = Math.max(span.start, page.offset) - page.offset;
    const end = Math.min(span.end, pageEnd) - page.offset;
    if (start >= end) continue;
    out.push(note === undefined ? { source, sha256, page: page.number, start, end } : { source, sha256, page: page.number, start, end, note });
  }
}
