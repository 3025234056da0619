/**
 * What a changelog line quotes of a changed paragraph: each run of changed words with a few
 * words of context either side, old → new, e.g. 'of three months to five' → 'of six months
 * to five'. Runs separated by only a word or two are quoted together, so a quote reads as a
 * phrase rather than as single words.
 */
import type { WordOp } from './word-diff.js';

export interface QuotedChange {
  before: string;
  after: string;
}

export interface QuoteOptions {
  /** Words of unchanged text kept either side of a change. */
  context?: number;
  /** Unchanged words between two changes up to which they are quoted as one. */
  join?: number;
  /** Words a side of a quote keeps at most (longer ones are cut in the middle with "…"). */
  maxWords?: number;
}

interface Token {
  op: WordOp['op'];
  text: string;
  word: boolean;
}

export function quoteChanges(ops: readonly WordOp[], options: QuoteOptions = {}): QuotedChange[] {
  const context = options.context ?? 3;
  const join = options.join ?? 2;
  const maxWords = options.maxWords ?? 24;
  const tokens = tokenize(ops);
  const changed = tokens.flatMap((t, i) => (t.op !== 'equal' && t.word ? [i] : []));
  if (changed.length === 0) return [];

  // group changed word positions whose gap holds at most `join` unchanged words
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const last = hunks.at(-1);
    if (last && equalWordsBetween(tokens, last[1], i) <= join) last[1] = i;
    else hunks.push([i, i]);
  }
  return hunks.map(([first, last]) => {
    const from = extend(tokens, first, -1, context);
    const to = extend(tokens, last, 1, context);
    const slice = tokens.slice(from, to + 1);
    return {
      before: shorten(collapse(slice.filter((t) => t.op !== 'insert')), maxWords),
      after: shorten(collapse(slice.filter((t) => t.op !== 'delete')), maxWords),
    };
  });
}

/** One quoted change as a changelog reads it. */
export function formatQuote(q: QuotedChange): string {
  if (q.before === '') return `added '${q.after}'`;
  if (q.after === '') return `deleted '${q.before}'`;
  return `'${q.before}' → '${q.after}'`;
}

function tokenize(ops: readonly WordOp[]): Token[] {
  const tokens: Token[] = [];
  for (const o of ops) {
    for (const m of o.text.matchAll(/\s+|\S+/g)) tokens.push({ op: o.op, text: m[0], word: !/^\s/.test(m[0]) });
  }
  return tokens;
}

function equalWordsBetween(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a + 1; i < b; i++) if (tokens[i]!.word && tokens[i]!.op === 'equal') n++;
  return n;
}

/** Walk from a changed token over `words` unchanged words in one direction; the index reached. */
function extend(tokens: readonly Token[], from: number, step: 1 | -1, words: number): number {
  let i = from;
  let seen = 0;
  while (i + step >= 0 && i + step < tokens.length) {
    const next = tokens[i + step]!;
    if (next.op === 'equal' && next.word) {
      if (seen === words) break;
      seen++;
    }
    i += step;
  }
  return i;
}

function collapse(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join('').replace(/\s+/g, ' ').trim();
}

function shorten(text: string, maxWords: number): string {
  const words = text.split(' ');
  if (words.length <= maxWords) return text;
  const half = Math.floor(maxWords / 2);
  return `${words.slice(0, half).join(' ')} … ${words.slice(-half).join(' ')}`;
}
