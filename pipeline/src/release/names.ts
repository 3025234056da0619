/**
 * How changelog lines name things for a lawyer: instruments by title, provisions as
 * "Art. 199(3)", acts by where they were published, dates written out.
 */
import type { Dataset, Instrument } from '@cyberlex/schema';
import { refOfIri } from '../model/iri.js';
import { parseRef } from '../model/refs.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2009-09-11" → "11 September 2009". */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "rs-cc:199/3" → "Art. 199(3)"; "rs-cc:199" → "Art. 199"; structural refs as they are. */
export function articleLabel(ref: string): string {
  const parts = parseRef(ref);
  if (!parts || parts.article === null) return ref.slice(ref.indexOf(':') + 1);
  return parts.paragraph === null ? `Art. ${parts.article}` : `Art. ${parts.article}(${parts.paragraph})`;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/**
 * An instrument's title as a sentence names it. Titles a source prints in capitals
 * ("LAW ON THE ORGANISATION …") are set in title case; others are kept as they are.
 */
export function instrumentName(instrument: Pick<Instrument, 'title'>): string {
  const title = instrument.title;
  if (/[a-z]/.test(title)) return title;
  return title
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** An amending act as a citation: where it was published ("Official Gazette … 72/2009"), else its title. */
export function actCitation(act: Pick<Instrument, 'publishedIn' | 'title'>): string {
  return act.publishedIn[0] ?? act.title;
}

/** Lookups over one dataset (and, for removed nodes, the baseline it is compared with). */
export interface Names {
  instrument(iri: string): Instrument | undefined;
  /** Provision or instrument ref of an IRI (minted from one, when neither dataset has the node); the IRI itself for any other. */
  ref(iri: string): string;
}

export function namesOf(...datasets: (Dataset | null)[]): Names {
  const instruments = new Map<string, Instrument>();
  const refs = new Map<string, string>();
  for (const data of datasets) {
    if (!data) continue;
    for (const i of data.instruments) {
      if (!instruments.has(i['@id'])) instruments.set(i['@id'], i);
      if (!refs.has(i['@id'])) refs.set(i['@id'], i.ref);
    }
    for (const p of data.provisions) if (!refs.has(p['@id'])) refs.set(p['@id'], p.ref);
  }
  return { instrument: (iri) => instruments.get(iri), ref: (iri) => refs.get(iri) ?? refOfIri(iri) ?? iri };
}

/** The instrument a provision ref belongs to, by the ref's prefix. */
export function instrumentOfRef(data: Dataset, ref: string): Instrument | undefined {
  const prefix = ref.slice(0, ref.indexOf(':'));
  return data.instruments.find((i) => i.ref === prefix);
}
