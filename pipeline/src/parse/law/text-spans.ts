/**
 * A block's text with the offset in `doc.text` of each of its characters, so that a part
 * of the text (an item's words after its marker, an entry-into-force clause) gets the
 * spans it came from — several when a PDF page break splits the block.
 *
 * A text source's spans hold inline markup (`*…*`), read as `inlineText` reads it; a PDF
 * source's spans hold only the text, its lines joined by line breaks.
 */
import type { ExtractedSource } from '../../extract/types.js';
import { inlineText } from '../../segment/inline.js';
import type { Block, Span } from '../../segment/types.js';

export interface MappedText {
  text: string;
  /** `offsets[i]` is the offset in `doc.text` of `text[i]`; -1 for the space that joins two spans. */
  offsets: number[];
}

export function mappedText(doc: ExtractedSource, block: Block): MappedText {
  let text = '';
  const offsets: number[] = [];
  for (const span of block.spans) {
    const part = spanText(doc, span);
    if (part.text === '') continue;
    if (text !== '') {
      text += ' ';
      offsets.push(-1);
    }
    text += part.text;
    offsets.push(...part.offsets);
  }
  return { text, offsets };
}

/** The spans of `doc.text` that `text[start, end)` of a mapped text came from, in order. */
export function spansOfRange(mapped: MappedText, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let current: Span | null = null;
  for (let i = start; i < end; i++) {
    const offset = mapped.offsets[i]!;
    if (offset === -1) {
      current = null;
      continue;
    }
    if (current) current.end = offset + 1;
    else spans.push((current = { start: offset, end: offset + 1 }));
  }
  return spans;
}

function spanText(doc: ExtractedSource, span: Span): MappedText {
  const raw = doc.text.slice(span.start, span.end);
  if (!doc.pages) {
    const inline = inlineText(raw);
    return { text: inline.text, offsets: inline.sourceIndex.slice(0, inline.text.length).map((i) => span.start + i) };
  }
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (/\s/.test(c)) {
      pendingSpace = text !== '';
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      offsets.push(span.start + i);
      pendingSpace = false;
    }
    text += c;
    offsets.push(span.start + i);
  }
  return { text, offsets };
}
