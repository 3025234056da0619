import { Conflict, Fact, Instrument, Statement, type FactOf, type Provenance } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { ConflictLog } from '../../src/link/entities/conflicts.js';
import { linkEntities, type SourceText } from '../../src/link/entities/index.js';
import { mergeById } from '../../src/link/entities/merge.js';
import { normaliseName } from '../../src/model/names.js';
import { ENTITY_RULES, ruleForName } from '../../src/model/entity-rules.js';
import { emptyGraph, type Graph } from '../../src/model/graph.js';
import { instrumentIri, nodeIri } from '../../src/model/iri.js';
import { instrumentNode } from '../../src/model/nodes.js';
import { parseConference } from '../../src/parse/conference/index.js';
import { parseLanzarote } from '../../src/parse/lanzarote/index.js';
import { parseOctopus } from '../../src/parse/octopus/index.js';
import { collapse, contextOf, expectFaithful } from './helpers.js';

/** How the sources spell each linked entity (fixtures: the rule must recognise every one). */
const SPELLINGS: Record<string, string[]> = {
  'instrument-ets185': ['Budapest Convention', 'Convention de Budapest', 'Convention on Cybercrime', 'COE Cybercrime Convention'],
  'instrument-rs-cybercrime-authorities-law': [
    'LAW ON THE ORGANISATION AND COMPETENCES OF GOVERNMENT AUTHORITIES COMBATING CYBER CRIME',
    'Law on the Organisation and Competences of Government Authorities Combating Cyber Crime',
    'The Law on Organization and Jurisdiction of State Authorities for Combating High-Tech Criminality',
    'the Law on Organization and Jurisdiction of State Authorities for Combating the High – Tech Criminality',
    'Jurisdiction and Organization of Anti-Cyber Crime Authorities Law',
  ],
  'instrument-rs-cc': ['Criminal Code', 'Criminal Code of Republic of Serbia', 'CC', 'CC RS'],
  'instrument-rs-cpc': ['Criminal Proceedings Code', 'Criminal Procedure Code'],
  'legislation-rs-juvenile-offenders-law': [
    'Law on Children Criminal Offenders and Protection of Children under Criminal Law',
    'The Law on Juvenile Crime Offenders and Protection of Children under Criminal Law',
  ],
  'org-rs-special-prosecutor-high-tech-crime': [
    "Special Prosecutor's Office",
    'Special Prosecutors Office',
    'Special Prosecutor Office for High-Tech Crime',
    'Special Prosecution Office for High-Tech Crime',
    "Special Prosecutor's Office for High-Tech Crime",
    'The Public Prosecutor’s Office – Special Prosecutor Office for High-Tech Crime',
    'The Belgrade Superior Office of the Public Prosecutor – Special Anti-Cyber Crime Division',
    'Belgrade Superior Office of the Public Prosecutor’s Anti-Cyber Crime Special Division',
  ],
  'org-rs-moi-cybercrime-unit': [
    'Cybercrime Unit',
    'cyber crime unit',
    'The Ministry of Interior - Department for Combatting Cybercrime',
    'Department for Cybercrime',
    'Cybercrime Department of the Ministry of Interior',
    'Cybercrime Department of the Ministry of Interior of the Republic of Serbia',
    'Anti-Cyber Crime Division',
    'The Ministry of Interior – Anti-Cyber Crime Division',
  ],
  'org-rs-ministry-of-interior': ['The Ministry of Interior', 'Ministry of the Interior', 'the ministry responsible for internal affairs'],
  'org-rs-ministry-of-justice': ['The Ministry of Justice'],
  'org-rs-ministry-trade-tourism-telecommunications': ['The Ministry of Trade, Tourism and Telecommunications'],
  'org-rs-higher-court-belgrade': ['Higher Court in Belgrade', 'The Higher Court in Belgrade'],
  'operation-armageddon': ['Armageddon', '“Armageddon”'],
  'contact-point-rs-24-7': ['temporary contact point', 'around the clock available focal points involved in anti-cyber-crime activites'],
};

/** Names that look alike but are other entities: no rule (of that kind) may take them. */
const NOT_LINKED: [string, string][] = [
  ['Special Prosecutor', 'organization'],
  ['Cybercrime Department', 'organization'],
  ['Belgrade Superior Office of the Public Prosecutor', 'organization'],
  ['Ministry of Foreign and Internal Trade and Telecommunications', 'organization'],
  ['Armagedon', 'operation'],
  ['focal points available round the clock for cooperation with the company Facebook', 'contact-point'],
  ['Amending Law on the Organisation and Competences of the Government Authorities Combating Cybercrime', 'instrument'],
  ['Lanzarote Convention', 'instrument'],
];

describe('the linking rules table', () => {
  it('has unique ids and canonical IRIs, and no name in two rules', () => {
    expect(new Set(ENTITY_RULES.map((r) => r.id)).size).toBe(ENTITY_RULES.length);
    expect(new Set(ENTITY_RULES.map((r) => r.iri)).size).toBe(ENTITY_RULES.length);
    const names = ENTITY_RULES.flatMap((r) => r.names);
    expect(new Set(names).size).toBe(names.length);
    for (const r of ENTITY_RULES) for (const n of r.names) expect(normaliseName(n.replace(/ \*$/, '')), `${r.id}: "${n}" is normalised`).toBe(n.replace(/ \*$/, ''));
  });

  for (const rule of ENTITY_RULES) {
    it(`${rule.id}: recognises every spelling the sources use`, () => {
      const spellings = SPELLINGS[rule.id];
      expect(spellings, `fixtures for ${rule.id}`).toBeDefined();
      for (const s of spellings!) expect(ruleForName(s, [rule.kind])?.id, s).toBe(rule.id);
    });
  }

  it('takes no look-alike name', () => {
    for (const [name, kind] of NOT_LINKED) expect(ruleForName(name, [kind as never]), name).toBeNull();
  });
});

describe('merging by @id', () => {
  const p = (start: number, end: number): Provenance => ({ source: 's', sha256: '0'.repeat(64), start, end });
  const node = (name: string, startYear: string | null, at: number) =>
    ({ '@id': 'https://x/op', name, alternateNames: [{ name, provenance: [p(at, at + 5)] }], startYear, provenance: [p(at, at + 50)], evidence: startYear ? [{ property: 'startYear', text: `in ${startYear}`, provenance: [p(at + 10, at + 17)] }] : [] });

  it('unions names and provenance, keeps the first value, reports two values as a conflict citing each', () => {
    const log = new ConflictLog();
    const [merged] = mergeById([node('A', '2011', 0), node('B', null, 100), node('C', '2010', 200)], log) as unknown as ReturnType<typeof node>[];
    expect(merged!.name).toBe('A');
    expect(merged!.startYear).toBe('2011');
    expect(merged!.alternateNames.map((n) => n.name)).toEqual(['A', 'B', 'C']);
    expect(merged!.provenance).toHaveLength(3);
    expect(log.conflicts).toHaveLength(1);
    expect(log.conflicts[0]!.claims.map((c) => [c.value, c.provenance[0]!.start])).toEqual([['2011', 10], ['2010', 210]]);
  });
});

const IDS = {
  octopus: 'coe-octopus-serbia-country-wiki',
  lanzarote: 'rs-moi-lanzarote-reply-2017',
  conference: 'coe-paco-serbia-regional-conference-2007',
  law: 'rs-law-cybercrime-authorities-2005-2009',
  profile: 'coe-cybercrime-legislation-profile-serbia',
};
const contexts = Object.fromEntries(Object.entries(IDS).map(([k, id]) => [k, contextOf(id)])) as Record<keyof typeof IDS, ReturnType<typeof contextOf>>;
const raws = Object.fromEntries(Object.values(contexts).map((c) => [c.doc.source, c.doc.text]));
const texts: SourceText[] = Object.values(contexts).map((c) => ({ source: c.doc.source, sha256: c.doc.sha256, text: c.doc.text }));

/**
 * What the law and profile parsers (not under test here) contribute: the two Instruments, and
 * provenance over their text. A statement citing the whole file stands in for their nodes.
 */
function otherParsers(): Graph[] {
  return (['law', 'profile'] as const).map((k) => {
    const c = contexts[k];
    const statement = Statement.parse({
      '@id': nodeIri('statement', `${c.doc.source}/coverage`),
      '@type': ['cyberlex:Statement'],
      about: [instrumentIri('rs-cybercrime-authorities-law')],
      kind: 'note',
      text: '(the parsed text of the source)',
      source: c.doc.source,
      sourceDate: null,
      provenance: c.provenance([{ start: 0, end: c.doc.text.length }]),
    });
    const instrument = k === 'law'
      ? instrumentNode({ ref: 'rs-cybercrime-authorities-law', kind: 'law', jurisdiction: 'RS', title: 'Law on the Organisation and Competences of Government Authorities Combating Cyber Crime' })
      : instrumentNode({ ref: 'ets185', kind: 'convention', jurisdiction: 'CoE', title: 'Convention on Cybercrime', number: 'ETS 185' });
    return { ...emptyGraph(), statements: [statement], instruments: [instrument] };
  });
}

const link = () => linkEntities([parseOctopus(contexts.octopus), parseLanzarote(contexts.lanzarote), parseConference(contexts.conference), ...otherParsers()], texts);

describe('linking the real sources', () => {
  const { graph, conflicts, aliases } = link();
  const fact = (iri: string) => graph.facts.find((f) => f['@id'] === iri)!;
  const names = (iri: string) => fact(iri).alternateNames;
  const sourcesOf = (list: { name: string; provenance: Provenance[] }[], name: string) => list.find((n) => n.name === name)?.provenance.map((p) => p.source) ?? [];

  it('one node for the Special Prosecutor’s Office, every name kept with its own provenance', () => {
    const iri = nodeIri('organization', 'rs-special-prosecutor-high-tech-crime');
    const spo = names(iri);
    expect(sourcesOf(spo, 'Special Prosecutor Office for High-Tech Crime')).toContain(IDS.octopus);
    expect(sourcesOf(spo, 'Special Prosecution Office for High-Tech Crime')).toContain(IDS.octopus);
    expect(sourcesOf(spo, 'The Belgrade Superior Office of the Public Prosecutor – Special Anti-Cyber Crime Division')).toContain(IDS.lanzarote);
    expect(sourcesOf(spo, "Special Prosecutor's Office")).toContain(IDS.law);
    expect(graph.facts.filter((f) => f.kind === 'organization' && f.alternateNames.some((n) => n.name === 'Special Anti-Cyber Crime Division'))).toHaveLength(1);
  });

  it('one node for the Ministry of Interior’s cybercrime unit, with the law’s defined term', () => {
    const unit = names(nodeIri('organization', 'rs-moi-cybercrime-unit'));
    for (const [name, source] of [
      ['Department for Combatting Cybercrime', IDS.octopus],
      ['Cybercrime Department of the Ministry of Interior of the Republic of Serbia', IDS.octopus],
      ['Anti-Cyber Crime Division', IDS.lanzarote],
      ['Cybercrime Unit', IDS.law],
      ['the Unit', IDS.law],
    ] as const) expect(sourcesOf(unit, name), name).toContain(source);
    const division = fact(nodeIri('organization', 'rs-moi-cybercrime-unit')) as FactOf<'organization'>;
    expect(division.foundingYear).toBe('2007/08');
    expect(division.parentOrganization).toBe(nodeIri('organization', 'rs-ministry-of-interior'));
  });

  it('the law and the Convention get their names from every source', () => {
    const law = graph.instruments.find((i) => i['@id'] === instrumentIri('rs-cybercrime-authorities-law'))!;
    expect(sourcesOf(law.alternateNames, 'Jurisdiction and Organization of Anti-Cyber Crime Authorities Law')).toContain(IDS.lanzarote);
    expect(sourcesOf(law.alternateNames, 'Law on Organization and Jurisdiction of State Authorities for Combating the High – Tech Criminality')).toContain(IDS.profile);
    expect(sourcesOf(law.alternateNames, 'LAW ON THE ORGANISATION AND COMPETENCES OF GOVERNMENT AUTHORITIES COMBATING CYBER CRIME')).toContain(IDS.law);
    const convention = graph.instruments.find((i) => i['@id'] === instrumentIri('ets185'))!;
    expect(sourcesOf(convention.alternateNames, 'Convention de Budapest')).toContain(IDS.octopus);
    expect(sourcesOf(convention.alternateNames, 'Convention on Cybercrime')).toContain(IDS.conference);
    for (const i of graph.instruments) Instrument.parse(i);
    expect(aliases.every((a) => a.provenance.length > 0)).toBe(true);
  });

  it('one node for operation Armageddon and one for the 24/7 contact point', () => {
    expect(graph.facts.filter((f) => f.kind === 'operation')).toHaveLength(1);
    const cps = graph.facts.filter((f): f is FactOf<'contact-point'> => f.kind === 'contact-point');
    expect(cps).toHaveLength(1);
    expect(cps[0]).toMatchObject({ year: '2009', country: 'Serbia', operatedBy: nodeIri('organization', 'rs-moi-cybercrime-unit') });
    expect(new Set(cps[0]!.provenance.map((p) => p.source))).toEqual(new Set([IDS.conference, IDS.lanzarote]));
  });

  it('links point at the canonical nodes', () => {
    const [cyber] = graph.facts.filter((f): f is FactOf<'strategy'> => f.kind === 'strategy');
    expect(cyber!.responsible).toBe(nodeIri('organization', 'rs-ministry-of-interior'));
    expect(cyber!.involved).toEqual([nodeIri('organization', 'rs-moi-cybercrime-unit')]);
    const ids = new Set(graph.facts.map((f) => f['@id']));
    const [armagedon] = graph.facts.filter((f): f is FactOf<'case-study'> => f.kind === 'case-study' && f.number === '3');
    expect(ids.has(armagedon!.partOf!)).toBe(true);
  });

  it('keeps both claims of a disagreement, each with its span: Armageddon began 2011 or 2010', () => {
    const c = conflicts.find((x) => x.subject === nodeIri('operation', 'rs-armageddon') && x.property === 'startYear')!;
    expect(c.claims.map((x) => [x.value, x.source])).toEqual([['2011', IDS.octopus], ['2010', IDS.lanzarote]]);
    for (const claim of c.claims) {
      const text = claim.provenance.map((p) => collapse(raws[p.source]!.slice(p.start, p.end))).join(' ');
      expect(text).toContain(claim.value);
    }
    expect(raws[IDS.octopus]!.slice(c.claims[0]!.provenance[0]!.start, c.claims[0]!.provenance[0]!.end)).toBe('This operation commenced in 2011.');
    expect(raws[IDS.lanzarote]!.slice(c.claims[1]!.provenance[0]!.start, c.claims[1]!.provenance[0]!.end)).toBe('As of 2010');
  });

  it('keeps both counts the conference record gives: 12 and 16 countries', () => {
    const c = conflicts.find((x) => x.property === 'counts/countries')!;
    expect(c.claims.map((x) => x.value)).toEqual(['12', '16']);
    expect(c.claims.map((x) => raws[x.source]!.slice(x.provenance[0]!.start, x.provenance[0]!.end))).toEqual(['12 countries', '16 countries']);
  });

  it('every conflict and fact is valid, and every span slices back to its source', () => {
    for (const c of graph.conflicts) Conflict.parse(c);
    expect(graph.conflicts).toEqual(conflicts);
    expect(graph.facts.every((f) => Fact.safeParse(f).success)).toBe(true);
    expectFaithful(graph, raws);
    const unique = new Set(graph.facts.map((f) => f['@id']));
    expect(unique.size).toBe(graph.facts.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(link())).toBe(JSON.stringify({ graph, conflicts, aliases }));
  });
});
