import { Fact, Instrument, type FactOf } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { instrumentIri, provisionIri } from '../../src/model/iri.js';
import { decideJoins, lanzaroteLogical } from '../../src/parse/lanzarote/layout.js';
import { parseLanzarote } from '../../src/parse/lanzarote/index.js';
import { sourceLines } from '../../src/parse/kit/text.js';
import { collapse, contextOf, expectFaithful, rawText, expectSourceError, of, lineOf } from './helpers.js';

const ID = 'rs-moi-lanzarote-reply-2017';
const raw = rawText(ID);
const parse = (text = raw) => parseLanzarote(contextOf(ID, text));


describe('layout: hard line breaks and split ordinals undone', () => {
  it('joins a split ordinal with nothing, a running sentence with a space, and breaks before bullets and after short lines', () => {
    const text = 'A long line that fills the printed width and runs on into the next for the 2\n\nnd\n\n round of the monitoring and more words here to fill\n\nthe line. \n\n• an item\n\nEnd.\n\nNext paragraph';
    const lines = sourceLines(text);
    expect(decideJoins(lines)).toEqual(['\n', '', ' ', ' ', '\n', '\n', '\n']);
    expect(lanzaroteLogical(text).text).toBe(
      'A long line that fills the printed width and runs on into the next for the 2nd round of the monitoring and more words here to fill the line.\n• an item\nEnd.\nNext paragraph',
    );
  });

  it('maps every logical character back to the raw text', () => {
    const lt = lanzaroteLogical(raw);
    const wrong = [...lt.text].map((c, i) => (c === ' ' || c === '\n' || raw[lt.map[i]!] === c ? null : i)).filter((i) => i !== null);
    expect(wrong).toEqual([]);
  });
});

describe('Lanzarote reply (the real letter)', () => {
  const graph = parse();
  const { facts } = graph;

  it('gives the letter: sender, addressee, number, date, place, the letter it answers', () => {
    const [letter] = of(facts, 'letter');
    expect(letter).toMatchObject({
      sender: 'The Government of the Republic of Serbia, Ministry of Interior, Minister’s Office',
      recipient: 'MINISTRY OF LABOUR, EMPLOYMENT, VETERANS AND SOCIAL AFFAIRS – Minister’s Office-',
      recipientAddress: ['Nemanjina22-26', '11 000 Belgrade'],
      number: '01 Number: 7875/17-2',
      dateSent: '2017-10-25',
      place: 'Belgrade',
      subjectLine: 'Lanzarote Committee Council of Europe, Reply.',
      inReplyTo: { text: 'Your letter of 28/7/2017.', date: '2017-07-28' },
      signature: 'ПОТПРЕДСЕДНИК ВЛАДЕ И МИНИСТАР',
    });
    expect(letter!.description).toMatch(/^Regarding the topical questionnaire for the 2nd round of the monitoring/);
  });

  it('cites a rejoined split ordinal by several spans, noted', () => {
    const [letter] = of(facts, 'letter');
    const opening = letter!.provenance.filter((p) => p.note?.includes('split'));
    expect(opening.length).toBeGreaterThan(1);
    expect(raw.slice(opening[0]!.start, opening[0]!.end)).toMatch(/for the 2$/);
    expect(raw.slice(opening[1]!.start, opening[1]!.end)).toMatch(/^nd\s+round/);
  });

  it('lists the legal framework, resolving the laws the project has', () => {
    const refs = of(facts, 'legal-reference');
    expect(refs.map((r) => [r.position, r.name, r.refersTo])).toEqual([
      [1, 'Criminal Code', instrumentIri('rs-cc')],
      [2, 'Criminal Proceedings Code', instrumentIri('rs-cpc')],
      [3, 'Jurisdiction and Organization of Anti-Cyber Crime Authorities Law', instrumentIri('rs-cybercrime-authorities-law')],
      [4, 'Special Measures to Prevent Criminal Offences against Sexual Freedoms of Children Law', null],
      [5, 'Confiscation of Property Proceeds from Criminal Offence Law', null],
      [6, 'Law on Children Criminal Offenders and Protection of Children under Criminal Law', null],
      [7, 'Special Protocol for Police Officers Protecting Children from Abuse and Neglect', null],
    ]);
    expect(refs[5]!.alternateNames.map((n) => n.name)).toContain('Law on Juvenile Crime Offenders and Protection of Children under Criminal Law');
  });

  it('gives the age definitions', () => {
    expect(of(facts, 'age-definition').map((a) => [a.term, a.minAge, a.maxAge, a.definedIn])).toEqual([
      ['child', null, 14, instrumentIri('rs-cc')],
      ['minor', 14, 18, instrumentIri('rs-cc')],
      ['juvenile', null, 18, instrumentIri('rs-cc')],
    ]);
  });

  it('gives the offences of Chapters XVIII and XXXIV', () => {
    const offences = of(facts, 'offence');
    const xviii = offences.filter((o) => o.chapter === provisionIri('rs-cc:chapter-XVIII'));
    expect(xviii).toHaveLength(11);
    expect(xviii.every((o) => o.articleRange?.from === provisionIri('rs-cc:178') && o.articleRange.to === provisionIri('rs-cc:186'))).toBe(true);
    expect(xviii[0]).toMatchObject({ name: 'Rape', chapterTitle: 'Criminal Offences against Sexual Liberties' });
    const exhibition = xviii.find((o) => o.name!.startsWith('Exhibition'))!;
    expect(exhibition.articles).toEqual([provisionIri('rs-cc:185')]);
    const grooming = xviii.at(-1)!;
    expect(grooming.alternateNames.map((n) => n.name)).toContain('grooming');
    const [trafficking] = offences.filter((o) => o.chapter === provisionIri('rs-cc:chapter-XXXIV'));
    expect(trafficking).toMatchObject({ name: 'Human Trafficking', articles: [provisionIri('rs-cc:388')], articleRange: null });
  });

  it('gives the 2017 Criminal Code amendments as a fact and as an amending-act Instrument', () => {
    const [event] = of(facts, 'amendment-event');
    expect(event).toMatchObject({ inForceFrom: '2017-06-01', amends: [instrumentIri('rs-cc')] });
    expect(event!.changes).toMatch(/^the sanctions have been made more rigorous for criminal offences against sexual freedoms and a criminal offence of sexual harassment has been inducted/);
    const [act] = graph.instruments;
    expect(Instrument.parse(act)).toMatchObject({ ref: 'rs-cc-amendments-2017', kind: 'amending-act', amends: [instrumentIri('rs-cc')], firstDateEntryInForce: '2017-06-01', title: 'Criminal Code Amendments' });
    expect(event!.amendingAct).toBe(act!['@id']);
    for (const p of act!.provenance) expect(collapse(raw.slice(p.start, p.end))).toMatch(/^Under the Criminal Code Amendments in effect as of 1 June 2017/);
  });

  it('gives the institutions, measures, registers, databases and cooperation with their years', () => {
    const years = (kind: Fact['kind']) => facts.filter((f) => f.kind === kind).map((f) => ('year' in f ? f.year : null)).filter((y) => y !== null);
    expect(years('institution')).toEqual(['2007/08']);
    expect(years('cooperation')).toEqual(['2009', '2014', '2017']);
    expect(years('measure')).toEqual(['2016']);
    expect(of(facts, 'register')).toHaveLength(1);
    expect(of(facts, 'database').length).toBeGreaterThanOrEqual(3);
    const division = of(facts, 'organization').find((o) => o.name === 'Anti-Cyber Crime Division')!;
    expect(division.foundingYear).toBe('2007/08');
    expect(of(facts, 'organization').filter((o) => o.parentOrganization === division['@id']).map((o) => o.name)).toEqual(['Anti-Cyber Crime Section', 'Anti-Intellectual Property Crime Section']);
    const training = of(facts, 'measure').find((m) => m.year === '2016')!;
    expect(training.counts).toMatchObject([{ value: 70, unit: 'police officers' }]);
    const [cp] = of(facts, 'contact-point');
    expect(cp).toMatchObject({ year: '2009', operatedBy: division['@id'] });
  });

  it('splits the paragraph the source ran into the prosecutor item', () => {
    const spo = of(facts, 'organization').find((o) => o.name === 'Special Anti-Cyber Crime Division')!;
    expect(spo.alternateNames.map((n) => n.name)).toContain('The Belgrade Superior Office of the Public Prosecutor – Special Anti-Cyber Crime Division');
    const runOn = of(facts, 'note').find((n) => n.text.startsWith('the Anti-Cyber Crime Division is the only specialized unit'))!;
    expect(runOn.provenance[0]!.note).toMatch(/runs this paragraph on/);
  });

  it('gives the results: operation Armageddon as of 2010, charges against 180 persons', () => {
    const [result] = of(facts, 'result');
    expect(result).toMatchObject({ year: '2010', counts: [{ value: 180, unit: 'persons' }] });
    const [operation] = of(facts, 'operation');
    expect(operation).toMatchObject({ name: 'Armageddon', startYear: '2010' });
    expect(result!.about).toContain(operation!['@id']);
    expect(operation!.conductedBy).toHaveLength(2);
  });

  it('validates every node and slices every span back to the raw text', () => {
    expectFaithful({ facts }, { [ID]: raw });
  });
});

describe('Lanzarote reply: a source that is not what the parser expects', () => {
  it('no letter number line', () => {
    const text = raw.replace('01 Number: 7875/17-2) 25 October 2017', '25 October 2017');
    expectSourceError(() => parse(text), 3, /the letter number and date/);
  });

  it('a date that is no date', () => {
    const text = raw.replace('25 October 2017', '31 February 2017');
    expectSourceError(() => parse(text), 3, /a calendar date/);
  });

  it('no Ref line', () => {
    const text = raw.replace('Ref: Your letter of 28/7/2017.', 'Your letter.');
    expectSourceError(() => parse(text), lineOf(text, 'Your letter.'), /the "Ref:" line/);
  });

  it('no legal framework list', () => {
    const text = raw.replace('Legal framework: ', 'The legal framework comprises: ');
    expectSourceError(() => parse(text), text.split('\n').length, /"Legal framework:" heading/);
  });

  it('a truncated letter', () => {
    const text = raw.slice(0, raw.indexOf('Regarding'));
    expectSourceError(() => parse(text), text.split('\n').length, /the body of the letter/);
  });

  it('a list of sections that does not match its count', () => {
    const text = raw.replace('It has two sections:', 'It has three sections:');
    expectSourceError(() => parse(text), lineOf(text, 'three sections'), /3 sections listed/);
  });
});
