/**
 * What the profile says about the State's standing with the Convention: the labelled values
 * of its header ("Signature of Convention: 07/04/2005", "Ratification/accession: 14/04/2009")
 * and a declaration recorded in an answer (registered at the Secretariat General on a date,
 * naming a central authority and its address, the articles it concerns, the period it covers).
 * Parsed into typed values (`ProfileFacts`); `fact-nodes.ts` turns them into model nodes.
 */
import type { Provenance } from '@cyberlex/schema';
import { provisionIri } from '../../model/iri.js';
import { isoDate } from './amendment.js';
import type { ProfileContext } from './context.js';
import { type Piece, pieceText } from './pieces.js';

export interface Stated<T> {
  value: T;
  /** The source's words for it, verbatim. */
  text: string;
  provenance: Provenance[];
}

export interface CentralAuthority {
  name: string;
  /** Units under it, as listed ("Directorate of Crime Police" …). */
  units: string[];
  streetAddress: string | null;
  postalCode: string | null;
  addressLocality: string | null;
  /** Every line of the designation after the sentence that introduces it, verbatim. */
  lines: string[];
  provenance: Provenance[];
}

export interface DeclarationFacts {
  /** The Convention article whose row records it. */
  row: string;
  text: string;
  registered: Stated<{ date: string; at: string; originalLanguage: string | null }> | null;
  /** Convention articles the declaration names in its text ("In accordance with Articles 24, 27 and 35 …"). */
  articlesInText: string[];
  /** Convention articles the closing line says it concerns ("… concerns Article(s) : 24, 27, 35"). */
  concerns: Stated<string[]> | null;
  centralAuthority: CentralAuthority | null;
  note: Stated<string> | null;
  period: Stated<{ start: string; end: string | null }> | null;
  provenance: Provenance[];
}

export interface ProfileFacts {
  country: Stated<string> | null;
  signature: Stated<string> | null;
  ratification: Stated<string> | null;
  declarations: DeclarationFacts[];
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const REGISTERED = /\b(Secretariat General) on (\d{1,2}) ([A-Za-z]+) (\d{4})(?: - (Or\. [A-Za-z]+\.?))?/;
const DESIGNATES = /\bdesignates as the central authorit(?:y|ies)\b/;
const NOTE = /^\[Note by the Secretariat\b/;
const PERIOD = /^Period covered: (\d{1,2}\/\d{1,2}\/\d{4}) -(?: (\d{1,2}\/\d{1,2}\/\d{4}))?$/;
const CONCERNS = /^The preceding statement concerns Article\(s\) ?: ?(\d+(?:, ?\d+)*)$/;

/** A labelled header value: which fact it is, from its label. */
export function headerFact(label: Piece, value: Piece[], facts: ProfileFacts, pc: ProfileContext): void {
  const name = pieceText(label).toLowerCase();
  const text = value.map(pieceText).join(' ');
  const stated = <T>(v: T): Stated<T> => ({ value: v, text: `${pieceText(label)} ${text}`, provenance: pc.provenance([label, ...value]) });
  if (name.startsWith('country')) facts.country = stated(text);
  else if (name.startsWith('signature')) facts.signature = stated(dayMonthYear(text, value[0]!, pc));
  else if (name.startsWith('ratification')) facts.ratification = stated(dayMonthYear(text, value[0]!, pc));
}

function dayMonthYear(text: string, at: Piece, pc: ProfileContext): string {
  const m = DMY.exec(text);
  const date = m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
  return date ?? pc.fail(at, 'a date written day/month/year');
}

/** A declaration in an answer, if the answer records one (it names the Secretariat General's registration). */
export function declarationIn(row: string, prose: readonly Piece[], pc: ProfileContext): DeclarationFacts | null {
  const start = prose.findIndex((p) => REGISTERED.test(pieceText(p)));
  if (start === -1) return null;
  const pieces = prose.slice(start);
  const facts: DeclarationFacts = {
    row,
    text: pieces.map(pieceText).join(' '),
    registered: null,
    articlesInText: [],
    concerns: null,
    centralAuthority: null,
    note: null,
    period: null,
    provenance: pc.provenance(pieces),
  };
  const stated = <T>(value: T, p: Piece): Stated<T> => ({ value, text: pieceText(p), provenance: pc.provenance([p]) });
  let authority: Piece[] | null = null;
  for (const p of pieces) {
    const text = pieceText(p);
    const registered = REGISTERED.exec(text);
    const period = PERIOD.exec(text);
    const concerns = CONCERNS.exec(text);
    if (registered && !facts.registered) {
      const month = MONTHS.indexOf(registered[3]!.toLowerCase()) + 1;
      const date = month > 0 ? isoDate(registered[2]!, String(month), registered[4]!) : null;
      if (!date) pc.fail(p, 'a registration date "D Month YYYY"');
      facts.registered = stated({ date, at: registered[1]!, originalLanguage: registered[5] ?? null }, p);
    } else if (DESIGNATES.test(text)) {
      facts.articlesInText = articleNumbers(text).map((n) => provisionIri(`ets185:${n}`));
      authority = [];
    } else if (NOTE.test(text)) {
      facts.note = stated(text, p);
      authority = null;
    } else if (period) {
      const start = dmy(period[1]!) ?? pc.fail(p, 'a valid start date of the period covered');
      facts.period = stated({ start, end: period[2] ? (dmy(period[2]) ?? pc.fail(p, 'a valid end date of the period covered')) : null }, p);
      authority = null;
    } else if (concerns) {
      facts.concerns = stated(concerns[1]!.split(/, ?/).map((n) => provisionIri(`ets185:${n}`)), p);
      authority = null;
    } else if (authority) {
      authority.push(p);
    }
    if (authority && authority.length > 0) facts.centralAuthority = centralAuthority(authority, pc);
  }
  return facts;
}

function dmy(text: string): string | null {
  const m = DMY.exec(text);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

/** "Articles 24, 27 and 35" → ["24", "27", "35"]. */
function articleNumbers(text: string): string[] {
  const at = text.search(/\bArticles? /);
  if (at === -1) return [];
  const out: string[] = [];
  for (const token of text.slice(at).split(' ').slice(1)) {
    const n = /^(\d{1,3})[,]?$/.exec(token);
    if (n) out.push(n[1]!);
    else if (token !== 'and') break;
  }
  return out;
}

/** The lines after "… designates as the central authorities …": the body, its units, then its address. */
function centralAuthority(lines: readonly Piece[], pc: ProfileContext): CentralAuthority {
  const texts = lines.map(pieceText);
  const postal = texts.map((t) => /^(\d{4,6}) (.+)$/.exec(t)).find(Boolean) ?? null;
  const street = texts.find((t, i) => i > 0 && /^\D.* \d+[a-z]?$/.test(t)) ?? null;
  return {
    name: texts[0]!,
    units: texts.slice(1).filter((t) => t !== street && !/^\d/.test(t)),
    streetAddress: street,
    postalCode: postal?.[1] ?? null,
    addressLocality: postal?.[2] ?? null,
    lines: texts,
    provenance: pc.provenance(lines),
  };
}
