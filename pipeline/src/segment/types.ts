/**
 * What the segment stage hands on: a document cut into blocks (paragraph-like
 * runs of text) and, for two-column documents, table rows of cells of blocks.
 * Every block keeps the spans of the raw text it came from.
 */

import type { Mark, Span } from '../model/marks.js';

export type { Mark, Span };

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
