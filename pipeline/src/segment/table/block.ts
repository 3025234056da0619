/**
 * Blocks of a table cell, with a map from every character of the block's text back to
 * the raw text: a parser can then cut a block (a title from its body, one paragraph from
 * the next) and still give each piece exact provenance.
 */
import type { Block, Mark, Span } from '../types.js';
import { isWhiteSpaceCode } from '../../model/blank.js';

export interface IndexedBlock extends Block {
  /** `sourceIndex[i]` is the offset in `ExtractedSource.text` of `text[i]` (a space joining two spans maps to the end of the first). */
  sourceIndex: number[];
}

/**
 * A run of text collected from the source before whitespace is collapsed, in one style:
 * `text[i]` comes from raw offset `offsets[i]`, or `start + i` where the run is the raw
 * text itself (`offsets` null, the usual case: no character references, no CRLF).
 */
export interface SourceRun {
  text: string;
  start: number;
  offsets: readonly number[] | null;
  strong: boolean;
  emphasis: boolean;
}

const isSpace = isWhiteSpaceCode;

const STRONG = 1;
const EMPHASIS = 2;

/**
 * Collapse whitespace (NBSP included) to single spaces, trim, and turn styled runs into marks.
 * Text between two collapsed gaps is copied as one slice (most of a cell is single-spaced
 * prose, so a run is usually one slice); the index is sized once, and styles are kept only
 * when some run is styled.
 */
export function collapse(runs: readonly SourceRun[]): { text: string; sourceIndex: number[]; marks: Mark[] } {
  let total = 0;
  let styled = false;
  for (const run of runs) {
    total += run.text.length;
    styled ||= run.strong || run.emphasis;
  }
  const parts: string[] = [];
  // `sourceIndex` and `styles` go by UTF-16 unit, as `text` does; one style byte (STRONG | EMPHASIS) a unit.
  const sourceIndex = new Array<number>(total);
  const styles = styled ? new Uint8Array(total) : null;
  /** Units of text written so far. */
  let n = 0;
  /** Raw offset of the whitespace that becomes the next space, or -1. */
  let pending = -1;
  for (const run of runs) {
    const { text, start, offsets } = run;
    const style = (run.strong ? STRONG : 0) | (run.emphasis ? EMPHASIS : 0);
    /** Start of the stretch of `text` copied as it is (words and the single spaces between them), or -1. */
    let from = -1;
    // One step past the end, read as a space, closes the last stretch.
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      if (!isSpace(code)) {
        if (from !== -1) continue;
        if (pending !== -1) {
          parts.push(' ');
          sourceIndex[n++] = pending;
          pending = -1;
        }
        from = i;
        continue;
      }
      if (from !== -1) {
        // One plain space between two words reads as itself and maps to itself: the stretch goes on.
        if (code === 32 && i + 1 < text.length && !isSpace(text.charCodeAt(i + 1))) continue;
        parts.push(text.slice(from, i));
        styles?.fill(style, n, n + i - from);
        if (offsets) for (let k = from; k < i; k++) sourceIndex[n++] = offsets[k]!;
        else for (let k = from; k < i; k++) sourceIndex[n++] = start + k;
        from = -1;
      }
      if (i < text.length && pending === -1 && n > 0) pending = offsets ? offsets[i]! : start + i;
    }
  }
  sourceIndex.length = n;
  const text = parts.length === 1 ? parts[0]! : parts.join('');
  if (!styles) return { text, sourceIndex, marks: [] };
  return { text, sourceIndex, marks: [...styleMarks(text, styles, 'strong'), ...styleMarks(text, styles, 'emphasis')].sort(byStart) };
}

function styleMarks(text: string, styles: Uint8Array, kind: Mark['kind']): Mark[] {
  const bit = kind === 'strong' ? STRONG : EMPHASIS;
  const marks: Mark[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    // A space between two styled words belongs to the run; a run never starts or ends on a space.
    const on = i < text.length && ((styles[i]! & bit) !== 0 || (text.charCodeAt(i) === 32 && start !== -1 && i + 1 < text.length && (styles[i + 1]! & bit) !== 0));
    if (on && start === -1) start = i;
    if (!on && start !== -1) {
      marks.push({ kind, start, end: i });
      start = -1;
    }
  }
  return marks;
}

const byStart = (a: Mark, b: Mark) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind);

/** Line starts of a text, for turning offsets into 1-based line and column quickly. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** A block from collapsed runs; null when nothing but whitespace was collected. */
export function makeBlock(runs: readonly SourceRun[], form: Block['form'], lines: LineIndex): IndexedBlock | null {
  const { text, sourceIndex, marks } = collapse(runs);
  if (text === '') return null;
  const start = sourceIndex[0]!;
  const span: Span = { start, end: sourceIndex[sourceIndex.length - 1]! + 1 };
  const { line, column } = lines.at(start);
  return { text, spans: [span], form, marks, line, column, sourceIndex };
}

/** One block from two that a page break split: text joined by a space, spans kept apart. */
export function joinBlocks(first: IndexedBlock, second: IndexedBlock): IndexedBlock {
  const shift = first.text.length + 1;
  return {
    ...first,
    text: `${first.text} ${second.text}`,
    spans: [...first.spans, ...second.spans],
    marks: [...first.marks, ...second.marks.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }))],
    sourceIndex: [...first.sourceIndex, first.sourceIndex[first.sourceIndex.length - 1]! + 1, ...second.sourceIndex],
  };
}

/** Drop the first `n` characters of a block (a list marker), keeping marks and index aligned. */
export function dropPrefix(block: IndexedBlock, n: number, lines: LineIndex): IndexedBlock {
  const sourceIndex = block.sourceIndex.slice(n);
  const start = sourceIndex[0]!;
  const { line, column } = lines.at(start);
  return {
    ...block,
    text: block.text.slice(n),
    sourceIndex,
    spans: [{ start, end: block.spans[0]!.end }, ...block.spans.slice(1)],
    marks: block.marks
      .map((m) => ({ ...m, start: Math.max(0, m.start - n), end: m.end - n }))
      .filter((m) => m.end > m.start),
    line,
    column,
  };
}
