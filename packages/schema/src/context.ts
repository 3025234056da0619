/**
 * The one JSON-LD @context every package ships. Each term maps to ELI, schema.org,
 * PROV-O, Web Annotation, Dublin Core or — only where none has it — the project namespace.
 * A test checks that every key used in any dataset is defined here.
 */
import { FACT_CONTEXT_TERMS } from './context-facts.js';

export const NAMESPACES = {
  eli: 'http://data.europa.eu/eli/ontology#',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  cyberlex: 'https://w3id.org/cyberlex/ns#',
} as const;

type Term = string | { '@id': string; '@type'?: string; '@container'?: string; '@context'?: Record<string, Term> };

const id = (iri: string, container?: '@set' | '@list'): Term =>
  container ? { '@id': iri, '@type': '@id', '@container': container } : { '@id': iri, '@type': '@id' };
const date = (iri: string): Term => ({ '@id': iri, '@type': 'xsd:date' });
const set = (iri: string): Term => ({ '@id': iri, '@container': '@set' });
const int = (iri: string): Term => ({ '@id': iri, '@type': 'xsd:nonNegativeInteger' });
const list = (iri: string): Term => ({ '@id': iri, '@container': '@list' });

export const CONTEXT_TERMS: Record<string, Term> = {
  // dataset
  package: 'cyberlex:package',
  name: 'schema:name',
  description: 'schema:description',
  sources: set('prov:wasDerivedFrom'),
  instruments: set('cyberlex:instrument'),
  provisions: set('cyberlex:provision'),
  statements: set('cyberlex:statement'),
  // In a mapping, `provisions` and `instruments` are links (IRIs) to what the answer cites, not nodes the dataset
  // holds: a property-scoped context (which may redefine protected terms) makes them IRIs there.
  mappings: {
    '@id': 'cyberlex:mapping',
    '@container': '@set',
    '@context': { provisions: id('cyberlex:citesProvision', '@set'), instruments: id('cyberlex:citesInstrument', '@set') },
  },
  applications: set('cyberlex:application'),
  facts: set('cyberlex:fact'),
  conflicts: set('cyberlex:conflict'),
  tombstones: set('cyberlex:tombstone'),
  // source documents
  id: 'dcterms:identifier',
  file: 'cyberlex:file',
  kind: 'cyberlex:kind',
  publisher: 'dcterms:publisher',
  language: 'dcterms:language',
  date: date('dcterms:date'),
  sha256: 'cyberlex:sha256',
  mediaType: 'dcterms:format',
  // instruments and provisions (ELI)
  ref: 'eli:id_local',
  title: 'eli:title',
  alternateNames: set('cyberlex:alternateName'),
  alternateTitles: set('cyberlex:alternateTitle'),
  number: 'eli:number',
  publishedIn: set('eli:published_in'),
  // "RS", "CoE" as text: schema:legislationJurisdiction takes text (eli:jurisdiction wants a concept IRI)
  jurisdiction: 'schema:legislationJurisdiction',
  // eli:legal_value takes a concept: the one value used, "unofficial", is mapped to ELI's LegalValue-unofficial
  legalValue: { '@id': 'eli:legal_value', '@type': '@vocab', '@context': { unofficial: 'eli:LegalValue-unofficial' } },
  firstDateEntryInForce: date('eli:first_date_entry_in_force'),
  entryIntoForce: set('cyberlex:entryIntoForce'),
  appliesTo: id('cyberlex:appliesTo', '@set'),
  amends: id('eli:amends', '@set'),
  amendedBy: id('eli:amended_by', '@set'),
  instrument: id('cyberlex:instrumentOf'),
  isPartOf: id('eli:is_part_of'),
  hasPart: id('eli:has_part', '@set'),
  versions: set('eli:is_realized_by'),
  realizes: id('eli:realizes'),
  versionDate: date('eli:version_date'),
  validUntil: date('eli:date_no_longer_in_force'),
  status: 'cyberlex:status',
  textStatus: 'cyberlex:textStatus',
  paragraphs: list('cyberlex:paragraphs'),
  items: list('cyberlex:items'),
  text: 'cyberlex:text',
  marks: set('cyberlex:mark'),
  carriedOver: { '@id': 'cyberlex:carriedOver', '@type': 'xsd:boolean' },
  variants: set('cyberlex:variant'),
  paragraph: id('cyberlex:variantOf'),
  // statements and mappings
  about: id('cyberlex:about', '@set'),
  source: 'cyberlex:sourceId',
  sourceDate: date('cyberlex:sourceDate'),
  article: id('cyberlex:conventionArticle'),
  articleRef: 'cyberlex:conventionArticleRef',
  statement: 'cyberlex:statementText',
  quoted: id('cyberlex:quotes', '@set'),
  assessment: 'cyberlex:assessment',
  rule: 'cyberlex:rule',
  // eli:applies: on a node in `applications`, from the national provision to the Convention article it applies.
  applies: id('eli:applies', '@set'),
  // conflicts, tombstones
  subject: id('cyberlex:subject'),
  property: 'cyberlex:property',
  claims: set('cyberlex:claim'),
  value: 'cyberlex:value',
  replacedBy: id('dcterms:isReplacedBy'),
  reason: 'cyberlex:reason',
  since: 'cyberlex:since',
  // provenance (W3C Web Annotation TextPositionSelector, flattened onto the span)
  provenance: set('cyberlex:provenance'),
  start: int('oa:start'),
  end: int('oa:end'),
  page: int('cyberlex:page'),
  note: 'cyberlex:note',
};

export const context = {
  '@version': 1.1,
  // every node's @type is an array in the data; compaction keeps it one, so data round-trips through expansion
  '@type': { '@container': '@set' },
  ...NAMESPACES,
  ...CONTEXT_TERMS,
  ...FACT_CONTEXT_TERMS,
  '@protected': true,
} as const;
