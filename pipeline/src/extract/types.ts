/**
 * What the extract stage hands on: the text of one source, with enough
 * information to turn any offset in `text` back into a place in the raw file.
 */
import { SourceError, lineColumn } from '../errors.js';

export interface ExtractedPage {
  /** 1-based page number. */
  number: number;
  /** The page's text in reading order (lines joined by "\n"). Provenance spans of PDF sources index this string. */
  text: string;
  /** Offset of this page's text inside `ExtractedSource.text` (pages are joined by "\n\f\n"). */
  offset: number;
  lines: ExtractedLine[];
  /**
   * PDF pages only: the ruling lines the page draws (cell borders), origin top left.
   * The table segmenter reads columns and rows from them.
   */
  rules?: { x0: number; y0: number; x1: number; y1: number }[];
}

export interface ExtractedLine {
  text: string;
  /** Left edge and baseline, in PDF user-space units, origin top-left. */
  x: number;
  y: number;
  /** Span of this line inside its page's text. */
  start: number;
  end: number;
}

export interface ExtractedSource {
  /** Manifest id of the source. */
  source: string;
  /** Path of the raw file from the repository root, e.g. "raw/rs-law-….txt". */
  file: string;
  sha256: string;
  mediaType: 'text/plain' | 'application/pdf';
  /** The whole text, decoded. For text files: the file itself, byte for byte decoded as UTF-8 (BOM kept out). */
  text: string;
  /** Offset of `text[0]` in the decoded file (1 when a BOM was skipped, else 0). */
  textOffset: number;
  /** PDF sources only: the pages, their lines, and where each page sits in `text`. */
  pages: ExtractedPage[] | null;
}

/**
 * The text a source's provenance spans index: for a text source the decoded file itself, its
 * byte-order mark included (spans count from the file's first character); for a PDF the text
 * the pages were joined into.
 */
export function spannedText(doc: ExtractedSource): string {
  return doc.pages === null && doc.textOffset > 0 ? '\ufeff'.repeat(doc.textOffset) + doc.text : doc.text;
}

/** The error for an offset of an extracted text, placed in the source: page, line and column (a BOM counted as the file has it). */
export function sourceErrorAt(doc: ExtractedSource, offset: number, expected: string, found?: string): SourceError {
  const page = doc.pages?.findLast((p) => p.offset <= offset);
  if (page) {
    const { line, column } = lineColumn(page.text, offset - page.offset);
    return new SourceError(doc.source, { page: page.number, line, column }, expected, found);
  }
  const { line, column } = lineColumn(doc.text, offset);
  return new SourceError(doc.source, { line, column: column + (line === 1 ? doc.textOffset : 0) }, expected, found);
}
