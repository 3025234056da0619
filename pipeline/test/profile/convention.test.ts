import { describe, expect, it } from 'vitest';
import { instrumentIri, provisionIri } from '../../src/model/iri.js';
import { parseProfile } from '../../src/parse/profile/index.js';
import { profileSource } from './helpers.js';

const graph = parseProfile(profileSource().ctx);
const byRef = new Map(graph.provisions.map((p) => [p.ref, p]));
const article = (n: string) => byRef.get(`ets185:${n}`)!;
const paragraphs = (n: string) => article(n).versions[0]!.paragraphs;
const paragraph = (n: string, p: string | null) => paragraphs(n).find((x) => x.number === p)!;

describe('the Convention on Cybercrime, as the profile gives it', () => {
  it('is an instrument of the Council of Europe', () => {
    const convention = graph.instruments.find((i) => i.ref === 'ets185')!;
    expect(convention).toMatchObject({ kind: 'convention', title: 'Convention on Cybercrime', number: 'ETS 185', jurisdiction: 'CoE' });
    expect(convention.hasPart).toEqual(['I', 'II', 'III'].map((c) => provisionIri(`ets185:chapter-${c}`)));
  });

  it('has every article of the table, in order: 1–22, 24–35 and 42', () => {
    const numbers = graph.provisions.filter((p) => p.kind === 'article' && p.ref.startsWith('ets185:')).map((p) => Number(p.number));
    const expected = [...Array.from({ length: 22 }, (_, i) => i + 1), ...Array.from({ length: 12 }, (_, i) => i + 24), 42];
    expect(numbers).toEqual(expected);
  });

  it('titles the articles as the table does', () => {
    expect(article('1').title).toBe('“Computer system”, “computer data”, “service provider”, “traffic data”');
    expect(article('2').title).toBe('Illegal access');
    expect(article('6').title).toBe('Misuse of devices');
    expect(article('16').title).toBe('Expedited preservation of stored computer data');
    expect(article('35').title).toBe('24/7 Network');
    expect(article('42').title).toBe('Reservations');
  });

  it('places articles in the chapters, sections and titles the table heads', () => {
    expect(byRef.get('ets185:chapter-II/section-1/title-1')!).toMatchObject({ kind: 'title', number: '1', title: 'Offences against the confidentiality, integrity and availability of computer data and systems' });
    expect(byRef.get('ets185:chapter-II/section-1')!).toMatchObject({ kind: 'section', title: 'Substantive criminal law', isPartOf: provisionIri('ets185:chapter-II') });
    expect(byRef.get('ets185:chapter-II')!.isPartOf).toBe(instrumentIri('ets185'));
    expect(article('1').isPartOf).toBe(provisionIri('ets185:chapter-I'));
    expect(article('2').isPartOf).toBe(provisionIri('ets185:chapter-II/section-1/title-1'));
    expect(article('13').isPartOf).toBe(provisionIri('ets185:chapter-II/section-1/title-5'));
    expect(article('16').isPartOf).toBe(provisionIri('ets185:chapter-II/section-2'));
    expect(article('22').isPartOf).toBe(provisionIri('ets185:chapter-II/section-3'));
    expect(article('24').isPartOf).toBe(provisionIri('ets185:chapter-III'));
    expect(byRef.get('ets185:chapter-II/section-2')!.hasPart).toEqual(['14', '15', '16', '17', '18', '19', '20', '21'].map((n) => provisionIri(`ets185:${n}`)));
  });

  it('has one undated version per article: the profile does not date the Convention text', () => {
    for (const p of graph.provisions.filter((x) => x.kind === 'article' && x.ref.startsWith('ets185:'))) {
      expect(p.versions).toHaveLength(1);
      expect(p.versions[0]).toMatchObject({ versionDate: null, validUntil: null, amendedBy: [] });
    }
    expect(article('16').versions[0]!['@id']).toBe(`${provisionIri('ets185:16')}/v/undated/eng`);
  });

  it('numbers paragraphs as paragraph provisions', () => {
    expect(article('16').hasPart).toEqual(['1', '2', '3', '4'].map((n) => provisionIri(`ets185:16/${n}`)));
    expect(byRef.get('ets185:16/2')!).toMatchObject({ kind: 'paragraph', number: '2', isPartOf: provisionIri('ets185:16') });
    expect(paragraph('16', '2')).toMatchObject({ realizes: provisionIri('ets185:16/2'), '@id': `${provisionIri('ets185:16/2')}/v/undated/eng` });
  });

  it('puts paragraphs a page break split back together', () => {
    expect(paragraph('10', '1').text).toContain('under its domestic law the infringement of copyright, as defined under the law of that Party');
    expect(paragraph('10', '1').text).toMatch(/by means of a computer system\.$/);
    expect(paragraph('16', '2').text).toContain('to enable the competent authorities to seek its disclosure. A Party may provide for such an order to be subsequently renewed.');
    expect(paragraph('2', null).text).toContain('the access to the whole or any part of a computer system without right. A Party may require');
    expect(paragraph('2', null).provenance).toHaveLength(2);
    expect(paragraph('13', '1').text).toContain('proportionate and dissuasive sanctions, which include deprivation of liberty.');
    expect(paragraph('24', '3').text).toBe(
      'If a Party that makes extradition conditional on the existence of a treaty receives a request for extradition from another Party with which it does not have an extradition treaty, it may consider this Convention as the legal basis for extradition with respect to any criminal offence referred to in paragraph 1 of this article.',
    );
    expect(paragraph('30', '1').text).toMatch(/a sufficient amount of traffic data to identify that service provider/);
  });

  it('keeps the body that a heading ran into apart from the title', () => {
    expect(paragraph('2', null).text).toMatch(/^Each Party shall adopt/);
    expect(paragraph('6', '1').text).toMatch(/^Each Party shall adopt/);
    expect(paragraph('1', null).text).toMatch(/^For the purposes of this Convention:/);
  });

  it('nests lettered and roman sub-paragraphs', () => {
    const p1 = paragraph('1', null);
    expect(p1.items.map((i) => i.number)).toEqual(['a', 'b', 'c', 'd']);
    expect(p1.items[2]!.items.map((i) => i.number)).toEqual(['i', 'ii']);
    const p6 = paragraph('6', '1');
    expect(p6.items.map((i) => i.number)).toEqual(['a', 'b']);
    expect(p6.items[0]!.items.map((i) => i.number)).toEqual(['i', 'ii']);
    expect(p6.items[1]!.text).toMatch(/^the possession of an item referred to in paragraphs a\.i or ii above/);
    const p14 = paragraph('14', '3');
    expect(p14.items.map((i) => i.number)).toEqual(['a', 'b']);
    expect(p14.items[1]!.items.map((i) => i.number)).toEqual(['i', 'ii']);
    // Text that resumes after the roman list belongs to b, not to ii.
    expect(p14.items[1]!.text).toMatch(/that Party may reserve the right not to apply these measures to such communications\./);
    expect(p14.items[1]!.items[1]!.text).toMatch(/whether public or private,$/);
    // Text after a lettered list belongs to the paragraph.
    expect(paragraph('19', '1').items[1]!.text).toBe('a computer-data storage medium in which computer data may be stored');
    expect(paragraph('19', '1').text).toMatch(/may be stored in its territory\.$/);
    expect(paragraph('20', '1').items[1]!.items.map((i) => i.number)).toEqual(['i', 'ii']);
    expect(paragraph('9', '1').items.map((i) => i.number)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps marks of the source (emphasis)', () => {
    const p = paragraph('15', '2');
    expect(p.marks).toHaveLength(1);
    expect(p.text.slice(p.marks[0]!.start, p.marks[0]!.end)).toBe('inter alia');
  });

  it('numbers a misprinted paragraph by its place and keeps the printed number as a conflict', () => {
    expect(paragraphs('29').map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(paragraph('29', '7').text).toMatch(/^Any preservation effected in response to the request/);
    const conflict = graph.conflicts.find((c) => c.subject === provisionIri('ets185:29/7'))!;
    expect(conflict.claims.map((c) => c.value)).toEqual(['4', '7']);
  });

  it('keeps an unnumbered paragraph after numbered ones unnumbered', () => {
    expect(paragraphs('22').map((p) => p.number)).toEqual(['1', '2', '3', '4', null]);
  });
});
