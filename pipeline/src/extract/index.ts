/**
 * Extract stage: the bytes of a raw source → its text (and, for a PDF, its pages and lines).
 * The kind is decided by the bytes (a PDF starts with "%PDF-") and the file name together:
 * a PDF under a text name, or a file that is neither, is an error rather than a guess.
 */
import { SourceError } from '../errors.js';
import type { PdfLimits } from './pdf/types.js';
import { extractText, type SourceMeta } from './text.js';
import type { ExtractedSource } from './types.js';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const TEXT_NAMES = ['.txt', '.md'];

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((b, i) => bytes[i] === b);
}

export async function extract(bytes: Uint8Array, meta: SourceMeta, limits?: Partial<PdfLimits>): Promise<ExtractedSource> {
  const lower = meta.file.toLowerCase();
  const textName = TEXT_NAMES.some((ext) => lower.endsWith(ext));
  if (textName) {
    if (isPdf(bytes)) throw new SourceError(meta.source, { line: 1, column: 1 }, 'a text file (this one is a PDF: give it a .pdf name)');
    return extractText(bytes, meta);
  }
  if (lower.endsWith('.pdf') || isPdf(bytes)) {
    // Loaded only for PDFs; extractPdf itself rejects bytes that are not a PDF.
    const { extractPdf } = await import('./pdf/index.js');
    return extractPdf(bytes, meta, limits);
  }
  throw new SourceError(meta.source, {}, `a text (${TEXT_NAMES.join(', ')}) or PDF (.pdf) source`, meta.file);
}
