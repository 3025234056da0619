/**
 * JSON-LD terms for the keys the fact model (model/facts.ts) uses that context.ts does not define
 * yet. To be merged into CONTEXT_TERMS. Each maps to schema.org, ELI, Dublin Core, PROV-O or — only
 * where none fits — the project namespace; dates are typed xsd:date, links are `@type: @id`.
 * Keys context.ts already defines (name, description, kind, status, number, text, value, about,
 * items, date, amends, instrument, title, property, provenance …) are reused as they are.
 */
export type FactTerm = string | { '@id': string; '@type'?: string; '@container'?: '@set' | '@list' };

const id = (iri: string, container?: '@set' | '@list'): FactTerm =>
  container ? { '@id': iri, '@type': '@id', '@container': container } : { '@id': iri, '@type': '@id' };
const date = (iri: string): FactTerm => ({ '@id': iri, '@type': 'xsd:date' });
const set = (iri: string): FactTerm => ({ '@id': iri, '@container': '@set' });
const list = (iri: string): FactTerm => ({ '@id': iri, '@container': '@list' });
const typed = (iri: string, type: string): FactTerm => ({ '@id': iri, '@type': type });

export const FACT_CONTEXT_TERMS: Record<string, FactTerm> = {
  // provenance of scalar fields
  evidence: set('cyberlex:evidence'),
  // convention status, declaration
  country: 'cyberlex:country',
  statusLabel: 'cyberlex:statusLabel',
  startDate: date('schema:startDate'),
  dateRatified: date('cyberlex:dateRatified'),
  endDate: date('schema:endDate'),
  declarations: id('cyberlex:declaration', '@set'),
  concerns: id('schema:about', '@set'),
  author: 'schema:author',
  letterDate: date('schema:dateCreated'),
  dateRegistered: date('cyberlex:dateRegistered'),
  registeredAt: 'cyberlex:registeredAt',
  originalLanguage: 'schema:inLanguage',
  periodStart: date('cyberlex:periodStart'),
  // strategy
  startYear: typed('cyberlex:startYear', 'xsd:gYear'),
  endYear: typed('cyberlex:endYear', 'xsd:gYear'),
  adopted: date('cyberlex:dateAdopted'),
  actionPlan: 'cyberlex:actionPlan',
  goals: list('cyberlex:goal'),
  responsible: id('cyberlex:responsible'),
  involved: id('schema:contributor', '@set'),
  // organisation
  parentOrganization: id('schema:parentOrganization'),
  categories: set('cyberlex:category'),
  foundingYear: 'cyberlex:foundingYear',
  // case study
  filedUnder: id('cyberlex:filedUnder', '@set'),
  period: 'cyberlex:period',
  periodFrom: 'cyberlex:periodFrom',
  periodTo: 'cyberlex:periodTo',
  parties: set('cyberlex:party'),
  countries: set('cyberlex:countryInvolved'),
  amounts: set('cyberlex:amount'),
  valueMax: 'schema:maxValue',
  currency: 'schema:currency',
  approximate: typed('cyberlex:approximate', 'xsd:boolean'),
  convictedUnder: id('cyberlex:convictedUnder', '@set'),
  convictions: set('cyberlex:conviction'),
  offence: 'cyberlex:offence',
  provision: id('cyberlex:convictedUnderProvision'),
  partOf: id('schema:isPartOf'),
  // event
  location: 'schema:location',
  identifiers: set('schema:identifier'),
  label: 'cyberlex:label',
  codes: set('cyberlex:code'),
  objectives: list('cyberlex:objective'),
  outcomes: list('cyberlex:outcome'),
  conclusions: list('cyberlex:conclusion'),
  followUps: list('cyberlex:followUp'),
  dateText: 'cyberlex:dateText',
  counts: set('cyberlex:count'),
  unit: 'schema:unitText',
  participants: 'cyberlex:participants',
  experts: set('cyberlex:expert'),
  secretariat: set('cyberlex:secretariat'),
  contact: 'cyberlex:contact',
  dateModified: { '@id': 'schema:dateModified', '@type': 'xsd:date', '@container': '@set' },
  datePrinted: date('cyberlex:datePrinted'),
  fields: list('cyberlex:field'),
  // letter
  sender: 'schema:sender',
  recipient: 'schema:recipient',
  recipientAddress: list('schema:address'),
  dateSent: date('schema:dateSent'),
  place: 'schema:locationCreated',
  subjectLine: 'schema:headline',
  inReplyTo: 'cyberlex:inReplyTo',
  signature: 'cyberlex:signature',
  // age definition, offence
  term: 'schema:termCode',
  minAge: typed('cyberlex:minAge', 'xsd:nonNegativeInteger'),
  maxAge: typed('cyberlex:maxAge', 'xsd:nonNegativeInteger'),
  definedIn: id('schema:inDefinedTermSet'),
  chapter: id('cyberlex:chapter'),
  chapterTitle: 'cyberlex:chapterTitle',
  articles: id('cyberlex:article', '@set'),
  articleRange: 'cyberlex:articleRange',
  from: id('cyberlex:fromProvision'),
  to: id('cyberlex:toProvision'),
  // amendment event, legal reference
  amendingAct: id('cyberlex:amendingAct'),
  inForceFrom: date('cyberlex:inForceFrom'),
  changes: 'cyberlex:changes',
  refersTo: id('dcterms:references'),
  position: typed('schema:position', 'xsd:positiveInteger'),
  // operation, contact point, described activities
  conductedBy: id('schema:organizer', '@set'),
  operatedBy: id('cyberlex:operatedBy'),
  year: 'cyberlex:year',
};
