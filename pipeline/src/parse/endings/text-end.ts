/** What the ending checks share: the document's lines from the end, and the one error they raise. */
import { SourceError, lineColumn } from '../../errors.js';
import type { ExtractedSource } from '../../extract/types.js';
import { collapseBlanks, isWhiteSpaceCode } from '../../model/blank.js';

export type EndingCheck = (doc: ExtractedSource) => void;

export interface TextLine {
  /** The line with its blanks (no-break, thin … spaces, model/blank.ts) trimmed and each run of them one space. */
  text: string;
  /** Offset of the line's first character in `doc.text`. */
  start: number;
}

/** The document's non-blank lines, blanks collapsed, in order: a publisher's choice of spaces changes no ending. */
export function textLines(doc: ExtractedSource): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (const raw of doc.text.split('\n')) {
    const text = collapseBlanks(raw);
    let first = 0;
    while (first < raw.length && isWhiteSpaceCode(raw.charCodeAt(first))) first++;
    if (text !== '' && text !== '\f') out.push({ text, start: start + first });
    start += raw.length + 1;
  }
  return out;
}

/**
 * "<source> (line L, column C): expected <what>, found the text ending "…"": the place is where
 * the text stops (for a PDF, its last page and the line on that page).
 */
export function endsShort(doc: ExtractedSource, expected: string): never {
  const end = doc.text.replace(/[\s\u00a0\f]+$/, '').length;
  const tail = doc.text.slice(Math.max(0, end - 50), end).replace(/\s+/g, ' ');
  const found = end === 0 ? 'found an empty text' : `found the text ending ${JSON.stringify(`${end > 50 ? '…' : ''}${tail}`)}`;
  if (doc.pages && doc.pages.length > 0) {
    const page = [...doc.pages].reverse().find((p) => p.offset <= end) ?? doc.pages[0]!;
    const at = lineColumn(page.text, Math.min(page.text.length, end - page.offset));
    throw new SourceError(doc.source, { page: page.number, line: at.line }, `${expected}; ${found}`);
  }
  throw new SourceError(doc.source, lineColumn(doc.text, end), `${expected}; ${found}`);
}

/** A sentence ends here: a full stop (or ! ?), then closing quotes or brackets. */
export const SENTENCE_END = /[.!?]["”’)\]*]*$/;
