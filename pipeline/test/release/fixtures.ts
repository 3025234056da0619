/**
 * Small datasets for release tests, built with the model's own node builders: a Criminal Code
 * with Art. 199 in two versions (the second made by Official Gazette 72/2009) and Art. 185 in
 * one undated version, the 2017 amendments as an act with no provisions, one mapping, one fact.
 */
import type { Dataset, Provenance, Version } from '@cyberlex/schema';
import { context } from '@cyberlex/schema';
import { instrumentIri, nodeIri, provisionIri } from '../../src/model/iri.js';
import { instrumentNode, provisionNode, versionNode } from '../../src/model/nodes.js';

export const SHA = 'a'.repeat(64);
export const at = (start: number, source = 'coe-cybercrime-legislation-profile-serbia'): Provenance[] => [{ source, sha256: SHA, start, end: start + 10 }];

export const PENALTY_2005 = 'If the offence specified in paragraph 1 of this Article results in damages, the offender shall be punished by imprisonment of three months to five years.';
export const PENALTY_2009 = 'If the offence specified in paragraph 1 of this Article results in damages, the offender shall be punished by imprisonment of six months to five years.';

export function version(ref: string, versionDate: string | null, validUntil: string | null, amendedBy: string[], paragraphs: [string, string][], offset = 0): Version {
  return versionNode(ref, {
    versionDate,
    validUntil,
    status: 'in-force',
    amendedBy: amendedBy.map(instrumentIri),
    paragraphs: paragraphs.map(([number, text], i) => ({ number, text, provenance: at(offset + 100 * i) })),
    provenance: at(offset),
  });
}

export function criminalCode(): Dataset {
  const code = instrumentNode({ ref: 'rs-cc', kind: 'code', title: 'Criminal Code', jurisdiction: 'RS', amendedBy: [instrumentIri('rs-og-72-2009')], provenance: at(0) });
  const og72 = instrumentNode({
    ref: 'rs-og-72-2009', kind: 'amending-act', title: 'Law on Amendments to the Criminal Code', jurisdiction: 'RS', number: '72/2009',
    publishedIn: ['Official Gazette of the Republic of Serbia 72/2009'], amends: [code['@id']], provenance: at(10),
  });
  const amendments2017 = instrumentNode({
    ref: 'rs-cc-amendments-2017', kind: 'amending-act', title: 'Amendments to the Criminal Code (2017)', jurisdiction: 'RS',
    firstDateEntryInForce: '2017-06-01', amends: [code['@id']], provenance: at(20, 'rs-moi-lanzarote-reply-2017'),
  });
  const art199 = provisionNode({
    ref: 'rs-cc:199', kind: 'article', number: '199', title: 'Damaging computer data', isPartOf: code['@id'], provenance: at(30),
    hasPart: [provisionIri('rs-cc:199/1'), provisionIri('rs-cc:199/3')],
    versions: [
      version('rs-cc:199', null, '2009-09-11', [], [['1', 'Whoever deletes computer data shall be punished.'], ['3', PENALTY_2005]], 1000),
      version('rs-cc:199', '2009-09-11', null, ['rs-og-72-2009'], [['1', 'Whoever deletes computer data shall be punished.'], ['3', PENALTY_2009]], 2000),
    ],
  });
  const art185 = provisionNode({
    ref: 'rs-cc:185', kind: 'article', number: '185', title: 'Child pornography', isPartOf: code['@id'], provenance: at(40),
    hasPart: [provisionIri('rs-cc:185/1')],
    versions: [version('rs-cc:185', null, null, [], [['1', 'Whoever sells pornographic material to a child shall be punished with a fine.']], 3000)],
  });
  const paragraph = (ref: string, of: string) => provisionNode({ ref, kind: 'paragraph', number: ref.slice(ref.indexOf('/') + 1), title: null, isPartOf: provisionIri(of), provenance: at(50) });
  return {
    '@context': context as unknown as Record<string, unknown>,
    '@id': 'https://w3id.org/cyberlex/dataset/rs-criminal-code',
    '@type': ['schema:Dataset'],
    package: '@cyberlex/rs-criminal-code',
    name: 'Criminal Code',
    description: 'test',
    sources: [],
    instruments: [code, amendments2017, og72],
    provisions: [art185, paragraph('rs-cc:185/1', 'rs-cc:185'), art199, paragraph('rs-cc:199/1', 'rs-cc:199'), paragraph('rs-cc:199/3', 'rs-cc:199')],
    statements: [],
    mappings: [
      {
        '@id': nodeIri('mapping', 'ets185-2'), '@type': ['cyberlex:ImplementationMapping'], article: provisionIri('ets185:2'), articleRef: 'ets185:2',
        title: 'Illegal access', jurisdiction: 'RS', statement: 'Provided in Article 302.', provisions: [provisionIri('rs-cc:199')], instruments: [], quoted: [],
        assessment: 'partial', rule: 'cites-provisions', source: 'coe-cybercrime-legislation-profile-serbia', sourceDate: null, provenance: at(60),
      },
    ],
    applications: [],
    // the fact model is its own engineer's; only the fields every fact has matter here
    facts: [
      {
        '@id': nodeIri('fact', 'ratification'), '@type': ['schema:Event'], kind: 'note', name: 'Ratification', alternateNames: [],
        description: 'Ratified on 14 April 2009.', source: 'coe-octopus-serbia-country-wiki', sourceDate: null, provenance: at(70, 'coe-octopus-serbia-country-wiki'),
      } as unknown as Dataset['facts'][number],
    ],
    conflicts: [],
    tombstones: [],
  };
}

/** A deep copy to edit. */
export function copy(data: Dataset): Dataset {
  return structuredClone(data);
}
