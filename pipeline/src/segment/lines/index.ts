/**
 * Segmenting a single-column text: every non-blank line is a block (the sources put one
 * paragraph on a line). A line "- …" is a list item. Spans exclude the line's
 * surrounding whitespace and its CR, so CRLF files give the same blocks.
 */
import type { ExtractedSource } from '../../extract/types.js';
import { inlineText } from '../inline.js';
import type { Block } from '../types.js';
import { isBlankCode } from '../../model/blank.js';

export function segmentLines(doc: ExtractedSource): Block[] {
  const blocks: Block[] = [];
  const { text } = doc;
  let lineNo = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    lineNo++;
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const block = lineBlock(text, lineStart, lineEnd, lineNo);
    if (block) blocks.push(block);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return blocks;
}

function lineBlock(text: string, lineStart: number, lineEnd: number, line: number): Block | null {
  let start = lineStart;
  let end = lineEnd;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (start === end) return null;
  const raw = text.slice(start, end);
  const inline = inlineText(raw);
  if (inline.text === '') return null;
  return {
    text: inline.text,
    spans: [{ start, end }],
    form: inline.text.startsWith('- ') ? 'li' : 'line',
    marks: inline.marks,
    line,
    column: start - lineStart + 1,
  };
}

const isBlank = isBlankCode;
