/** What every parser gets besides the text: its manifest entry, provenance and error helpers. */
import type { Provenance } from '@cyberlex/schema';
import { SourceError, lineColumn } from '../errors.js';
import type { ExtractedSource } from '../extract/types.js';
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
    provenance: (spans, note) => spans.flatMap((span) => toProvenance(doc, span, note)),
    fail(offset, expected, found) {
      throw sourceErrorAt(doc, offset, expected, found);
    },
  };
}

export function sourceErrorAt(doc: ExtractedSource, offset: number, expected: string, found?: string): SourceError {
  const page = doc.pages?.findLast((p) => p.offset <= offset);
  if (page) {
    const { line, column } = lineColumn(page.text, offset - page.offset);
    return new SourceError(doc.source, { page: page.number, line, column }, expected, found);
  }
  const { line, column } = lineColumn(doc.text, offset);
  return new SourceError(doc.source, { line, column: column + (line === 1 ? doc.textOffset : 0) }, expected, found);
}

function toProvenance(doc: ExtractedSource, span: Span, note: string | undefined): Provenance[] {
  const base = { source: doc.source, sha256: doc.sha256 };
  const withNote = <T extends object>(p: T) => (note === undefined ? p : { ...p, note });
  if (!doc.pages) return [withNote({ ...base, start: span.start + doc.textOffset, end: span.end + doc.textOffset })];
  const out: Provenance[] = [];
  for (const page of doc.pages) {
    const pageEnd = page.offset + page.text.length;
    const start = Math.max(span.start, page.offset);
    const end = Math.min(span.end, pageEnd);
    if (start < end) out.push(withNote({ ...base, page: page.number, start: start - page.offset, end: end - page.offset }));
  }
  return out;
}
