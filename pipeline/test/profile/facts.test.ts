import { Fact } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { instrumentIri, provisionIri } from '../../src/model/iri.js';
import { readProfileText } from '../../src/parse/profile/index.js';
import { profileSource } from './helpers.js';

const { graph, facts } = readProfileText(profileSource().ctx);

describe('the State’s standing with the Convention', () => {
  it('parses signature and ratification dates (day/month/year)', () => {
    expect(facts.country?.value).toBe('Republic of Serbia');
    expect(facts.signature).toMatchObject({ value: '2005-04-07', text: 'Signature of Convention: 07/04/2005' });
    expect(facts.ratification).toMatchObject({ value: '2009-04-14', text: 'Ratification/accession: 14/04/2009' });
  });

  it('parses the declaration of the Article 42 row', () => {
    const [d] = facts.declarations;
    expect(facts.declarations).toHaveLength(1);
    expect(d!.row).toBe(provisionIri('ets185:42'));
    expect(d!.registered?.value).toEqual({ date: '2009-07-16', at: 'Secretariat General', originalLanguage: 'Or. Engl.' });
    expect(d!.concerns?.value).toEqual(['24', '27', '35'].map((n) => provisionIri(`ets185:${n}`)));
    expect(d!.articlesInText).toEqual(d!.concerns?.value);
    expect(d!.period?.value).toEqual({ start: '2009-08-01', end: null });
    expect(d!.centralAuthority).toMatchObject({
      name: 'Ministry of Interior of the Republic of Serbia',
      units: ['Directorate of Crime Police', 'Department for the fight against organized crime'],
      streetAddress: 'Bulevar Mihajla Pupina 2',
      postalCode: '11070',
      addressLocality: 'Novi Beograd',
    });
    expect(d!.note?.value).toMatch(/^\[Note by the Secretariat/);
  });

  it('gives them as fact nodes, valid against the model', () => {
    for (const f of graph.facts) Fact.parse(f);
    const status = graph.facts.filter((f) => f.kind === 'convention-status');
    expect(status.map((f) => f.kind === 'convention-status' && [f.status, f.startDate, f.about])).toEqual([
      ['signatory', '2005-04-07', [instrumentIri('ets185')]],
      ['party', null, [instrumentIri('ets185')]],
    ]);
    const declaration = graph.facts.find((f) => f.kind === 'declaration');
    expect(declaration).toMatchObject({ dateRegistered: '2009-07-16', periodStart: '2009-08-01', registeredAt: 'Secretariat General', originalLanguage: 'Or. Engl.' });
    expect(graph.facts.find((f) => f.kind === 'organization')?.name).toBe('Ministry of Interior of the Republic of Serbia');
    for (const f of graph.facts) expect(f.sourceDate).toBeNull();
  });
});
