/**
 * The accessor every package ships, over the real datasets: each answer checked against the data
 * for every provision, paragraph, statement and mapping there is (a class, not an example), and
 * the edges — dates that are not days, refs that never existed, undated first versions, structure,
 * provisions cited but never quoted — answered exactly or refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, ProvisionRef, type Dataset, type Provision } from '@cyberlex/schema';
import { createAccessor, isRef, parseRef } from '@cyberlex/pipeline/accessor';
import { parseRef as pipelineParseRef } from '../../src/model/refs.js';
import { instrumentDirectory } from '../../src/emit/package-json.js';
import { PACKAGES } from '../../src/emit/packages.js';
import { ROOT } from '../../../test/helpers/sources.js';

const built = PACKAGES.map((spec) => ({ spec, data: JSON.parse(readFileSync(join(ROOT, 'packages', spec.dir, 'data.json'), 'utf8')) as Dataset }));
const directory = instrumentDirectory(built);
const accessors = built.map(({ data }) => ({ data, a: createAccessor(data, { directory }) }));
const law = accessors.filter(({ data }) => data.provisions.some((p) => p.kind === 'article'));
const implementation = accessors.find(({ data }) => data.mappings.length > 0)!;
const DAY_BEFORE = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('dates: only real days, YYYY-MM-DD', () => {
  const { a } = law.find(({ data }) => data.package === '@cyberlex/rs-criminal-code')!;

  it('refuses a date that is not a day with a TypeError naming it, for every ref', () => {
    for (const bad of ['2009-1-1', '2009-13-45', 'yesterday', '2009-02-29', '2009-04-31', '', '2009-01-01T00:00:00Z', ' 2009-01-01', '20090101']) {
      expect(() => a.at('rs-cc:199/3', bad), bad).toThrow(TypeError);
      expect(() => a.at('rs-cc:199/3', bad), bad).toThrow(JSON.stringify(bad));
      expect(() => a.at('no-such:1', bad), `${bad} on an unknown ref`).toThrow(TypeError);
    }
    expect(() => a.at('rs-cc:199/3', 20090101 as unknown as string)).toThrow(/not a date: 20090101/);
  });

  it('property: at() accepts exactly the strings the one date parser accepts', () => {
    const dateLike = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(dateLike, (date) => {
        const ok = parseIsoDate(date) !== null;
        let threw = false;
        try {
          a.at('rs-cc:199/3', date);
        } catch (error) {
          threw = error instanceof TypeError;
        }
        expect(threw).toBe(!ok);
      }),
    );
  });

  it('gives the three-months text on 2009-01-01 and the six-months text from 2009-09-11 (rs-cc:199/3)', () => {
    expect(a.at('rs-cc:199/3', '2009-01-01')?.paragraphs[0]?.text).toMatch(/three months to five years/);
    expect(a.at('rs-cc:199/3', '2009-09-11')?.paragraphs[0]?.text).toMatch(/six months to five years/);
  });
});

describe('what existed when, for every provision of every package', () => {
  it('answers every article and paragraph on every date a version starts or ends, by the data', () => {
    for (const { data, a } of law) {
      const articles = data.provisions.filter((p) => p.kind === 'article');
      for (const article of articles) {
        const numbers = new Set(article.versions.flatMap((v) => v.paragraphs.map((p) => p.number)).filter((n): n is string => n !== null));
        const dates = new Set(article.versions.flatMap((v) => [v.versionDate, v.validUntil].filter((d): d is string => d !== null).flatMap((d) => [d, DAY_BEFORE(d)])));
        dates.add('1900-01-01').add('2100-01-01');
        for (const date of dates) {
          const version = article.versions.find((v) => (v.versionDate === null || v.versionDate <= date) && (v.validUntil === null || date < v.validUntil)) ?? null;
          const whole = a.at(article.ref, date)!;
          // an article a source only cites has no versions: what it said is in no source, not "not in force"
          const none = article.versions.length === 0 ? 'not-quoted' : 'not-in-force';
          expect(whole.status, `${article.ref} on ${date}`).toBe(version === null ? none : version.status);
          expect(whole.version).toBe(version);
          expect(whole.startUnknown, `${article.ref} on ${date}`).toBe(version !== null && version.versionDate === null);
          for (const n of numbers) {
            const ref = `${article.ref}/${n}`;
            const here = version?.paragraphs.filter((p) => p.number === n) ?? [];
            const point = a.at(ref, date)!;
            // a paragraph a later amendment added (or an earlier one removed) was not part of the law then
            const status = version === null ? 'not-in-force' : version.status === 'deleted' ? 'deleted' : here.length === 0 ? 'not-in-force' : version.status;
            expect(point.status, `${ref} on ${date}`).toBe(status);
            expect(point.paragraphs).toEqual(status === 'in-force' ? here : []);
            expect(point.ref).toBe(ref);
          }
        }
      }
    }
  });

  it('reports rs-cpc:85/4, added on 2009-09-11, not in force on 2009-01-01', () => {
    const { a } = law.find(({ data }) => data.package === '@cyberlex/rs-criminal-procedure-code')!;
    expect(a.at('rs-cpc:85/4', '2009-01-01')).toMatchObject({ status: 'not-in-force', version: null, paragraphs: [] });
    expect(a.at('rs-cpc:85/4', '2009-09-11')).toMatchObject({ status: 'in-force', startUnknown: false });
  });

  it('returns undefined for a paragraph or an article that never existed, on any date', () => {
    for (const { data, a } of law) {
      for (const article of data.provisions.filter((p) => p.kind === 'article')) {
        for (const date of [undefined, '1900-01-01', '2100-01-01']) {
          expect(a.at(`${article.ref}/999`, date), `${article.ref}/999`).toBeUndefined();
          expect(a.versions(`${article.ref}/999`)).toEqual([]);
          expect(a.statements(`${article.ref}/999`)).toEqual([]);
        }
      }
      const instrument = data.instruments.find((i) => data.provisions.some((p) => p.instrument === i['@id']))!.ref;
      for (const ref of [`${instrument}:99999`, `${instrument}:99999/1`, 'nonsense', '', `${instrument}:chapter-999`]) expect(a.at(ref), ref).toBeUndefined();
    }
  });

  it('says when an undated version is the answer, and never claims a date for it', () => {
    for (const { data, a } of law) {
      for (const article of data.provisions.filter((p) => p.kind === 'article' && p.versions[0]?.versionDate === null)) {
        expect(a.at(article.ref, '1900-01-01')?.startUnknown, article.ref).toBe(true);
      }
    }
  });

  it('gives every chapter, section, title and heading the status structure', () => {
    let seen = 0;
    for (const { data, a } of accessors) {
      for (const unit of data.provisions.filter((p) => p.kind !== 'article' && p.kind !== 'paragraph')) {
        expect(a.at(unit.ref, '2009-01-01'), unit.ref).toEqual({ ref: unit.ref, provision: unit, version: null, status: 'structure', paragraphs: [], startUnknown: false });
        seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('answers not-quoted for a provision sources cite but none quotes (no versions)', () => {
    const { data } = law[0]!;
    const article = data.provisions.find((p) => p.kind === 'article')!;
    const cited: Provision = { ...article, ref: `${article.ref.split(':')[0]}:9000`, '@id': `${article['@id']}000`, versions: [], hasPart: [] };
    const a = createAccessor({ ...data, provisions: [...data.provisions, cited] }, { directory });
    for (const date of [undefined, '2009-01-01']) expect(a.at(cited.ref, date)).toEqual({ ref: cited.ref, provision: cited, version: null, status: 'not-quoted', paragraphs: [], startUnknown: false });
    expect(a.versions(cited.ref)).toEqual([]);
  });

  it('answers not-quoted for a cited paragraph whose article no source quotes, or whose number no version has', () => {
    const { data } = law.find(({ data }) => data.package === '@cyberlex/rs-criminal-code')!;
    const template = data.provisions.find((p) => p.kind === 'paragraph')!;
    const paragraph = (ref: string, iri: string, article: string): Provision => ({ ...template, ref, '@id': iri, isPartOf: article, versions: [] });
    const root = 'https://w3id.org/cyberlex/eli/rs/code/criminal';
    const orphan = paragraph('rs-cc:200/1', `${root}/art_200/para_1`, `${root}/art_200`);
    const unquoted = paragraph('rs-cc:199/9', `${root}/art_199/para_9`, `${root}/art_199`);
    const a = createAccessor({ ...data, provisions: [...data.provisions, orphan, unquoted] }, { directory });
    for (const node of [orphan, unquoted]) {
      for (const date of [undefined, '2009-01-01', '2010-01-01']) expect(a.at(node.ref, date), `${node.ref} ${date}`).toEqual({ ref: node.ref, provision: node, version: null, status: 'not-quoted', paragraphs: [], startUnknown: false });
    }
    expect(a.at('rs-cc:200/2')).toBeUndefined();
  });
});

describe('statements and mappings about paragraphs', () => {
  it('returns a statement about x/n for x/n and for x, and one about x for x/n too', () => {
    let paragraphStatements = 0;
    for (const { data, a } of law) {
      for (const statement of data.statements) {
        for (const iri of statement.about) {
          const ref = a.refOf(iri);
          const node = data.provisions.find((p) => p['@id'] === iri);
          if (!ref || !node) continue;
          expect(a.statements(ref), ref).toContain(statement);
          if (node.kind === 'paragraph') {
            paragraphStatements += 1;
            expect(a.statements(ref.slice(0, ref.lastIndexOf('/'))), `${ref}'s article`).toContain(statement);
          }
          if (node.kind === 'article') for (const part of data.provisions.filter((p) => p.isPartOf === iri && p.kind === 'paragraph')) expect(a.statements(part.ref)).toContain(statement);
        }
      }
    }
    expect(paragraphStatements).toBeGreaterThan(0);
  });

  it('mappingsOf finds every mapping from each provision it cites, and from that provision\'s article', () => {
    const { data, a } = implementation;
    for (const mapping of data.mappings) {
      for (const iri of mapping.provisions) {
        const ref = a.refOf(iri);
        expect(ref, iri).toBeDefined();
        expect(a.mappingsOf(ref!), ref).toContain(mapping);
        const parts = parseRef(ref!)!;
        if (parts.paragraph !== null) expect(a.mappingsOf(`${parts.instrument}:${parts.article}`), ref).toContain(mapping);
      }
    }
    expect(a.mappingsOf('rs-cc:302').map((m) => m.articleRef)).toContain('ets185:2');
    expect(a.mappingsOf('rs-cc:30200')).toEqual([]);
    expect(a.mappingsOf('nonsense')).toEqual([]);
  });
});

describe('refs, IRIs and packages', () => {
  it('iriOf and refOf name each other for every node of every package, from any package', () => {
    const elsewhere = accessors.map(({ a }) => a);
    for (const { data } of accessors) {
      for (const node of [...data.provisions, ...data.instruments]) {
        for (const a of elsewhere) {
          expect(a.refOf(node['@id']), node['@id']).toBe(node.ref);
          if (node['@type'][0] === 'eli:LegalResourceSubdivision') expect(a.iriOf(node.ref), node.ref).toBe(node['@id']);
        }
      }
    }
  });

  it('packageOf names the package whose package.json lists the instrument', () => {
    const { a } = implementation;
    for (const { spec } of built) {
      const field = JSON.parse(readFileSync(join(ROOT, 'packages', spec.dir, 'package.json'), 'utf8')).cyberlex as { instruments: string[] };
      for (const instrument of field.instruments) {
        expect(a.packageOf(`${instrument}:1`)).toBe(spec.name);
        expect(a.packageOf(instrument)).toBe(spec.name);
      }
    }
    expect(a.packageOf('xx-nothing:1')).toBeUndefined();
    expect(a.packageOf(42 as unknown as string)).toBeUndefined();
  });

  it('property: isRef agrees with the schema\'s ProvisionRef and parseRef with the pipeline\'s, on ref-shaped and random strings', () => {
    const segment = fc.oneof(fc.stringMatching(/^[0-9]{1,3}[a-z]?$/), fc.constantFrom('chapter-II', 'section-1', 'title-2', 'heading-3', 'x', '', 'chapter-', '01'));
    const refLike = fc.tuple(fc.constantFrom('rs-cc', 'ets185', 'rs-', 'a', 'A', 'rs-cybercrime-authorities-law', ''), fc.array(segment, { minLength: 0, maxLength: 4 })).map(([i, parts]) => `${i}:${parts.join('/')}`);
    fc.assert(
      fc.property(fc.oneof(refLike, fc.string({ maxLength: 30 })), (value) => {
        expect(isRef(value), value).toBe(ProvisionRef.safeParse(value).success);
        const mine = parseRef(value);
        const theirs = value.includes(':') ? pipelineParseRef(value) : null;
        if (mine !== null && mine.rest.length === 0) expect({ ...mine, rest: undefined }, value).toEqual({ ...theirs, rest: undefined });
      }),
      { numRuns: 2000 },
    );
    for (const bad of [undefined, null, 3, {}, 'x'.repeat(300)]) expect(isRef(bad)).toBe(false);
  });
});
