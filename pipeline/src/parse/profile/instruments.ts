/**
 * The instruments a country profile speaks of: the Convention it is a profile of, and the
 * national instruments its answers name. The names the answers use ("CCRS", "Penal code",
 * "CPC", "the Law on Organization and Jurisdiction of State Authorities for Combating
 * High- Tech Criminality" …) are recognised from one table; each name found becomes an
 * alternate name of its instrument, with where it was found.
 *
 * National instruments belong to the jurisdiction the manifest gives the profile: their refs
 * are `<jurisdiction>-cc`, `<jurisdiction>-cpc` … (`rs-cc` for Serbia), so two countries'
 * profiles never share a node.
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

/** What the profile is a profile of. */
export const CONVENTION: InstrumentInfo = { ref: 'ets185', kind: 'convention', jurisdiction: 'CoE', title: 'Convention on Cybercrime', number: 'ETS 185' };

/** National instruments by their local name (the ref's suffix); the codes' titles are not in the table. */
const NATIONAL: Record<string, Omit<InstrumentInfo, 'ref' | 'jurisdiction'>> = {
  cc: { kind: 'code', title: 'Criminal Code', number: null },
  cpc: { kind: 'code', title: 'Criminal Procedure Code', number: null },
  'cybercrime-authorities-law': { kind: 'law', title: null, number: null },
  'corporate-liability-law': { kind: 'law', title: null, number: null },
};

/** Instruments whose articles the answers quote (and so whose provisions this parser emits). */
const QUOTED = ['cc', 'cpc'];

/** The instruments of one jurisdiction's profile, and how its answers name them. */
export class ProfileInstruments {
  /** The jurisdiction as instruments and mappings state it: "RS". */
  readonly jurisdiction: string;
  readonly criminalCode: InstrumentInfo;
  readonly criminalProcedureCode: InstrumentInfo;
  private readonly known = new Map<string, InstrumentInfo>([[CONVENTION.ref, CONVENTION]]);
  private readonly quoted: Set<string>;

  /** `prefix`: the manifest's jurisdiction id ("rs"), which starts every national ref. */
  constructor(readonly prefix: string) {
    this.jurisdiction = prefix.toUpperCase();
    for (const [local, info] of Object.entries(NATIONAL)) {
      const ref = this.ref(local);
      this.known.set(ref, { ...info, ref, jurisdiction: this.jurisdiction });
    }
    this.criminalCode = this.known.get(this.ref('cc'))!;
    this.criminalProcedureCode = this.known.get(this.ref('cpc'))!;
    this.quoted = new Set(QUOTED.map((local) => this.ref(local)));
  }

  info(ref: string): InstrumentInfo | undefined {
    return this.known.get(ref);
  }

  /** A national instrument, not the Convention. */
  isNational(ref: string): boolean {
    return ref !== CONVENTION.ref;
  }

  isQuotedCode(ref: string): boolean {
    return this.quoted.has(ref);
  }

  /** Every instrument name in a token list, longest match first, left to right. */
  findMentions(text: string, tokens: readonly Token[]): Mention[] {
    return findMentions(text, tokens, (local) => (local === CONVENTION.ref ? local : this.ref(local)));
  }

  private ref(local: string): string {
    return `${this.prefix}-${local}`;
  }
}

interface NamePattern {
  instrument: string;
  words: string[];
  /** The name runs on to this word (a long title the answers word differently each time). */
  through?: string;
  /** The name may run on with the State's name: "Criminal Code of [the] Republic of Serbia". */
  ofState?: boolean;
}

/** The names the answers use for instruments (national ones by local name); the first that matches at a place wins. */
const NAMES: NamePattern[] = [
  { instrument: 'cc', words: ['criminal', 'code'], ofState: true },
  { instrument: 'cc', words: ['penal', 'code'] },
  { instrument: 'cc', words: ['ccrs'] },
  { instrument: 'cc', words: ['crrs'] },
  { instrument: 'cpc', words: ['criminal', 'procedural', 'code'] },
  { instrument: 'cpc', words: ['criminal', 'procedure', 'code'] },
  { instrument: 'cpc', words: ['criminal', 'procedural', 'law'] },
  { instrument: 'cpc', words: ['cpc'] },
  {
    instrument: 'cybercrime-authorities-law',
    words: ['law', 'on', 'organization', 'and', 'jurisdiction', 'of', 'state', 'authorities', 'for', 'combating'],
    through: 'criminality',
  },
  { instrument: 'corporate-liability-law', words: ['law', 'on', 'corporate', 'liability'] },
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

/** Every instrument name in a token list; `ref` gives a name's instrument from its local name. */
function findMentions(text: string, tokens: readonly Token[], ref: (local: string) => string): Mention[] {
  // Every name is tried at every token: each word is put in lower case once.
  const lower = tokens.map((t) => (t.kind === 'word' ? t.text.toLowerCase() : null));
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    let name: NamePattern | null = null;
    let to = -1;
    for (const n of NAMES) {
      to = matchName(tokens, lower, i, n);
      if (to !== -1) {
        name = n;
        break;
      }
    }
    if (!name) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[to - 1]!;
    mentions.push({ instrument: ref(name.instrument), name: text.slice(first.start, last.end), start: first.start, end: last.end, from: i, to });
    i = to;
  }
  return mentions;
}

/** Where the name ends if it starts at token `at`, or -1. `lower[k]` is token k in lower case if it is a word, else null. */
function matchName(tokens: readonly Token[], lower: readonly (string | null)[], at: number, pattern: NamePattern): number {
  for (let k = 0; k < pattern.words.length; k++) {
    if (lower[at + k] !== pattern.words[k]) return -1;
  }
  let to = at + pattern.words.length;
  if (pattern.ofState) return to + stateSuffix(tokens, to);
  if (!pattern.through) return to;
  for (let extra = 0; extra < 6; extra++) {
    const t = tokens[to];
    if (!t || (t.kind !== 'word' && t.kind !== 'dash')) return -1;
    if (lower[to++] === pattern.through) return to;
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
