/**
 * How two lines of a paragraph join: with a space, or, where the first ends in a hyphen,
 * without one — and then with the hyphen or without it.
 *
 * - A soft hyphen (U+00AD) at the line end, alone or before the hyphen a producer printed
 *   for it, is a word broken by hyphenation: both go, the word is whole again.
 * - A hyphen after a letter, before a line that starts with a letter, is either a broken
 *   word ("comp-" "uters") or a compound broken at its own hyphen ("hold-" "up"). The
 *   document decides where it can: a word it writes elsewhere whole ("computers") loses
 *   the hyphen, one it writes elsewhere with the hyphen ("hold-up") keeps it. Where the
 *   document does not say, U+2010 (the hyphen producers such as Chromium print when they
 *   hyphenate) goes and a plain "-" (what the text itself holds) stays — before a
 *   lower-case letter. Before a capital, a plain "-" ends the line's last word and a
 *   space follows ("High- Tech", as a source may write it): a compound seldom goes on
 *   with a capital, a broken word never.
 */
import type { Placed } from './geometry.js';

export interface LineJoin {
  /** Characters dropped from the end of the first line. */
  cut: number;
  /** What goes between the lines. */
  glue: '' | ' ';
}

export type Joiner = (previous: string, next: string) => LineJoin;

const SOFT_BREAK = /\u00ad[\u2010-]?$/;
const HARD_BREAK = /(\p{L}+)([\u2010-])$/u;
const NEXT_WORD = /^(\p{L}+)/u;
const WORD = /[\p{L}\u2010-]+/gu;
const LOWER = /^\p{Ll}/u;

const SPACE: LineJoin = { cut: 0, glue: ' ' };

/** A joiner that knows the document's words (every line's, the broken last words aside). */
export function joinerFor(pages: Placed[][]): Joiner {
  const words = new Set<string>();
  for (const p of pages.flat()) {
    const found = p.line.text.match(WORD) ?? [];
    if (HARD_BREAK.test(p.line.text)) found.pop();
    for (const w of found) words.add(w.toLowerCase().replace(/\u2010/g, '-'));
  }
  return (previous, next) => {
    const soft = SOFT_BREAK.exec(previous);
    if (soft && NEXT_WORD.test(next)) return { cut: soft[0].length, glue: '' };
    const hard = HARD_BREAK.exec(previous);
    const after = NEXT_WORD.exec(next);
    if (!hard || !after) return SPACE;
    const whole = `${hard[1]}${after[1]}`.toLowerCase();
    const compound = `${hard[1]}-${after[1]}`.toLowerCase();
    if (words.has(compound)) return { cut: 0, glue: '' };
    if (words.has(whole)) return { cut: 1, glue: '' };
    if (hard[2] === '-' && !LOWER.test(after[1]!)) return SPACE;
    return { cut: hard[2] === '-' ? 0 : 1, glue: '' };
  };
}

/** Lines joined by a space, as when nothing is known about the document. */
export const spaceJoiner: Joiner = () => SPACE;
