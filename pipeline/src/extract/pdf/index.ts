/**
 * Extract a PDF source: its text, page by page, in reading order, without page
 * furniture, with every line's position kept so the segmenters can find paragraphs,
 * columns and table rows.
 *
 * Each page's text is its lines joined by "\n"; the pages are joined by "\n\f\n" into
 * `text`, and `page.offset` says where each page starts, so a span of `text` maps back
 * to a page and a span of that page's text (parse/context.ts does it for provenance).
 */
import { SourceError } from '../../errors.js';
import type { SourceMeta } from '../text.js';
import type { ExtractedPage, ExtractedSource } from '../types.js';
import { removeFurniture } from './furniture.js';
import { limitsFromEnv, PDF_LIMITS_ENV, raiseHint } from './limits.js';
import { pageLines } from './lines.js';
import { readingOrder } from './reading-order.js';
import { DEFAULT_PDF_LIMITS, type PdfLimits, type PdfLine } from './types.js';

export { DEFAULT_PDF_LIMITS, isPdfLine, type PdfLimits, type PdfLine } from './types.js';

export const PAGE_SEPARATOR = '\n\f\n';

/** A PDF file starts with "%PDF-" (readers accept it anywhere in the first 1024 bytes). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

export async function extractPdf(bytes: Uint8Array, meta: SourceMeta, limits?: Partial<PdfLimits>): Promise<ExtractedSource> {
  const bounds: PdfLimits = { ...DEFAULT_PDF_LIMITS, ...limitsFromEnv(meta.source, process.env[PDF_LIMITS_ENV]), ...limits };
  if (bytes.length > bounds.maxBytes) {
    throw new SourceError(meta.source, {}, `a PDF of at most ${bounds.maxBytes} bytes${raiseHint('maxBytes', bounds)}`, `${bytes.length} bytes`);
  }
  if (!looksLikePdf(bytes)) throw new SourceError(meta.source, {}, 'a PDF file (starting with "%PDF-")', leadingText(bytes));
  // Loaded only here, so that a run reading only text files never loads pdf.js.
  const { readPdf } = await import('./reader.js');
  const raw = await readPdf(bytes, meta.source, bounds);
  const laid = removeFurniture(raw.map((page) => ({ number: page.number, height: page.height, rules: page.rules ?? [], lines: pageLines(page) })));

  const pages: ExtractedPage[] = [];
  let offset = 0;
  for (const page of laid) {
    if (page.lines.length === 0) {
      throw new SourceError(
        meta.source,
        { page: page.number },
        'text on every page (a scanned page, only images, has none: there is no OCR)',
        'a page without text',
      );
    }
    if (pages.length > 0) offset += PAGE_SEPARATOR.length;
    const lines: PdfLine[] = [];
    let text = '';
    for (const line of readingOrder(page.lines)) {
      if (lines.length > 0) text += '\n';
      lines.push({ ...line, start: text.length, end: text.length + line.text.length });
      text += line.text;
    }
    pages.push({ number: page.number, text, offset, lines, ...(page.rules.length > 0 ? { rules: page.rules } : {}) });
    offset += text.length;
  }
  return {
    source: meta.source,
    file: meta.file,
    sha256: meta.sha256,
    mediaType: 'application/pdf',
    text: pages.map((p) => p.text).join(PAGE_SEPARATOR),
    textOffset: 0,
    pages,
  };
}

/** The first bytes of a file that is not a PDF, printable, for the error message. */
function leadingText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 24));
  return bytes.length === 0 ? 'an empty file' : head.replace(/[^\x20-\x7e]/g, '.');
}
