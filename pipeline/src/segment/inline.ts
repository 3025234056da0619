/**
 * Inline markup of plain-text lines: `**strong**` and `*emphasis*`, as the PDF-to-text
 * conversion left them. The markers are removed from the text and kept as marks, and
 * whitespace is collapsed, with a map from every output character back to the input.
 */
import type { Mark } from './types.js';
import { isWhiteSpaceCode } from '../model/blank.js';

export interface InlineText {
  text: string;
  marks: Mark[];
  /** `sourceIndex[i]` is the offset in the input of `text[i]`; one extra entry for the end. */
  sourceIndex: number[];
}

const isSpace = (c: string) => isWhiteSpaceCode(c.charCodeAt(0));

export function inlineText(input: string): InlineText {
  let text = '';
  const sourceIndex: number[] = [];
  const marks: Mark[] = [];
  const open: Partial<Record<Mark['kind'], number>> = {};
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '*') {
      const kind: Mark['kind'] = input[i + 1] === '*' ? 'strong' : 'emphasis';
      if (kind === 'strong') i++;
      const begun = open[kind];
      if (begun === undefined) {
        open[kind] = text.length + (pendingSpace && text.length > 0 ? 1 : 0);
      } else {
        if (text.length > begun) marks.push({ kind, start: begun, end: text.length });
        delete open[kind];
      }
      continue;
    }
    if (isSpace(c)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      sourceIndex.push(i);
      pendingSpace = false;
    }
    text += c;
    sourceIndex.push(i);
  }
  sourceIndex.push(sourceIndex.length > 0 ? sourceIndex[sourceIndex.length - 1]! + 1 : input.length);
  // An unclosed marker is not markup: it was a literal asterisk (none in these sources, but be safe).
  return { text, marks: marks.sort((a, b) => a.start - b.start || a.end - b.end), sourceIndex };
}

/** Collapse whitespace (including NBSP) to single spaces and trim. */
export function collapseWhitespace(s: string): string {
  let out = '';
  let pending = false;
  for (const c of s) {
    if (isSpace(c)) {
      pending = out.length > 0;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}
