/**
 * The instruments a country profile speaks of: the Convention it is a profile of, and the
 * national instruments its answers name. The names the answers use ("CCRS", "Penal code",
 * "CPC", "the Law on Organization and Jurisdiction of State Authorities for Combating
 * High- Tech Criminality" …) are recognised from one table; each name found becomes an
 * alternate name of its instrument, with where it was found.
 */
import type { Instrument } from '@cyberlex/schema';
import type { Token } from './citation-tokens.js';

export interface InstrumentInfo {
  ref: string;
  kind: Instrument['kind'];
  jurisdiction: Instrument['jurisdiction'];
  /** The instrument's title; null where the profile's own words are the only name (then the first name found is the title). */
  title: string | null;
  number: string | null;
}

/** What the profile is a profile of, and the codes it quotes. Their titles are not in the table. */
export const CONVENTION: InstrumentInfo = { ref: 'ets185', kind: 'convention', jurisdiction: 'CoE', title: 'Convention on Cybercrime', number: 'ETS 185' };
export const CRIMINAL_CODE: InstrumentInfo = { ref: 'rs-cc', kind: 'code', jurisdiction: 'RS', title: 'Criminal Code', number: null };
export const CRIMINAL_PROCEDURE_CODE: InstrumentInfo = { ref: 'rs-cpc', kind: 'code', jurisdiction: 'RS', title: 'Criminal Procedure Code', number: null };

export const KNOWN_INSTRUMENTS: Record<string, InstrumentInfo> = {
  [CONVENTION.ref]: CONVENTION,
  [CRIMINAL_CODE.ref]: CRIMINAL_CODE,
  [CRIMINAL_PROCEDURE_CODE.ref]: CRIMINAL_PROCEDURE_CODE,
  'rs-cybercrime-authorities-law': { ref: 'rs-cybercrime-authorities-law', kind: 'law', jurisdiction: 'RS', title: null, number: null },
  'rs-corporate-liability-law': { ref: 'rs-corporate-liability-law', kind: 'law', jurisdiction: 'RS', title: null, number: null },
};

/** Instruments whose articles the answers quote (and so whose provisions this parser emits). */
export const QUOTED_CODES = new Set([CRIMINAL_CODE.ref, CRIMINAL_PROCEDURE_CODE.ref]);

interface NamePattern {
  instrument: string;
  words: string[];
  /** The name runs on to this word (a long title the answers word differently each time). */
  through?: string;
  /** The name may run on with the State's name: "Criminal Code of [the] Republic of Serbia". */
  ofState?: boolean;
}

/** The names the answers use for instruments; the first that matches at a place wins. */
const NAMES: NamePattern[] = [
  { instrument: 'rs-cc', words: ['criminal', 'code'], ofState: true },
  { instrument: 'rs-cc', words: ['penal', 'code'] },
  { instrument: 'rs-cc', words: ['ccrs'] },
  { instrument: 'rs-cc', words: ['crrs'] },
  { instrument: 'rs-cpc', words: ['criminal', 'procedural', 'code'] },
  { instrument: 'rs-cpc', words: ['criminal', 'procedure', 'code'] },
  { instrument: 'rs-cpc', words: ['criminal', 'procedural', 'law'] },
  { instrument: 'rs-cpc', words: ['cpc'] },
  {
    instrument: 'rs-cybercrime-authorities-law',
    words: ['law', 'on', 'organization', 'and', 'jurisdiction', 'of', 'state', 'authorities', 'for', 'combating'],
    through: 'criminality',
  },
  { instrument: 'rs-corporate-liability-law', words: ['law', 'on', 'corporate', 'liability'] },
  { instrument: 'ets185', words: ['convention'] },
];

export interface Mention {
  instrument: string;
  /** The name as the text gives it. */
  name: string;
  start: number;
  end: number;
  /** Token range [first, last + 1). */
  from: number;
  to: number;
}

/** Every instrument name in a token list, longest match first, left to right. */
export function findMentions(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = NAMES.map((n) => ({ n, to: matchName(tokens, i, n) })).find((m) => m.to !== -1);
    if (!match) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[match.to - 1]!;
    mentions.push({ instrument: match.n.instrument, name: text.slice(first.start, last.end), start: first.start, end: last.end, from: i, to: match.to });
    i = match.to;
  }
  return mentions;
}

function matchName(tokens: readonly Token[], at: number, pattern: NamePattern): number {
  for (let k = 0; k < pattern.words.length; k++) {
    const t = tokens[at + k];
    if (t?.kind !== 'word' || t.text.toLowerCase() !== pattern.words[k]) return -1;
  }
  let to = at + pattern.words.length;
  if (pattern.ofState) return to + stateSuffix(tokens, to);
  if (!pattern.through) return to;
  for (let extra = 0; extra < 6; extra++) {
    const t = tokens[to];
    if (!t || (t.kind !== 'word' && t.kind !== 'dash')) return -1;
    to++;
    if (t.kind === 'word' && t.text.toLowerCase() === pattern.through) return to;
  }
  return -1;
}

/** How many tokens of "of [the] Republic of <Name>" follow at `at` (0 if they do not). */
function stateSuffix(tokens: readonly Token[], at: number): number {
  const word = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k]!.text : '');
  let k = at;
  if (word(k).toLowerCase() !== 'of') return 0;
  k++;
  if (word(k).toLowerCase() === 'the') k++;
  if (word(k) !== 'Republic' || word(k + 1).toLowerCase() !== 'of' || !/^[A-Z]/.test(word(k + 2))) return 0;
  return k + 3 - at;
}
