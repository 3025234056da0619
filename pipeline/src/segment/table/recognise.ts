/**
 * What a block is, judged from its text alone: the recognisers that undo page breaks.
 * A page break splits a row; the rest of both cells then follows as plain lines, left
 * column first. Which column a plain line belongs to is decided by what it is:
 * Convention text ("Article N – …" with an en dash, "1 Each Party …", "a …", treaty voice)
 * or the national answer ("(1) …", "ARTICLE N", "Article N - …" with a hyphen,
 * "amendment …", the codes' abbreviations, the answering State's own voice).
 */
import type { Block } from '../types.js';

type Test = (text: string, form: Block['form']) => boolean;
interface Recogniser {
  name: string;
  test: Test;
}

/** The words of a text: its runs of ASCII letters, each once, in order. */
const words = (text: string): ReadonlySet<string> => new Set(text.match(/[A-Za-z]+/g));

/**
 * Whether the text has one of `ws` as a word (a whole run of ASCII letters), by one anchored
 * search rather than a list of all its words. A "word" with other characters is never one.
 */
const hasWord = (...ws: string[]): Test => {
  const letters = ws.filter((w) => /^[A-Za-z]+$/.test(w));
  if (letters.length === 0) return () => false;
  const word = new RegExp(`(?<![A-Za-z])(?:${letters.join('|')})(?![A-Za-z])`);
  return (text) => word.test(text);
};

/** "Article 2 – Illegal access", "Chapter II – …", "Section 1 – …", "Title 3 – …": a Convention heading opens a row. */
export const CONVENTION_HEADING = /^(?:Article \d{1,3} –|Chapter [IVXLC]{1,6} –|Section \d{1,2} –|Title \d{1,2} –)/;

export function isConventionHeading(text: string): boolean {
  return CONVENTION_HEADING.test(text);
}

/** A sub-paragraph label "a …", "ii …" at the start of a block. */
const SUB_PARAGRAPH = /^(?:[a-z]|[ivx]{1,4}) \S/;

const NATIONAL: Recogniser[] = [
  { name: 'a numbered paragraph of a Code "(1) …"', test: (t) => /^\(\d{1,3}\)/.test(t) },
  { name: 'a numbered paragraph of a Code "1) …"', test: (t) => /^\d{1,3}\) /.test(t) },
  { name: 'a Code article heading "ARTICLE N"', test: (t) => /^ARTICLE \d/.test(t) },
  { name: 'a Code article heading "Article N - …" (hyphen)', test: (t) => /^Article \d{1,4} ?[a-z]? - /.test(t) },
  { name: 'a Code chapter heading "CHAPTER …"', test: (t) => /^CHAPTER [A-Z0-9]/.test(t) },
  { name: 'an amendment marker', test: (t) => /^(?:not )?amendment\b/i.test(t) },
  { name: 'it names a national code (CCRS, CPC, "… Code")', test: hasWord('CCRS', 'CRRS', 'CPC', 'Code') },
  { name: 'the answering State speaks ("our", "we")', test: hasWord('our', 'Our', 'we', 'We') },
];

/** Words of a country's name that name it (not "Republic of"): the header row "Country: Republic of Serbia" gives "Serbia". */
export function countryWords(name: string): string[] {
  return [...words(name)].filter((w) => /^[A-Z]/.test(w) && !GENERIC_STATE_WORDS.has(w));
}
const GENERIC_STATE_WORDS = new Set(['Republic', 'Kingdom', 'Federation', 'Federal', 'State', 'States', 'Principality', 'Grand', 'Duchy', 'The', 'United', 'Democratic', 'People', 'Islamic', 'Socialist']);

const CONVENTION: Recogniser[] = [
  { name: 'a numbered Convention paragraph "1 …"', test: (t) => /^\d{1,2} (?:[a-z] )?["“A-Z]/.test(t) },
  { name: 'a lettered or roman sub-paragraph "a …"', test: (t) => SUB_PARAGRAPH.test(t) },
  { name: 'a list line "- a …"', test: (_t, form) => form === 'li' },
];

const partyWord = hasWord('Party', 'Parties');

/** Weaker than the forms above: judged only after a lower-case start has had its chance to continue a cell. */
const TREATY_VOICE: Recogniser = {
  name: 'treaty voice (Party, Parties, any State)',
  test: (t) => partyWord(t, 'p') || /\bany State\b/.test(t),
};

/** Ends a sentence or a list entry: the next block cannot be the rest of it. */
export function endsSentence(text: string): boolean {
  return /[.!?;:]["'”’)\]]*$/.test(text);
}

/** Opens something of its own: a heading, a numbered paragraph, a sub-paragraph, an amendment marker. */
export function startsStructure(text: string): boolean {
  return (
    isConventionHeading(text) ||
    /^\(?\d/.test(text) ||
    SUB_PARAGRAPH.test(text) ||
    /^(?:ARTICLE|Article|CHAPTER) /.test(text) ||
    /^(?:not )?amendment\b/i.test(text)
  );
}

/** Whether `next` is the rest of `prev`, cut by a page break: `prev` stops mid-sentence and `next` picks it up. */
export function continuesBlock(prev: Block, next: Block): boolean {
  if (endsSentence(prev.text) || startsStructure(next.text)) return false;
  return /^[a-z]/.test(next.text) || prev.text.endsWith(',');
}

export type Side = 'left' | 'right';
export type Placement = { kind: 'row'; reason: string } | { kind: 'cell'; side: Side; reason: string };

/**
 * Where a plain line after a page break goes: a Convention heading opens a new row; otherwise
 * the recognisers of national and Convention forms decide the column; a lower-case start
 * continues whichever column stopped mid-sentence (the left one first, as it is read first);
 * then treaty voice marks Convention text; anything else stays in the column being read.
 */
export function placePlainBlock(block: Block, cells: { left: readonly Block[]; right: readonly Block[] }, current: Side, country: readonly string[] = []): Placement {
  if (isConventionHeading(block.text)) return { kind: 'row', reason: 'a Convention heading opens a new row' };
  const names: Recogniser = { name: `it names the country (${country.join(', ')})`, test: hasWord(...country) };
  const national = [...NATIONAL, ...(country.length > 0 ? [names] : [])].find((r) => r.test(block.text, block.form));
  if (national) return { kind: 'cell', side: 'right', reason: `national text: ${national.name}` };
  const convention = CONVENTION.find((r) => r.test(block.text, block.form));
  if (convention) return { kind: 'cell', side: 'left', reason: `Convention text: ${convention.name}` };
  if (/^[a-z]/.test(block.text)) {
    const unfinished = (cell: readonly Block[]) => cell.length > 0 && !endsSentence(cell[cell.length - 1]!.text);
    if (unfinished(cells.left)) return { kind: 'cell', side: 'left', reason: 'continues the left cell, which stops mid-sentence' };
    if (unfinished(cells.right)) return { kind: 'cell', side: 'right', reason: 'continues the right cell, which stops mid-sentence' };
  }
  if (TREATY_VOICE.test(block.text, block.form)) return { kind: 'cell', side: 'left', reason: `Convention text: ${TREATY_VOICE.name}` };
  return { kind: 'cell', side: current, reason: `no recogniser matched; stays in the ${current} column being read` };
}

/** A heading or a marker: complete without final punctuation. */
function isHeadingOrMarker(text: string): boolean {
  return isConventionHeading(text) || /^(?:ARTICLE \d|Article \d{1,4} ?[a-z]? - |CHAPTER )/.test(text) || /^(?:not )?amendment\b/i.test(text);
}

/**
 * The last block of a file looks cut off: it stops after a comma, or mid-sentence after more
 * than a label's worth of words (a short line such as an address line may end without a stop).
 */
export function looksCutOff(block: Block): boolean {
  if (isHeadingOrMarker(block.text) || !/[a-z,]$/.test(block.text)) return false;
  return block.text.endsWith(',') || block.text.split(' ').length > 8;
}
