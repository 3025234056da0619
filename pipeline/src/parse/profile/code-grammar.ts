/**
 * Recognisers for what the national answers quote from the Serbian codes:
 *   "Article 302 - Title [body]"  (the Criminal Code as quoted; a hyphen, unlike the Convention's en dash)
 *   "Article 185 b Title"        (an article inserted with a letter, no dash)
 *   "ARTICLE 85"                 (the Criminal Procedure Code as quoted; no title)
 *   "CHAPTER TWENTY TITLE"       (a chapter heading, its number in words or digits)
 *   "(1) …", "1) …"              (numbered paragraphs; several can share a block)
 *   "Complicity in Criminal Offence" (a group heading between articles)
 */
import { cut, type Piece, piece, pieceText } from './pieces.js';

export interface CodeHeading {
  number: string;
  /** "Article N - Title" quotes carry a title; "ARTICLE N" quotes do not. */
  title: Piece | null;
  heading: Piece;
  /** Text that followed the title in the same block ("Article 299 - Computer Sabotage Whoever …"). */
  body: Piece | null;
}

export interface CodeChapter {
  number: string;
  title: Piece | null;
  heading: Piece;
}

const UPPER_HEADING = /^ARTICLE (\d{1,4}) ?([a-z]?)$/;
const DASHED_HEADING = /^Article (\d{1,4})(?: ?([a-z]))? ?[-–] /;
const LETTERED_HEADING = /^Article (\d{1,4}) ([a-z]) (?=[A-Z])/;
/** Where the text of an article starts when its title runs into it. */
const BODY_OPENER = /^(?:\(\d{1,3}\)|(?:Whoever|Anyone|If|Where|When)\b)/;
const PARAGRAPH_LABEL = /^\((\d{1,3})\) ?|^(\d{1,3})\) /;

export function codeHeading(p: Piece): CodeHeading | null {
  const text = pieceText(p);
  const upper = UPPER_HEADING.exec(text);
  if (upper) return { number: `${upper[1]}${upper[2]}`, title: null, heading: p, body: null };
  const m = DASHED_HEADING.exec(text) ?? LETTERED_HEADING.exec(text);
  if (!m) return null;
  const titleStart = m[0].length;
  let titleEnd = text.length;
  for (let i = titleStart + 1; i < text.length; i++) {
    if (text[i - 1] === ' ' && BODY_OPENER.test(text.slice(i, i + 12))) {
      titleEnd = i - 1;
      break;
    }
  }
  const title = cut([p], titleStart, titleEnd)[0] ?? null;
  const body = titleEnd < text.length ? (cut([p], titleEnd, text.length)[0] ?? null) : null;
  return { number: `${m[1]}${m[2] ?? ''}`, title, heading: cut([p], 0, titleEnd)[0]!, body };
}

const UNITS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN'];
const TENS = ['', '', 'TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY'];

/** "CHAPTER TWENTY CRIMINAL OFFENCES AGAINST INTELLECTUAL PROPERTY" → 20, and its title. */
export function codeChapter(p: Piece): CodeChapter | null {
  const text = pieceText(p);
  if (!text.startsWith('CHAPTER ')) return null;
  const words = text.slice('CHAPTER '.length).split(/[ -]/);
  let used = 0;
  let number: number | null = null;
  if (/^\d{1,3}$/.test(words[0] ?? '')) {
    number = Number(words[0]);
    used = 1;
  } else if (TENS.indexOf(words[0] ?? '') >= 2) {
    number = TENS.indexOf(words[0]!) * 10;
    used = 1;
    const unit = UNITS.indexOf(words[1] ?? '');
    if (unit >= 1 && unit <= 9) {
      number += unit;
      used = 2;
    }
  } else if (UNITS.indexOf(words[0] ?? '') >= 1) {
    number = UNITS.indexOf(words[0]!);
    used = 1;
  }
  if (number === null) return null;
  const titleStart = 'CHAPTER '.length + words.slice(0, used).join(' ').length + 1;
  return { number: String(number), title: piece(p.block, p.start + titleStart, p.end), heading: p };
}

/** A numbered paragraph "(N) …" (or "N) …", as the profile once misprints it): its number, label and text. */
export function paragraphLabel(p: Piece): { number: string; label: Piece; rest: Piece | null } | null {
  const text = pieceText(p);
  const m = PARAGRAPH_LABEL.exec(text);
  if (!m) return null;
  const labelLength = m[0].trimEnd().length;
  return { number: m[1] ?? m[2]!, label: cut([p], 0, labelLength)[0]!, rest: cut([p], m[0].length, text.length)[0] ?? null };
}

/**
 * Split a block that holds several numbered paragraphs ("(3) … (4) …"): only at the next
 * number in sequence, after a space, so "(2)" inside a sentence about another paragraph stays put.
 */
export function splitParagraphs(p: Piece): Piece[] {
  const text = pieceText(p);
  const first = PARAGRAPH_LABEL.exec(text);
  if (!first) return [p];
  let expected = Number(first[1] ?? first[2]) + 1;
  const cuts = [0];
  for (let i = text.indexOf(` (${expected})`); i !== -1; i = text.indexOf(` (${expected})`, i + 1)) {
    cuts.push(i + 1);
    expected++;
  }
  cuts.push(text.length);
  return cuts.slice(0, -1).map((from, i) => cut([p], from, cuts[i + 1]!)[0]!).filter(Boolean);
}

const SMALL_WORDS = new Set(['of', 'in', 'and', 'or', 'the', 'for', 'to', 'on', 'a', 'an', 'with', 'against', 'by']);

/** A short heading in title case with no sentence punctuation ("Complicity in Criminal Offence"). */
export function isGroupHeading(text: string): boolean {
  const words = text.split(' ');
  if (words.length > 10 || !/^[A-Z]/.test(text)) return false;
  return words.every((w) => /^[A-Z][A-Za-z-]*$/.test(w) || SMALL_WORDS.has(w));
}
