/**
 * Akoma Ntoso output on data made to test it, from the real packages' data: escaping, marks,
 * items that cannot be laid out, determinism whatever order the dataset lists things in, an
 * undated first version, and every error path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Provision } from '@cyberlex/schema';
import { aknDocuments, validateAkn, validateAknDocuments } from '../../src/emit/akn/index.js';
import { inline } from '../../src/emit/akn/body.js';
import { escapeAttribute, escapeText } from '../../src/emit/akn/xml.js';
import { children, descendants, frbrDates, packageData, paragraphText, parse, text } from './akn-helpers.js';

const cc = packageData('rs-criminal-code');
const ets = packageData('budapest-convention');
const clone = <T>(v: T): T => structuredClone(v);
const article = (data: Dataset, ref: string): Provision => data.provisions.find((p) => p.ref === ref)!;
const latest = (data: Dataset) => parse(aknDocuments(data).find((d) => d.path === 'akn.xml')!.content);
const articleIn = (root: ReturnType<typeof parse>, eId: string) => descendants(root, 'article').find((a) => a.getAttribute('eId') === eId)!;

describe('escaping', () => {
  const nasty = 'Tom & Jerry <b>not markup</b> "double" \'single\' ]]> a > b & c;';
  const data = clone(cc);
  const attempt = article(data, 'rs-cc:30');
  attempt.title = 'A "title" & <heading>';
  Object.assign(attempt.versions[0]!.paragraphs[0]!, { text: nasty, marks: [] });
  data.instruments.find((i) => i.ref === 'rs-cc')!.alternateNames.push({ name: 'tab\there, line\nbreak, CR\r, "q" & <a>', provenance: attempt.provenance });
  const docs = aknDocuments(data);

  it('text and attributes read back as the data has them, and the documents stay valid', async () => {
    const root = latest(data);
    const element = articleIn(root, 'art_30');
    expect(paragraphText(children(element, 'paragraph')[0]!)).toBe(nasty);
    expect(text(children(element, 'heading')[0]!)).toBe('A "title" & <heading>');
    expect(descendants(root, 'FRBRalias').map((a) => a.getAttribute('value'))).toContain('tab\there, line\nbreak, CR\r, "q" & <a>');
    expect(docs.find((d) => d.path === 'akn.xml')!.content).toContain('Tom &amp; Jerry &lt;b&gt;not markup&lt;/b&gt; "double"');
    for (const [path, errors] of await validateAknDocuments(docs)) expect(errors, path).toEqual([]);
  });

  it('escapes what XML requires, quotes and whitespace in attributes', () => {
    expect(escapeText('a & b < c > d "e"\r')).toBe('a &amp; b &lt; c &gt; d "e"&#13;');
    expect(escapeAttribute('a & "b" <c>\t\n\r')).toBe('a &amp; &quot;b&quot; &lt;c&gt;&#9;&#10;&#13;');
  });

  it('refuses a character XML 1.0 cannot carry, naming it', () => {
    expect(() => escapeText('bell \u0007 here')).toThrow(/U\+0007 at offset 5/);
    expect(() => escapeAttribute('lone \uD800 surrogate')).toThrow(/U\+D800/);
    const bad = clone(cc);
    article(bad, 'rs-cc:30').versions[0]!.paragraphs[0]!.text = 'control \u0001 char';
    expect(() => aknDocuments(bad)).toThrow(/U\+0001 at offset 8 .*cannot be written in XML 1\.0/);
  });
});

describe('marks and items', () => {
  it("the changed words the source marks are <b>, at the data's offsets", () => {
    const root = latest(cc);
    const para = children(articleIn(root, 'art_199'), 'paragraph').find((p) => p.getAttribute('eId') === 'art_199__para_3')!;
    const data = article(cc, 'rs-cc:199').versions.at(-1)!.paragraphs.find((p) => p.number === '3')!;
    expect(data.marks.length).toBeGreaterThan(0);
    expect(descendants(para, 'b').map(text)).toEqual(data.marks.filter((m) => m.kind === 'strong').map((m) => data.text.slice(m.start, m.end)));
  });

  it('marks that overlap or cross a cut are nested and clipped, never losing text', () => {
    const nodes = inline('abcdef', [{ kind: 'strong', start: 1, end: 4 }, { kind: 'emphasis', start: 3, end: 9 }], 2, 6);
    expect(nodes).toEqual([
      { name: 'b', attrs: {}, children: ['c'], mixed: true },
      { name: 'i', attrs: {}, children: [{ name: 'b', attrs: {}, children: ['d'], mixed: true }], mixed: true },
      { name: 'i', attrs: {}, children: ['ef'], mixed: true },
    ]);
  });

  it('a paragraph whose items are not found in its text is one <p> with all of it', () => {
    const data = clone(ets);
    const para = article(data, 'ets185:9').versions[0]!.paragraphs[0]!;
    para.items[1]!.text = 'words the paragraph does not hold';
    const element = children(articleIn(latest(data), 'art_9'), 'paragraph')[0]!;
    expect(children(element, 'point')).toEqual([]);
    expect(paragraphText(element)).toBe(para.text);
  });

  it('an item marker that is not set off by single spaces leaves the paragraph whole', () => {
    const data = clone(ets);
    const para = article(data, 'ets185:9').versions[0]!.paragraphs[1]!;
    para.text = para.text.replace(' b a person', ' b  a person');
    const element = children(articleIn(latest(data), 'art_9'), 'paragraph')[1]!;
    expect(children(element, 'point')).toEqual([]);
    expect(paragraphText(element)).toBe(para.text);
  });
});

describe('determinism', () => {
  it('the same data gives the same bytes', () => {
    expect(aknDocuments(clone(cc))).toEqual(aknDocuments(cc));
  });

  it('whatever order the dataset lists its provisions, sources and instruments in', () => {
    const expected = aknDocuments(cc);
    const n = (xs: readonly unknown[]) => ({ minLength: xs.length, maxLength: xs.length });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(cc.provisions, n(cc.provisions)),
        fc.shuffledSubarray(cc.sources, n(cc.sources)),
        fc.shuffledSubarray(cc.instruments, n(cc.instruments)),
        (provisions, sources, instruments) => {
          expect(aknDocuments({ ...cc, provisions, sources, instruments })).toEqual(expected);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('dates no source gives', () => {
  /** Article 199 alone (with its paragraphs and chapter): an undated first version, then one of 2009-09-11. */
  const only199 = (): Dataset => {
    const data = clone(cc);
    data.provisions = data.provisions.filter((p) => p.ref.startsWith('rs-cc:199') || p.ref === 'rs-cc:chapter-20');
    return data;
  };

  it('an undated first version is the expression until the next date: no start date, no event', () => {
    const docs = aknDocuments(only199());
    expect(docs.map((d) => d.path)).toEqual(['akn/until-2009-09-11.xml', 'akn.xml']);
    const before = parse(docs[0]!.content);
    expect(frbrDates(before, 'FRBRExpression')).toEqual({ validUntil: '2009-09-11' });
    expect(frbrDates(before, 'FRBRManifestation')).toEqual({ validUntil: '2009-09-11' });
    expect(frbrDates(before, 'FRBRWork')).toEqual({ unknown: '9999-01-01' });
    expect(descendants(before, 'lifecycle')).toEqual([]);
    const dates = docs.flatMap((d) => [...d.content.matchAll(/ date="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(dates)).toEqual(new Set(['9999-01-01', '2009-09-11']));
  });

  it('with no date at all, one undated expression, and notes that say so', () => {
    const data = only199();
    const art = article(data, 'rs-cc:199');
    art.versions = [{ ...art.versions[1]!, versionDate: null, validUntil: null }];
    const docs = aknDocuments(data);
    expect(docs.map((d) => d.path)).toEqual(['akn.xml']);
    const root = parse(docs[0]!.content);
    expect(frbrDates(root, 'FRBRExpression')).toEqual({ unknown: '9999-01-01' });
    expect(children(descendants(root, 'FRBRExpression')[0]!, 'FRBRthis')[0]!.getAttribute('value')).toBe('https://w3id.org/cyberlex/eli/rs/code/criminal/v/undated/eng');
    expect(descendants(root, 'eventRef')).toEqual([]);
    expect(descendants(root, 'note').map(text).join(' ')).toMatch(/No source gives the date from which this text applies, nor a later version of it/);
  });

  it('two versions of an article in force at once are an error, not a guess', () => {
    const data = only199();
    const art = article(data, 'rs-cc:199');
    art.versions = art.versions.map((v) => ({ ...v, versionDate: null, validUntil: null }));
    expect(() => aknDocuments(data)).toThrow(/rs-cc:199 has 2 versions in force in the expression undated/);
  });
});

describe('documents and paths', () => {
  it('a package with no quoted article has none; an amending act with quoted articles has its own', () => {
    expect(aknDocuments(packageData('rs-budapest-implementation'))).toEqual([]);
    expect(aknDocuments(packageData('rs-lanzarote-reply-2017'))).toEqual([]);
    expect(aknDocuments(packageData('rs-cybercrime-authorities-law')).map((d) => d.path)).toEqual(['akn.xml', 'akn/rs-og-104-2009.xml']);
  });
});

describe('validation', () => {
  it('names the line and what the schema expected', async () => {
    const xml = aknDocuments(cc).find((d) => d.path === 'akn.xml')!.content.replace('<heading>Attempt</heading>', '<headline>Attempt</headline>');
    const errors = await validateAkn(xml);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^line \d+: .*headline.*not expected/);
  });

  it('a document that is not well-formed is rejected', async () => {
    expect((await validateAkn('<akomaNtoso><act>')).length).toBeGreaterThan(0);
  });

  it('a missing schema is a clear error naming where it was looked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akn-schema-'));
    try {
      await expect(validateAkn('<x/>', { schemaDir: dir })).rejects.toThrow(/Akoma Ntoso schema missing: .*akomantoso30\.xsd not found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
