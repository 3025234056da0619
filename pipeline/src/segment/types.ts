/**
 * What the segment stage hands on: a document cut into blocks (paragraph-like
 * runs of text) and, for two-column documents, table rows of cells of blocks.
 * Every block keeps the spans of the raw text it came from.
 */

/** A `[start, end)` span of `ExtractedSource.text` (for a PDF, the pages joined; provenance maps it back to a page). */
export interface Span {
  start: number;
  end: number;
}

/** Inline markup kept from the source: `**bold**` / `<b>` as strong, `*x*` / `<i>` as emphasis. Offsets index `Block.text`. */
export interface Mark {
  kind: 'strong' | 'emphasis';
  start: number;
  end: number;
}

export interface Block {
  /** The block's text: markup removed, whitespace collapsed to single spaces, trimmed. */
  text: string;
  /** Where the text came from, in reading order; several when a page break split it. */
  spans: Span[];
  /** How the source marked it up. */
  form: 'p' | 'li' | 'line';
  marks: Mark[];
  /** 1-based line and column of the block's first character (for error messages). */
  line: number;
  column: number;
}

export interface Cell {
  blocks: Block[];
}

export interface Row {
  /** Left and right cell. */
  cells: [Cell, Cell];
  line: number;
  /** Why this row is shaped as it is, when a page break had to be undone (kept in provenance notes). */
  notes: string[];
}

export interface Table {
  rows: Row[];
}
