/**
 * The segmenter for a document's form: a PDF source (one with pages of positioned lines)
 * is cut by the layout of its lines, a text source by its line breaks and tabs. Parsers
 * call these, so a source gives the same datasets whichever form it is published in.
 */
import type { ExtractedSource } from '../extract/types.js';
import { segmentLines } from './lines/index.js';
import { segmentPdfLines, segmentPdfTable } from './pdf-table/index.js';
import { segmentTable } from './table/index.js';
import type { Block, Table } from './types.js';

/** The paragraphs of a single-column document. */
export function segmentDocumentLines(doc: ExtractedSource): Block[] {
  return doc.pages ? segmentPdfLines(doc) : segmentLines(doc);
}

/** The rows of a two-column table document. */
export function segmentDocumentTable(doc: ExtractedSource): Table {
  return doc.pages ? segmentPdfTable(doc) : segmentTable(doc);
}
