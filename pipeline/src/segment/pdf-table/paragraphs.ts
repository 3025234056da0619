/**
 * Paragraphs of a run of PDF lines (one column, in reading order), and the Block each
 * paragraph becomes.
 *
 * On a page, a paragraph ends where the distance to the next baseline is larger than
 * line spacing. At a page break there is no distance to measure; what is known is how
 * typesetting fills a page — text moves to the next page only when it does not fit:
 *
 * - a column whose last line has room below it for another line stopped there because
 *   what came next needed more (a paragraph gap, a row gap): its paragraph ended;
 * - a column that filled its last line slot may have been cut mid-paragraph. It was,
 *   when the next page's first word would not have fitted on that line (the line was
 *   wrapped, not ended), unless the line closes a sentence and the next one opens one;
 * - a page that ends higher (the pages of a table end at different heights) still cuts a
 *   paragraph when its last line was wrapped and the next page goes on in lower case.
 */
import type { Block, Mark, Span } from '../types.js';
import type { Layout, Placed } from './geometry.js';
import { spaceJoiner, type Joiner } from './hyphenation.js';

/** Whether `next` (same page, below `previous` in the same column) starts a new paragraph. */
export function breaksParagraph(previous: Placed, next: Placed, layout: Layout): boolean {
  const distance = next.line.y - previous.line.y;
  // Moving up (a new column) or down by more than line spacing.
  return distance > layout.paragraphBreak || distance < 0.5 * next.line.size;
}

/** How far above the foot of the text area a line sits (0 for the lowest line of the document). */
export function roomBelow(line: Placed, layout: Layout): number {
  return layout.bottom - line.line.y;
}

/** Whether a page's last line filled the last line slot: another line would not have fitted below it. */
export function fillsPage(last: Placed, layout: Layout): boolean {
  return roomBelow(last, layout) < layout.spacing - 0.1;
}

/** Whether a new paragraph (its gap and first line) would have fitted below a page's last line. */
export function roomForParagraph(last: Placed, layout: Layout): boolean {
  return roomBelow(last, layout) >= layout.paragraphDistance - 0.1;
}

/**
 * Whether the paragraph ending with `last` (the last line of its column on a page)
 * goes on with `next` (the first line of the column on the next page). `measure` is
 * the right edge of the column.
 */
export function continuesOnNextPage(last: Placed, next: Placed, measure: number, layout: Layout): boolean {
  // A page may end above the foot of the text area (pages of a table end at different
  // heights); text that goes on in lower case after a wrapped line still continues.
  return (fillsPage(last, layout) || /^\p{Ll}/u.test(next.line.text)) && wrapsOnto(last, next, measure);
}

/**
 * Whether `last` was wrapped rather than ended, so that its paragraph goes on with `next`:
 * the next word would not have fitted on it, and it does not close a sentence that `next`
 * opens.
 */
export function wrapsOnto(last: Placed, next: Placed, measure: number): boolean {
  // The next word's width is estimated from its line's average character width; glyphs
  // vary (an "m" is four times an "i"), so the estimate is given room to err towards
  // "did not fit" — a paragraph that really ended is caught by the sentence test below.
  const firstWord = next.line.text.split(' ')[0] ?? '';
  const charWidth = next.line.text.length > 0 ? next.line.width / next.line.text.length : next.line.size / 2;
  const slack = measure - (last.line.x + last.line.width);
  if (slack > charWidth * (1 + 1.5 * firstWord.length)) return false;
  const closesSentence = /[.;:!?][)\]\u201d"']?$/.test(last.line.text);
  const opensSentence = /^[\p{Lu}\p{N}(\u201c"'\-\u2013\u2022]/u.test(next.line.text);
  return !(closesSentence && opensSentence);
}

/** Split lines of one column (in reading order, possibly over several pages) into paragraphs. */
export function paragraphs(lines: Placed[], measure: number, layout: Layout): Placed[][] {
  const out: Placed[][] = [];
  let previous: Placed | undefined;
  for (const line of lines) {
    const current = out[out.length - 1];
    const joins =
      current !== undefined &&
      previous !== undefined &&
      (previous.page === line.page ? !breaksParagraph(previous, line, layout) : continuesOnNextPage(previous, line, measure, layout));
    if (joins) current.push(line);
    else out.push([line]);
    previous = line;
  }
  return out;
}

/** Whether a paragraph runs over a page break. */
export function crossesPages(lines: Placed[]): boolean {
  return lines.some((l) => l.page !== lines[0]!.page);
}

/**
 * The Block of a paragraph: its lines' text joined by spaces (or, at a hyphen, as
 * `join` says: hyphenation.ts), bold and italic runs as marks, and its spans in
 * `doc.text` — one for each run of lines that follow each other in the page text and
 * join with a space (a paragraph over a page break has at least two; a word rejoined
 * over a line break has a span on each side, the dropped hyphen in neither).
 */
export function toBlock(lines: Placed[], join: Joiner = spaceJoiner): Block {
  let text = '';
  const marks: Mark[] = [];
  const spans: Span[] = [];
  let previous: Placed | undefined;
  for (const placed of lines) {
    const { line, page } = placed;
    if (line.text === '') continue;
    const how = previous && text !== '' ? join(previous.line.text, line.text) : { cut: 0, glue: '' as const };
    if (how.cut > 0) {
      text = text.slice(0, text.length - how.cut);
      spans[spans.length - 1]!.end -= how.cut;
      for (const mark of marks) mark.end = Math.min(mark.end, text.length);
    }
    const joint = text.length;
    text += how.glue;
    for (const mark of line.marks) {
      // A run of bold or italic type that goes on over the line break stays one mark.
      const open = mark.start === 0 ? marks.find((m) => m.kind === mark.kind && m.end === joint) : undefined;
      if (open) open.end = text.length + mark.end;
      else marks.push({ kind: mark.kind, start: text.length + mark.start, end: text.length + mark.end });
    }
    text += line.text;
    const start = page.offset + line.start;
    const end = page.offset + line.end;
    const span = spans[spans.length - 1];
    if (span && previous && how.glue === ' ' && how.cut === 0 && previous.page === page && previous.index + 1 === placed.index) span.end = end;
    else spans.push({ start, end });
    previous = placed;
  }
  const first = lines[0]!;
  marks.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, spans, form: 'p', marks: marks.filter((m) => m.end > m.start), line: first.index + 1, column: 1 };
}
