/**
 * Builders for model nodes, so every parser fills the fixed parts (types, language,
 * legal value, IRIs derived from refs) the same way and only says what it knows.
 */
import type { Instrument, Item, Paragraph, Provenance, Provision, Version } from '@cyberlex/schema';
import { instrumentIri, provisionIri, versionIri, versionSegment } from './iri.js';

export function instrumentNode(
  fields: Pick<Instrument, 'ref' | 'kind' | 'title' | 'jurisdiction'> & Partial<Instrument>,
): Instrument {
  return {
    '@id': instrumentIri(fields.ref),
    '@type': ['eli:LegalResource', 'schema:Legislation'],
    alternateNames: [],
    number: null,
    publishedIn: [],
    language: 'en',
    legalValue: 'unofficial',
    firstDateEntryInForce: null,
    entryIntoForce: [],
    amends: [],
    amendedBy: [],
    hasPart: [],
    provenance: [],
    ...fields,
  };
}

export function provisionNode(
  fields: Pick<Provision, 'ref' | 'kind' | 'number' | 'title' | 'isPartOf'> & Partial<Provision>,
): Provision {
  const instrument = fields.ref.slice(0, fields.ref.indexOf(':'));
  return {
    '@id': provisionIri(fields.ref),
    '@type': ['eli:LegalResourceSubdivision'],
    instrument: instrumentIri(instrument),
    hasPart: [],
    textStatus: 'quoted',
    versions: [],
    variants: [],
    alternateTitles: [],
    provenance: [],
    ...fields,
  };
}

export interface ParagraphInput {
  number: string | null;
  text: string;
  marks?: Paragraph['marks'];
  items?: Item[];
  carriedOver?: boolean;
  provenance: Provenance[];
}

/** A version of an article; paragraph expression IRIs follow the version's date segment. */
export function versionNode(
  articleRef: string,
  fields: Pick<Version, 'versionDate' | 'validUntil' | 'status' | 'amendedBy' | 'provenance'> & { paragraphs: ParagraphInput[] },
): Version {
  const work = provisionIri(articleRef);
  const segment = versionSegment(fields.versionDate, fields.validUntil);
  return {
    '@id': versionIri(work, fields.versionDate, fields.validUntil),
    '@type': ['eli:LegalExpression'],
    realizes: work,
    versionDate: fields.versionDate,
    validUntil: fields.validUntil,
    status: fields.status,
    amendedBy: fields.amendedBy,
    paragraphs: fields.paragraphs.map((p) => {
      const paragraphWork = p.number === null ? work : provisionIri(`${articleRef}/${p.number}`);
      return {
        '@id': `${paragraphWork}/v/${segment}/eng${p.number === null ? '/text' : ''}`,
        realizes: paragraphWork,
        number: p.number,
        text: p.text,
        marks: p.marks ?? [],
        items: p.items ?? [],
        carriedOver: p.carriedOver ?? false,
        provenance: p.provenance,
      };
    }),
    language: 'en',
    legalValue: 'unofficial',
    provenance: fields.provenance,
  };
}
