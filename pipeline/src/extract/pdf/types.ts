/**
 * The shapes inside PDF extraction: what the pdf.js reader hands over (raw text items
 * with their geometry) and what the line builder makes of them.
 */
import type { ExtractedLine } from '../types.js';
import type { Mark } from '../../model/marks.js';

/** Bounds on what one PDF may cost. Every one of them ends extraction with a SourceError. */
export interface PdfLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most pages accepted. */
  maxPages: number;
  /** Most text items (pdf.js `getTextContent` items) in the whole document. */
  maxTextItems: number;
  /** Most characters of text in the whole document. */
  maxTextChars: number;
  /** Wall-clock budget for reading the document, in milliseconds. */
  timeoutMs: number;
  /** Heap of the thread that runs pdf.js, in MB (V8 old generation). */
  maxHeapMb: number;
  /** Most ruling lines (cell borders) on one page. */
  maxRulesPerPage: number;
  /** Most text items on one page. */
  maxTextItemsPerPage: number;
  /** Most bytes one compressed stream may inflate to, in MB. */
  maxStreamMb: number;
  /** Most bytes all the document's compressed streams together may inflate to, in MB. */
  maxInflatedMb: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 2000,
  maxTextItems: 1_000_000,
  maxTextChars: 20_000_000,
  timeoutMs: 120_000,
  maxHeapMb: 1024,
  maxRulesPerPage: 100_000,
  maxTextItemsPerPage: 200_000,
  maxStreamMb: 64,
  maxInflatedMb: 512,
};

/** One pdf.js text item, in page coordinates with the origin at the top left (y grows downward). */
export interface PdfItem {
  str: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  /** Advance width and font size (the text matrix's vertical scale). */
  width: number;
  size: number;
  /** pdf.js font id; see RawPage.fonts. */
  font: string;
}

/** A page as the reader returns it. */
export interface RawPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** pdf.js font id → the font's PostScript name (e.g. "Helvetica-Bold"), where pdf.js knows it. */
  fonts: Record<string, string>;
  /** Ruling lines drawn on the page (see rules-worker.ts). */
  rules: Rule[];
}

/**
 * A ruling line: a thin axis-parallel rectangle (a stroked segment with its line width),
 * in page coordinates with the origin at the top left; x0 ≤ x1, y0 ≤ y1.
 */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A line of a PDF page. It is an ExtractedLine (and is stored as one in
 * `ExtractedSource.pages`) with what the segmenters need on top: its extent, font
 * size, and the spans of its text set in bold or italic type.
 */
export interface PdfLine extends ExtractedLine {
  /** Right edge minus `x`. */
  width: number;
  /** Font size of the line's text (the most used size). */
  size: number;
  /** Bold (`strong`) and italic (`emphasis`) runs; offsets index `text`. */
  marks: Mark[];
}

/** Whether a line of an extracted page carries the PDF geometry (it does when it came from extractPdf). */
export function isPdfLine(line: ExtractedLine): line is PdfLine {
  const l = line as Partial<PdfLine>;
  return typeof l.width === 'number' && typeof l.size === 'number' && Array.isArray(l.marks);
}
