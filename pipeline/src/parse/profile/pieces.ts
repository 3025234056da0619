/**
 * Pieces: ranges of a block's text. The profile parser cuts blocks (a title from the body
 * that follows it, one paragraph from the next, an item from its paragraph); a run of
 * pieces reads as their texts joined by single spaces, and every range of that text maps
 * back to exact spans of the raw text and to the source's marks.
 *
 * A block from the table segmenter carries `sourceIndex` (one raw offset per character).
 * A block without it (a PDF table) must have spans holding only its text and whitespace;
 * its index is then rebuilt by aligning the text with the spans.
 */
import type { Block, Mark, Span } from '../../segment/types.js';
import type { IndexedBlock } from '../../segment/table/block.js';

export interface Piece {
  block: Block;
  /** Range in `block.text`, trimmed of spaces. */
  start: number;
  end: number;
}

const indexCache = new WeakMap<Block, number[]>();

/** A piece of a block, trimmed; null when the range holds only spaces. */
export function piece(block: Block, start = 0, end = block.text.length): Piece | null {
  let s = start;
  let e = end;
  while (s < e && block.text[s] === ' ') s++;
  while (e > s && block.text[e - 1] === ' ') e--;
  return s < e ? { block, start: s, end: e } : null;
}

export function wholeBlock(block: Block): Piece {
  const p = piece(block);
  if (!p) throw new Error('an empty block reached the parser');
  return p;
}

export function pieceText(p: Piece): string {
  return p.block.text.slice(p.start, p.end);
}

/** The text of a run of pieces: joined by single spaces. */
export function textOf(pieces: readonly Piece[]): string {
  return pieces.map(pieceText).join(' ');
}

/** The pieces that hold `[from, to)` of `textOf(pieces)`. */
export function cut(pieces: readonly Piece[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let offset = 0;
  for (const p of pieces) {
    const length = p.end - p.start;
    const s = Math.max(from, offset);
    const e = Math.min(to, offset + length);
    if (s < e) {
      const sub = piece(p.block, p.start + s - offset, p.start + e - offset);
      if (sub) out.push(sub);
    }
    offset += length + 1;
  }
  return out;
}

/** Raw spans of a run, in reading order; a piece that crosses a page break gives one span each side. */
export function spansOf(pieces: readonly Piece[]): Span[] {
  const spans: Span[] = [];
  // Pieces that meet in the raw text make one span.
  const add = (start: number, end: number) => {
    const last = spans[spans.length - 1];
    if (last && last.end === start) last.end = end;
    else spans.push({ start, end });
  };
  for (const p of pieces) {
    const index = sourceIndex(p.block);
    const blockSpans = p.block.spans;
    if (blockSpans.length === 1) {
      // One span holds every character (the usual cell): the piece runs from its first character's offset to its last's.
      add(index[p.start]!, index[p.end - 1]! + 1);
      continue;
    }
    for (const run of spanRuns(p.block, index)) {
      let from = Math.max(run.from, p.start);
      let to = Math.min(run.to, p.end);
      // The piece's first and last characters in the run's span (a joining space lies in none).
      const inSpan = (i: number) => blockSpans[run.span]!.start <= index[i]! && index[i]! < blockSpans[run.span]!.end;
      while (from < to && !inSpan(from)) from++;
      while (to > from && !inSpan(to - 1)) to--;
      if (from < to) add(index[from]!, index[to - 1]! + 1);
    }
  }
  return spans;
}

/** A stretch of a block's text whose characters lie in one of its spans: `[from, to)` runs from the first to the last of them. */
export interface SpanRun {
  from: number;
  to: number;
  /** Which of the block's spans. */
  span: number;
}

const runsCache = new WeakMap<Block, SpanRun[]>();

/**
 * Where a block of several spans (a paragraph a page break split) passes from one span to the
 * next, worked out once per block: a piece's spans are then read from the runs it overlaps,
 * not character by character each time. A character in no span (the space that joins two
 * spans) breaks no run. A block's spans are disjoint stretches of the raw text.
 */
export function spanRuns(block: Block, index: readonly number[]): SpanRun[] {
  const known = runsCache.get(block);
  if (known) return known;
  const runs: SpanRun[] = [];
  let current: SpanRun | undefined;
  for (let i = 0; i < block.text.length; i++) {
    const offset = index[i]!;
    const span = current ? block.spans[current.span] : undefined;
    if (current && span && span.start <= offset && offset < span.end) {
      current.to = i + 1;
      continue;
    }
    const which = block.spans.findIndex((s) => s.start <= offset && offset < s.end);
    if (which === -1) continue;
    current = { from: i, to: i + 1, span: which };
    runs.push(current);
  }
  runsCache.set(block, runs);
  return runs;
}

/** The source's marks on a run, as offsets into `textOf(pieces)`. */
export function marksOf(pieces: readonly Piece[]): Mark[] {
  const marks: Mark[] = [];
  let offset = 0;
  for (const p of pieces) {
    for (const m of p.block.marks) {
      const s = Math.max(m.start, p.start);
      const e = Math.min(m.end, p.end);
      if (s < e) marks.push({ kind: m.kind, start: offset + s - p.start, end: offset + e - p.start });
    }
    offset += p.end - p.start + 1;
  }
  return marks;
}

function sourceIndex(block: Block): number[] {
  const index = (block as Partial<IndexedBlock>).sourceIndex ?? indexCache.get(block);
  if (!index) throw new Error(`a block without a character index (line ${block.line}): run indexBlocks(text, blocks) first`);
  return index;
}

/**
 * Give every block of a table a character index by aligning its text with its spans in `raw`:
 * a space in the text matches a run of whitespace or the gap between two spans; any other
 * character must match the raw character exactly. For tables whose spans hold no markup.
 */
export function alignBlock(raw: string, block: Block): number[] {
  const index: number[] = [];
  let s = 0;
  let p = block.spans[0]?.start ?? 0;
  const isWs = (c: string | undefined) => c !== undefined && /\s/.test(c);
  const skipWs = () => {
    while (s < block.spans.length) {
      const span = block.spans[s]!;
      while (p < span.end && isWs(raw[p])) p++;
      if (p < span.end) return;
      s++;
      p = block.spans[s]?.start ?? p;
    }
  };
  skipWs();
  for (let i = 0; i < block.text.length; i++) {
    const c = block.text[i]!;
    if (c === ' ') {
      index.push(p);
      skipWs();
      continue;
    }
    if (raw[p] !== c) throw new Error(`block text does not match its span at offset ${p} (line ${block.line}): expected ${JSON.stringify(c)}`);
    index.push(p);
    p++;
    if (s < block.spans.length && p >= block.spans[s]!.end && i + 1 < block.text.length && block.text[i + 1] !== ' ') {
      s++;
      p = block.spans[s]?.start ?? p;
    }
  }
  return index;
}

/** Index every block of a table by alignment (for tables that come without `sourceIndex`). */
export function indexBlocks(raw: string, blocks: Iterable<Block>): void {
  for (const block of blocks) {
    if ((block as Partial<IndexedBlock>).sourceIndex || indexCache.has(block)) continue;
    indexCache.set(block, alignBlock(raw, block));
  }
}
