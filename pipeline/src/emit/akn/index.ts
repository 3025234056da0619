/**
 * Akoma Ntoso 3.0 (OASIS LegalDocML) documents of a legislation package, one per expression:
 * Akoma Ntoso holds one expression — one point in time of the act — in one document, so
 *
 * - `akn.xml` is the act as it stands after its latest version date (its lifecycle lists every
 *   version date, its passiveModifications every amendment the data holds);
 * - `akn/<segment>.xml` is the act in each earlier stretch of time, named as the data names a
 *   version (`akn/until-2009-09-11.xml`: the text before 11 September 2009, from a date no source
 *   gives), with the lifecycle and modifications up to it.
 *
 * The act is the package's instrument that is not an amending act; any other instrument with
 * quoted articles (an amending law's own final provisions) gets its own documents under
 * `akn/<instrument-ref>.xml` and `akn/<instrument-ref>/<segment>.xml`. Paths are relative to the
 * package's folder. Same dataset in, same bytes out. See timeline.ts, body.ts and meta.ts.
 */
import type { Dataset, Instrument, Provision } from '@cyberlex/schema';
import { refSortKey } from '../dataset.js';
import { buildBody, EIds } from './body.js';
import { buildMeta } from './meta.js';
import { expressionsOf } from './timeline.js';
import { el, serialize } from './xml.js';

export { validateAkn, validateAknDocuments, aknSchemaDir } from './validate.js';
export { expressionsOf, versionIn, type Expression } from './timeline.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AknDocument {
  path: string;
  content: string;
}

export function aknDocuments(dataset: Dataset): AknDocument[] {
  const withText = dataset.instruments.filter((i) => articlesOf(dataset, i).some((a) => a.versions.length > 0));
  const main = withText.filter((i) => i.kind !== 'amending-act');
  const home = main.length === 1 ? main[0]! : null;
  return [...withText]
    .sort((a, b) => (a === home ? -1 : b === home ? 1 : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
    .flatMap((instrument) => instrumentDocuments(dataset, instrument, instrument === home ? null : instrument.ref));
}

function instrumentDocuments(dataset: Dataset, instrument: Instrument, folder: string | null): AknDocument[] {
  // In ref order, whatever order the dataset lists them in: the bytes depend on the data alone.
  const provisions = dataset.provisions.filter((p) => p.instrument === instrument['@id']).sort(byRef);
  const articles = provisions.filter((p) => p.kind === 'article');
  const citedOnly = provisions.filter((p) => p.textStatus === 'cited-only');
  const expressions = expressionsOf(articles);
  return expressions.map((expression, i) => {
    const latest = i === expressions.length - 1;
    const ids = new EIds();
    const { body, rendered, containers } = buildBody(instrument['@id'], provisions, expression, ids);
    if (!body) throw new Error(`Akoma Ntoso: ${instrument.ref} has no quoted article in force in the expression ${expression.segment}`);
    const meta = buildMeta({ dataset, instrument, expression, articles, rendered, containers, citedOnly });
    const act = el('act', { name: instrument.kind, contains: 'singleVersion' }, [meta, body]);
    const content = serialize(el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [act]));
    const path = folder === null ? (latest ? 'akn.xml' : `akn/${expression.segment}.xml`) : latest ? `akn/${folder}.xml` : `akn/${folder}/${expression.segment}.xml`;
    return { path, content };
  });
}

function byRef(a: Provision, b: Provision): number {
  const [ka, kb] = [refSortKey(a.ref), refSortKey(b.ref)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function articlesOf(dataset: Dataset, instrument: Instrument): Provision[] {
  return dataset.provisions.filter((p) => p.instrument === instrument['@id'] && p.kind === 'article' && p.textStatus === 'quoted');
}
