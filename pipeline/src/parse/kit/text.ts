/**
 * A logical text over a raw text: the source's lines, whitespace collapsed, joined as the
 * document's layout says (a paragraph break, a space where a hard line break cut a sentence,
 * nothing where a split ordinal "2\nnd" is rejoined), with every logical character mapped back
 * to its raw offset. Parsers match on the logical text; provenance is always on the raw text.
 *
 * (Shared by the fact parsers: octopus, lanzarote, conference. It belongs in a common
 * `parse/kit/`; it lives here because this folder is the one these parsers own.)
 */
import type { Span } from '../../segment/types.js';
import { isBlank } from '../../model/blank.js';

/** One non-blank raw line, whitespace collapsed. `map[i]` is the raw offset of `text[i]`. */
export interface SourceLine {
  /** 1-based line number. */
  number: number;
  start: number;
  end: number;
  text: string;
  map: number[];
}

export interface LogicalText {
  raw: string;
  text: string;
  /** Raw offset of each logical character (a separator maps to the whitespace it stands for). */
  map: number[];
}

/** A `[from, to)` range of a logical text. */
export interface Segment {
  from: number;
  to: number;
}

export { isBlank };

/** The raw text's non-blank lines, each trimmed and with inner whitespace collapsed to one space. */
export function sourceLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let number = 0;
  for (let lineStart = 0; lineStart <= raw.length; ) {
    number++;
    const nl = raw.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? raw.length : nl;
    let text = '';
    const map: number[] = [];
    let pending = -1;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = raw[i]!;
      if (isBlank(c)) {
        if (text.length > 0 && pending === -1) pending = i;
        continue;
      }
      if (pending !== -1) {
        text += ' ';
        map.push(pending);
        pending = -1;
      }
      text += c;
      map.push(i);
    }
    if (text.length > 0) lines.push({ number, start: map[0]!, end: map[map.length - 1]! + 1, text, map });
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return lines;
}

/** How two consecutive lines join: a paragraph break, a space (one sentence), or nothing (a split word). */
export type Join = '\n' | ' ' | '';

/** Join lines into one logical text; `join` decides the separator between each pair. */
export function joinLines(raw: string, lines: readonly SourceLine[], join: (prev: SourceLine, next: SourceLine, index: number) => Join): LogicalText {
  let text = '';
  const map: number[] = [];
  lines.forEach((line, index) => {
    if (index > 0) {
      const sep = join(lines[index - 1]!, line, index);
      if (sep !== '') {
        text += sep;
        map.push(lines[index - 1]!.end);
      }
    }
    text += line.text;
    map.push(...line.map);
  });
  return { raw, text, map };
}

/** Every line its own paragraph: for pages whose lines are paragraphs. */
export function lineLogical(raw: string): LogicalText {
  return joinLines(raw, sourceLines(raw), () => '\n');
}

/** The logical paragraphs (split at "\n"), as segments. */
export function paragraphs(lt: LogicalText): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (let i = 0; i <= lt.text.length; i++) {
    if (i === lt.text.length || lt.text[i] === '\n') {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  }
  return out;
}

export function textOf(lt: LogicalText, seg: Segment): string {
  return lt.text.slice(seg.from, seg.to);
}

/** Shrink a segment so it neither starts nor ends with a space or paragraph break. */
export function trim(lt: LogicalText, seg: Segment): Segment {
  let { from, to } = seg;
  while (from < to && (lt.text[from] === ' ' || lt.text[from] === '\n')) from++;
  while (to > from && (lt.text[to - 1] === ' ' || lt.text[to - 1] === '\n')) to--;
  return { from, to };
}

/** A sub-segment by offsets relative to `seg`. */
export function sub(seg: Segment, from: number, to: number): Segment {
  return { from: seg.from + from, to: seg.from + to };
}

/**
 * The raw spans of a segment. One span while the raw text runs on (any whitespace in it stands
 * for one logical space or break); a new span where the logical text joins two characters the
 * raw text keeps apart (a rejoined split word). So each span's raw slice, whitespace collapsed,
 * is its piece of the logical text, and the pieces concatenate to it.
 */
export function rawSpans(lt: LogicalText, seg: Segment): Span[] {
  const { from, to } = trim(lt, seg);
  const spans: Span[] = [];
  let start = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    const c = lt.text[i]!;
    if (c === ' ' || c === '\n') continue;
    const at = lt.map[i]!;
    const prev = lt.text[i - 1];
    const joined = i > from && prev !== ' ' && prev !== '\n' && at !== last + 1;
    if (start === -1) start = at;
    else if (joined) {
      spans.push({ start, end: last + 1 });
      start = at;
    }
    last = at;
  }
  if (start !== -1) spans.push({ start, end: last + 1 });
  return spans;
}

/** The raw offset of a logical offset (the end of the raw text past the end), for error messages. */
export function rawOffset(lt: LogicalText, at: number): number {
  if (at >= lt.map.length) return lt.raw.length;
  return lt.map[Math.max(0, at)]!;
}

/** Find `needle` in a segment; the segment of the match, or null. */
export function findIn(lt: LogicalText, seg: Segment, needle: string, fromOffset = 0): Segment | null {
  const i = lt.text.slice(seg.from, seg.to).indexOf(needle, fromOffset);
  return i === -1 ? null : { from: seg.from + i, to: seg.from + i + needle.length };
}

/** Sentences of a segment: up to and including ". " / "? " / "! " boundaries before a capital or a quote. */
export function sentences(lt: LogicalText, seg: Segment): Segment[] {
  const text = textOf(lt, seg);
  const out: Segment[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === '.' || c === '?' || c === '!') && text[i + 1] === ' ' && isSentenceStart(text, i + 2) && !isAbbreviation(text, i)) {
      out.push(sub(seg, from, i + 1));
      from = i + 2;
    }
  }
  if (from < text.length) out.push(sub(seg, from, text.length));
  return out;
}

function isSentenceStart(text: string, at: number): boolean {
  const c = text[at];
  return c !== undefined && (/[A-Z“"(]/.test(c) || /[\u0400-\u04ff]/.test(c));
}

/** "a.i.", "Or.", "Engl.", "Art.", initials "M.J." — a full stop that does not end a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && text[start - 1] !== ' ') start--;
  const word = text.slice(start, dot + 1);
  return /^(?:[A-Za-z]\.)+$/.test(word) || /^(?:Or|Engl|Art|art|No|eg|e\.g|i\.e)\.$/.test(word);
}

/**
 * Match `re` (compiled with the `d` flag) in a segment: index 0 is the whole match, then each
 * group, as segments (null for a group that did not take part); null when it does not match.
 */
export function matchIn(lt: LogicalText, seg: Segment, re: RegExp): (Segment | null)[] | null {
  if (!re.hasIndices) throw new Error(`matchIn needs a regex with the d flag: ${re}`);
  re.lastIndex = 0;
  const m = re.exec(textOf(lt, seg));
  if (!m) return null;
  return m.indices!.map((span) => (span ? { from: seg.from + span[0], to: seg.from + span[1] } : null));
}
