/**
 * Name normalisation for entity linking: the words of a name, lowercased, diacritics and
 * apostrophes removed ("Prosecutor’s" → "prosecutors"), hyphens and dashes splitting words
 * ("High – Tech", "High-Tech" → "high tech"), and the article "the" dropped ("Ministry of the
 * Interior" = "Ministry of Interior"). Each token keeps its raw offsets, so a name found in a
 * text can be cited by span.
 */
import { isAsciiAlphanumeric } from './ascii.js';

export interface NameToken {
  word: string;
  start: number;
  end: number;
}

const APOSTROPHES = new Set(["'", '’', '`', 'ʼ']);
const DROPPED = new Set(['the']);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A letter or digit; ASCII answered without the Unicode-property regex (most of every text is ASCII). */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiAlphanumeric(code);
  return LETTER_OR_DIGIT.test(c);
}

function fold(word: string): string {
  // NFKD and the combining marks it splits off only matter outside ASCII.
  return isAscii(word) ? word.toLowerCase() : word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

/** The tokens of `text[from, to)`, with raw offsets into `text`. */
export function nameTokens(text: string, from = 0, to = text.length): NameToken[] {
  const tokens: NameToken[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let apostrophes = false;
    // An apostrophe between letters belongs to the word and is dropped ("Prosecutor’s").
    while (i < to && (isWordChar(text[i]!) || (APOSTROPHES.has(text[i]!) && i + 1 < to && isWordChar(text[i + 1]!)))) {
      if (!apostrophes && APOSTROPHES.has(text[i]!)) apostrophes = true;
      i++;
    }
    const raw = text.slice(start, i);
    const word = apostrophes ? [...raw].filter((c) => !APOSTROPHES.has(c)).join('') : raw;
    const folded = fold(word);
    if (!DROPPED.has(folded)) tokens.push({ word: folded, start, end: i });
  }
  return tokens;
}

/** The normalised form of a name: its tokens joined by single spaces. */
export function normaliseName(name: string): string {
  return nameTokens(name).map((t) => t.word).join(' ');
}
