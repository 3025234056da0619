/**
 * Extract stage: the bytes of a raw source → its text (and, for a PDF, its pages and lines).
 * The kind is decided by the bytes (a PDF starts with "%PDF-"), checked against the file name.
 */
import { SourceError } from '../errors.js';
import { extractText, type SourceMeta } from './text.js';
import type { ExtractedSource } from './types.js';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((b, i) => bytes[i] === b);
}

export async function extract(bytes: Uint8Array, meta: SourceMeta): Promise<ExtractedSource> {
  const lower = meta.file.toLowerCase();
  if (lower.endsWith('.pdf')) {
    if (!isPdf(bytes)) throw new SourceError(meta.source, { page: 1 }, 'a PDF file (starting with "%PDF-")', new TextDecoder().decode(bytes.subarray(0, 16)));
    const { extractPdf } = await import('./pdf/index.js');
    return extractPdf(bytes, meta);
  }
  if (lower.endsWith('.txt') || lower.endsWith('.md')) {
    if (isPdf(bytes)) throw new SourceError(meta.source, { line: 1, column: 1 }, 'a text file (this one is a PDF: give it a .pdf name)');
    return extractText(bytes, meta);
  }
  throw new SourceError(meta.source, {}, `a .txt or .pdf source (got ${meta.file})`);
}
