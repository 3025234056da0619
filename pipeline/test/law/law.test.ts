import { Instrument, Provision } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { parseLaw } from '../../src/parse/law/index.js';
import { comparable, rawText, spanText, textSource } from '../../../test/helpers/sources.js';

const ID = 'rs-law-cybercrime-authorities-2005-2009';
const parse = (text?: string) => parseLaw(textSource(ID, text).ctx);

describe('the law on the authorities combating cybercrime', () => {
  const graph = parse();
  const byRef = new Map(graph.provisions.map((p) => [p.ref, p]));
  const law = graph.instruments.find((i) => i.ref === 'rs-cybercrime-authorities-law')!;
  const amending = graph.instruments.find((i) => i.ref === 'rs-og-104-2009')!;

  it('is valid against the model', () => {
    for (const i of graph.instruments) Instrument.parse(i);
    for (const p of graph.provisions) Provision.parse(p);
  });

  it('has the instrument with both gazette numbers', () => {
    expect(law.title).toBe('LAW ON THE ORGANISATION AND COMPETENCES OF GOVERNMENT AUTHORITIES COMBATING CYBER CRIME');
    expect(law.number).toBe('61/2005');
    expect(law.publishedIn).toEqual(['Official Gazette of the Republic of Serbia 61/2005', 'Official Gazette of the Republic of Serbia 104/2009']);
    expect(law.amendedBy).toEqual([amending['@id']]);
  });

  it('has four chapters, three numbered headings and fifteen articles', () => {
    const kinds = (k: string) => graph.provisions.filter((p) => p.kind === k && p.ref.startsWith('rs-cybercrime-authorities-law:'));
    expect(kinds('chapter').map((c) => c.number)).toEqual(['I', 'II', 'III', 'IV']);
    expect(kinds('heading').map((h) => h.title)).toEqual(["Special Prosecutor's Office", 'Cybercrime Unit', 'Jurisdiction and organisation of courts']);
    expect(kinds('article').map((a) => a.number)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(byRef.get('rs-cybercrime-authorities-law:5')!.isPartOf).toBe(byRef.get('rs-cybercrime-authorities-law:chapter-II/heading-1')!['@id']);
  });

  it('has Article 7 deleted by the 2009 amendment', () => {
    const [version] = byRef.get('rs-cybercrime-authorities-law:7')!.versions;
    expect(version!.status).toBe('deleted');
    expect(version!.paragraphs).toEqual([]);
    expect(version!.amendedBy).toEqual([amending['@id']]);
  });

  it('numbers paragraphs and keeps the enumerated items of Article 3', () => {
    expect(byRef.get('rs-cybercrime-authorities-law:5')!.versions[0]!.paragraphs).toHaveLength(6);
    const [p1] = byRef.get('rs-cybercrime-authorities-law:3')!.versions[0]!.paragraphs;
    expect(p1!.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(p1!.items[0]!.text).toBe('criminal offences against the security of computer data set forth in the Criminal Code;');
  });

  it('has the amending law with its two articles and the dates they state', () => {
    expect(amending.kind).toBe('amending-act');
    expect(amending.number).toBe('104/2009');
    expect(amending.amends).toEqual([law['@id']]);
    expect(graph.provisions.filter((p) => p.kind === 'article' && p.ref.startsWith('rs-og-104-2009:')).map((p) => p.number)).toEqual(['10', '11']);
    expect(amending.entryIntoForce.map((e) => e.date)).toEqual([null, '2010-01-01']);
    expect(amending.entryIntoForce[1]!.appliesTo).toHaveLength(7);
    expect(amending.entryIntoForce[1]!.text).toContain('Articles 3 through 9');
    expect(law.entryIntoForce).toHaveLength(1);
    expect(law.entryIntoForce[0]!.text).toContain('eighth day of publication');
    expect(law.entryIntoForce[0]!.date).toBeNull();
  });

  it('gives every article, paragraph and item provenance that slices back to its text', () => {
    const text = rawText(ID);
    for (const p of graph.provisions) {
      for (const v of p.versions) {
        for (const para of v.paragraphs) {
          expect(spanText(text, para.provenance)).toBe(comparable(para.text));
          for (const item of para.items) expect(spanText(text, item.provenance)).toBe(comparable(item.text));
        }
      }
      if (p.kind === 'article') expect(spanText(text, p.provenance)).toBe(`Article ${p.number}`);
      if (p.kind === 'chapter' || p.kind === 'heading') expect(spanText(text, p.provenance)).toContain(p.title!);
    }
    for (const i of graph.instruments) for (const e of i.entryIntoForce) expect(spanText(text, e.provenance)).toBe(comparable(e.text));
  });
});

describe('a law that is not what the parser expects', () => {
  const text = rawText(ID);
  const error = (altered: string) => {
    try {
      parse(altered);
    } catch (e) {
      return e as SourceError;
    }
    throw new Error('expected a SourceError');
  };

  it('stops at an article number out of sequence, naming line and column', () => {
    const e = error(text.replace('Article 9\n', 'Article 12\n'));
    expect(e).toBeInstanceOf(SourceError);
    expect(e.message).toMatch(/^rs-law-cybercrime-authorities-2005-2009 \(line \d+, column 1\): expected Article 9 \(articles of a law are numbered in sequence\), found "Article 12"$/);
  });

  it('stops at a truncated file', () => {
    const cut = text.slice(0, text.indexOf('Article 13') + 60);
    expect(error(cut).message).toMatch(/file looks truncated/);
    expect(error(text.slice(0, text.indexOf('Article 13') + 'Article 13'.length)).message).toMatch(/expected the text of Article 13/);
  });

  it('stops at a file that does not open as a law', () => {
    expect(error(text.replace(/^LAW/, 'DECREE')).message).toMatch(/line 1, column 1\): expected the label "LAW"/);
  });

  it('stops at text before any article', () => {
    expect(error(text.replace('I INTRODUCTORY PROVISIONS', 'Introductory text that is no heading.')).expected).toMatch(/"Article N" heading/);
  });
});
