import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parse/profile/citation-tokens.js';
import { readCitations } from '../../src/parse/profile/citations.js';
import { instrumentIri } from '../../src/model/iri.js';
import { ProfileInstruments } from '../../src/parse/profile/instruments.js';
import { citedRefs } from '../../src/parse/profile/mapping.js';

const fail = (expected: string): never => {
  throw new Error(expected);
};
const serbia = new ProfileInstruments('rs');
const refs = (text: string, context: string | null = null) => readCitations(text, context, serbia, fail).citations.flatMap(citedRefs);

describe('the citation grammar', () => {
  it('tokenizes numbers, dates, quoted names and dashes', () => {
    expect(tokenize('article 185a from 4/11/2008 “a name” 507-515').map((t) => [t.kind, t.text])).toEqual([
      ['word', 'article'],
      ['number', '185a'],
      ['word', 'from'],
      ['date', '4/11/2008'],
      ['quote', 'a name'],
      ['number', '507'],
      ['dash', '-'],
      ['number', '515'],
    ]);
  });

  it('reads paragraph lists and bare paragraph numbers after an article', () => {
    expect(refs('This is provided in article 300 paragraph 1, 2 and 3 and article 302 1 and 2 of CRRS (“Unauthorized access”).')).toEqual([
      'rs-cc:300/1',
      'rs-cc:300/2',
      'rs-cc:300/3',
      'rs-cc:302/1',
      'rs-cc:302/2',
    ]);
  });

  it('takes "in paragraph …" for the article cited before it', () => {
    expect(refs('In Chapter 12, article 112 of Criminal Code of Republic of Serbia (CCRS), in paragraph 17, 18, 19 and 20, terms: …')).toEqual([
      'rs-cc:112/17',
      'rs-cc:112/18',
      'rs-cc:112/19',
      'rs-cc:112/20',
    ]);
  });

  it('tells an article from a paragraph by the "paragraph" after it', () => {
    expect(refs('general provisions of article 85 paragraph 1, 146 paragraph 1 and 7, article 155, and 255 paragraph 2, can be applied.', 'rs-cpc')).toEqual([
      'rs-cpc:85/1',
      'rs-cpc:146/1',
      'rs-cpc:146/7',
      'rs-cpc:155',
      'rs-cpc:255/2',
    ]);
    expect(refs('For these purposes article 84, and 85 paragraph 2,3 and 4, and 147 paragraph 2 of CPC can be applied.')).toEqual([
      'rs-cpc:84',
      'rs-cpc:85/2',
      'rs-cpc:85/3',
      'rs-cpc:85/4',
      'rs-cpc:147/2',
    ]);
  });

  it('spells out article ranges and binds each to the instrument named before it', () => {
    const r = refs('regulated in Chapter 34 of CPC named as “The Procedure …” according to articles 507-515, as well as, the Law on Organization and Jurisdiction of State Authorities for Combating the High – Tech Criminality, according to articles 4 – 11.');
    expect(r.slice(0, 9)).toEqual(['507', '508', '509', '510', '511', '512', '513', '514', '515'].map((n) => `rs-cpc:${n}`));
    expect(r.slice(9)).toEqual(['4', '5', '6', '7', '8', '9', '10', '11'].map((n) => `rs-cybercrime-authorities-law:${n}`));
  });

  it('reads chapters, their names and the instruments cited as a whole', () => {
    const read = readCitations('This question is regulated in Chapter 34 of CPC named as “The Procedure for applying of International Legal Assistance”.', null, serbia, fail);
    expect(read.citations[0]).toMatchObject({ kind: 'chapter', instrument: 'rs-cpc', numbers: ['34'], name: { text: 'The Procedure for applying of International Legal Assistance' } });
    const whole = readCitations('Procedural provisions are covered in Criminal Procedural Code, and The Law on Organization and Jurisdiction of State Authorities for Combating High- Tech Criminality.', null, serbia, fail);
    expect(whole.wholeInstruments.map((m) => m.instrument)).toEqual(['rs-cpc', 'rs-cybercrime-authorities-law']);
  });

  it('reads ordinal paragraphs, names in brackets and a name directly after the instrument', () => {
    expect(refs('In Chapter 27 at article 298 “Damaging of computer data and programs” illegal interception is covered in the first paragraph.', 'rs-cc')).toEqual(['rs-cc:298/1']);
    const named = readCitations('This is provided in articles: 299 (“Computer sabotage”) and 300 (“Creating and inserting of computer viruses”).', 'rs-cc', serbia, fail);
    expect(named.citations.map((c) => [c.numbers, c.name?.text])).toEqual([
      [['299'], 'Computer sabotage'],
      [['300'], 'Creating and inserting of computer viruses'],
    ]);
    expect(readCitations('In Chapter 27 at article 302 of CCRS “Illegal access”', null, serbia, fail).citations[1]!.name?.text).toBe('Illegal access');
  });

  it('decides the instrument: the name right after, else before, else after, else the context', () => {
    expect(refs('Partially article 185 Penal code, but …')).toEqual(['rs-cc:185']);
    expect(refs('Article 30 paragraph 1 of the CCRS is applied. It is only concerning the article 301, paragraph 2.')).toEqual(['rs-cc:30/1', 'rs-cc:301/2']);
    expect(refs('in the sense of article 29 of the Convention.')).toEqual(['ets185:29']);
    expect(refs('in the sense of article 29.', 'ets185')).toEqual(['ets185:29']);
    expect(() => refs('article 29 applies.')).toThrow(/instrument a citation is of/);
  });

  it('does not read numbers inside dates or quoted names as citations', () => {
    expect(refs('From 4/11/2008 Law on corporate liability has been entered into force.')).toEqual([]);
    expect(refs('article 199 named as "Unauthorized exploitation of article 5", paragraph 1 and 2', 'rs-cc')).toEqual(['rs-cc:199/1', 'rs-cc:199/2']);
  });
});

describe('national instruments', () => {
  it('belong to the jurisdiction the profile is of', () => {
    const other = new ProfileInstruments('xs-001');
    const read = readCitations('This is provided in article 302 of CCRS and article 85 of CPC, and the Convention.', null, other, fail);
    expect(read.citations.flatMap(citedRefs)).toEqual(['xs-001-cc:302', 'xs-001-cpc:85']);
    expect(other.criminalCode).toMatchObject({ ref: 'xs-001-cc', jurisdiction: 'XS-001', title: 'Criminal Code' });
    expect(other.isNational('ets185')).toBe(false);
    expect(other.isQuotedCode('xs-001-cpc')).toBe(true);
    expect(other.isQuotedCode('rs-cpc')).toBe(false);
  });

  it('live in the ELI tree under their jurisdiction', () => {
    expect(instrumentIri('rs-cc')).toMatch(/\/eli\/rs\/code\/criminal$/);
    expect(instrumentIri('xs-001-cpc')).toMatch(/\/eli\/xs-001\/code\/criminal-procedure$/);
    expect(instrumentIri('rs-og-72-2009')).toMatch(/\/eli\/rs\/law\/2009\/72$/);
    expect(instrumentIri('xs-001-og-72-2009')).toMatch(/\/eli\/xs-001\/law\/2009\/72$/);
  });
});
