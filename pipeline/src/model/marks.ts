/** Places in an extracted text, shared by the stages that read it (extract, segment, parse). */

/** A `[start, end)` span of `ExtractedSource.text` (for a PDF, the pages joined; provenance maps it back to a page). */
export interface Span {
  start: number;
  end: number;
}

/** Inline markup kept from the source: `**bold**` / `<b>` as strong, `*x*` / `<i>` as emphasis. Offsets index the text they mark. */
export interface Mark {
  kind: 'strong' | 'emphasis';
  start: number;
  end: number;
}
