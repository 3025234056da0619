import { Fact, type FactOf } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { instrumentIri, provisionIri } from '../../src/model/iri.js';
import { parseOctopus } from '../../src/parse/octopus/index.js';
import { contextOf, englishVariant, expectFaithful, rawText, expectSourceError, of, lineOf } from './helpers.js';

const ID = 'coe-octopus-serbia-country-wiki';
const french = rawText(ID);

const parse = (text = french) => parseOctopus(contextOf(ID, text));
const org = (facts: Fact[], name: string) => of(facts, 'organization').find((o) => o.name === name);


describe('Octopus country wiki (French headings, the real page)', () => {
  const { facts } = parse();

  it('gives the status regarding the Budapest Convention and the declaration with its dates', () => {
    const [status] = of(facts, 'convention-status');
    expect(status).toMatchObject({ about: [instrumentIri('ets185')], status: 'party', statusLabel: 'Partie', country: 'Serbia', startDate: null });
    const [decl] = of(facts, 'declaration');
    expect(status!.declarations).toEqual([decl!['@id']]);
    expect(decl).toMatchObject({
      concerns: [instrumentIri('ets185')],
      author: "the Chargée d'affaires a.i. of Serbia",
      letterDate: '2009-07-16',
      dateRegistered: '2009-07-16',
      registeredAt: 'the Secretariat General',
      originalLanguage: 'Engl',
      periodStart: null,
    });
    expect(decl!.text).not.toMatch(/Voir le profil/);
  });

  it('gives each strategy: period, adoption, action plan, numbered goals, responsible and involved bodies', () => {
    const [cyber, infosec] = of(facts, 'strategy');
    expect(cyber).toMatchObject({ name: 'Strategy for Combating Cybercrime 2019-2023', startYear: '2019', endYear: '2023', adopted: '2018-09-15' });
    expect(cyber!.actionPlan).toMatchObject({ name: 'Action Plan', startYear: '2019', endYear: '2020' });
    expect(cyber!.goals.map((g) => g.number)).toEqual(['1', '2', '3', '4']);
    expect(cyber!.goals[3]!.text).toBe('Improved cooperation at the national, regional and international level.');
    expect(cyber!.responsible).toBe(org(facts, 'Ministry of Interior')!['@id']);
    expect(cyber!.involved).toEqual([org(facts, 'Department for Cybercrime')!['@id']]);
    expect(infosec).toMatchObject({ startYear: '2017', endYear: '2020', adopted: '2017-05-30', actionPlan: null, goals: [] });
    expect(infosec!.responsible).toBe(org(facts, 'Ministry of Trade, Tourism and Telecommunications')!['@id']);
    expect(infosec!.involved).toEqual([org(facts, 'National CERT')!['@id']]);
  });

  it('gives the specialised institutions and other authorities, with the parent a name gives', () => {
    const orgs = of(facts, 'organization');
    expect(orgs.filter((o) => o.categories.includes('specialised-institution'))).toHaveLength(7);
    expect(orgs.filter((o) => o.categories.includes('other-relevant-authority')).map((o) => o.name)).toEqual([
      'Higher Court in Belgrade',
      'Ministry of Foreign and Internal Trade and Telecommunications',
      'Republic Agency for Electronic Communications',
      'Republic Broadcasting Agency',
    ]);
    const dept = org(facts, 'Department for Combatting Cybercrime')!;
    expect(dept.parentOrganization).toBe(org(facts, 'Ministry of Interior')!['@id']);
    expect(dept.alternateNames.map((n) => n.name)).toContain('The Ministry of Interior - Department for Combatting Cybercrime');
    expect(org(facts, 'Special Prosecutor Office for High-Tech Crime')!.parentOrganization).toBe(org(facts, 'Public Prosecutor’s Office')!['@id']);
    expect(org(facts, 'Service for Special Investigation Techniques, Electronic Surveillance Unit')!.alternateNames.map((n) => n.name)).toContain('Digital Forensic Unit');
  });

  it('gives each case study: Convention articles, period, parties, countries, amounts, conviction', () => {
    const cases = of(facts, 'case-study');
    expect(cases.map((c) => c.name)).toEqual(['POWER OFF', 'SKRILL', 'Armagedon']);
    expect(cases.map((c) => c.filedUnder)).toEqual([
      [provisionIri('ets185:5'), provisionIri('ets185:6')],
      [provisionIri('ets185:7'), provisionIri('ets185:8')],
      [provisionIri('ets185:9')],
    ]);
    const [power, skrill, armagedon] = cases;
    expect(power!.period).toMatchObject({ periodFrom: '2015-09', periodTo: '2018-04' });
    expect(power!.parties.map((p) => [p.name, p.country])).toEqual([['M.J.', null], ['K.R.', 'Croatia'], ['D.V.', null]]);
    expect(power!.countries.map((c) => c.name)).toEqual(['Netherlands', 'Great Britain', 'Serbia', 'Croatia', 'Spain', 'Italy', 'Germany', 'Austria', 'Hong Kong', 'Canada', 'USA']);
    expect(power!.amounts.map((a) => [a.value, a.currency, a.kind, a.approximate])).toEqual([
      [100000, 'EUR', 'gain', true],
      [1.87465457, 'BTC', 'seized', false],
      [6282.18, 'USD', 'frozen', false],
    ]);
    expect(skrill!.amounts.map((a) => [a.value, a.valueMax, a.kind])).toEqual([[50, null, 'other'], [50000, 60000, 'invested'], [25000, 30000, 'profit']]);
    expect(armagedon!.convictedUnder).toEqual([provisionIri('rs-cc:185'), provisionIri('rs-cc:135/1')]);
    expect(armagedon!.convictions.map((c) => c.offence)).toEqual(['Showing, procuring and possession of Pornographic Material and Juvenile Pornography', 'Coercion']);
    expect(armagedon!.period).toMatchObject({ text: 'period of 2 years', periodFrom: null, periodTo: null });
    const [operation] = of(facts, 'operation');
    expect(armagedon!.partOf).toBe(operation!['@id']);
    expect(operation).toMatchObject({ name: 'Armageddon', startYear: '2011' });
    expect(operation!.conductedBy).toHaveLength(2);
  });

  it('takes nothing from the footer or the navigation', () => {
    const all = JSON.stringify(facts);
    for (const chrome of ['Connaissez-vous', 'Modèle', 'Outils sur la cybercriminalité', 'These profiles do not necessarily', 'Retour']) expect(all).not.toContain(chrome);
  });

  it('validates every node and slices every span back to the raw text', () => {
    expectFaithful({ facts }, { [ID]: french });
  });
});

describe('Octopus country wiki (English headings)', () => {
  const english = englishVariant(french);

  it('the variant really has the English headings', () => {
    for (const h of ['Status regarding Budapest Convention', 'Cybercrime policies/strategies', 'Specialised institutions', 'Case law', 'Status: Party']) expect(english).toContain(h);
    expect(english).not.toContain('Jurisprudence');
  });

  it('parses to the same facts, but for the status label and the convention name', () => {
    const strip = (facts: Fact[]) => JSON.stringify(facts, (k, v) => (k === 'provenance' || k === 'evidence' || k === 'alternateNames' || k === 'statusLabel' ? undefined : v));
    const en = parse(english).facts;
    expect(strip(en)).toBe(strip(parse().facts));
    expect(of(en, 'convention-status')[0]).toMatchObject({ statusLabel: 'Party', status: 'party', about: [instrumentIri('ets185')] });
    expectFaithful({ facts: en }, { [ID]: english });
  });
});

describe('Octopus country wiki: a source that is not what the parser expects', () => {
  
  it('a missing section', () => {
    const text = french.replace('Institutions spécialisées\n', '');
    expectSourceError(() => parse(text), lineOf(text, 'Outils sur la cybercriminalité'), /section headed "Institutions spécialisées" or "Specialised institutions"/);
  });

  it('a section twice', () => {
    const text = french.replace('Case study 3', 'Jurisprudence / droit jurisprudent\n\nCase study 3');
    expectSourceError(() => parse(text), lineOf(text, 'Case study 3') - 2, /one .*"Case law" section/);
  });

  it('a truncated page', () => {
    const text = french.slice(0, french.indexOf('Institutions spécialisées'));
    expectSourceError(() => parse(text), text.split('\n').length, /section headed/);
  });

  it('an unknown status', () => {
    const text = french.replace('Statut : Partie', 'Statut : Observateur');
    expectSourceError(() => parse(text), lineOf(text, 'Statut : Observateur'), /a status \(Partie/);
  });

  it('fewer goals than the strategy says', () => {
    const text = french.replace(/\n4\. Improved cooperation[^\n]*\n/, '\n');
    expectSourceError(() => parse(text), lineOf(text, 'This strategy stipulates'), /4 numbered goals/);
  });

  it('case studies out of order', () => {
    const text = french.replace('Case study 2 –', 'Case study 5 –');
    expectSourceError(() => parse(text), lineOf(text, 'Case study 5'), /case study 2/);
  });

  it('a conviction without the code it cites', () => {
    const text = french.replace('paragraph 1 CC.', 'paragraph 1.');
    expectSourceError(() => parse(text), lineOf(text, 'The defendant was convicted'), /the code a conviction cites/);
  });
});
