/**
 * The Akoma Ntoso documents of every legislation package, from the data the build wrote: each
 * one valid against the OASIS schema, each article of each expression the version the data's own
 * accessor gives for that time, paragraph by paragraph, and no date the data does not hold.
 */
import { describe, expect, it } from 'vitest';
import { createAccessor } from '@cyberlex/pipeline/accessor';
import type { Dataset } from '@cyberlex/schema';
import { aknDocuments, validateAknDocuments } from '../../src/emit/akn/index.js';
import { children, descendants, frbrDates, LEGISLATION, packageData, paragraphText, parse, text } from './akn-helpers.js';

const packages = LEGISLATION.map((dir) => ({ dir, data: packageData(dir) }));
const documents = packages.map(({ dir, data }) => ({ dir, data, docs: aknDocuments(data) }));

describe('Akoma Ntoso documents of the legislation packages', () => {
  it('are written for every legislation package, the latest expression as akn.xml', () => {
    for (const { dir, docs } of documents) {
      expect(docs.map((d) => d.path), dir).toContain('akn.xml');
      for (const d of docs) expect(d.path, dir).toMatch(/^akn(?:\.xml|\/[a-z0-9-]+(?:\/[a-z0-9-]+)?\.xml)$/);
    }
    expect(documents.find((d) => d.dir === 'rs-criminal-code')!.docs.map((d) => d.path)).toEqual(['akn/until-2009-09-11.xml', 'akn.xml']);
  });

  it('every document validates against the OASIS Akoma Ntoso 3.0 schema', async () => {
    const all = documents.flatMap(({ dir, docs }) => docs.map((d) => ({ path: `${dir}/${d.path}`, content: d.content })));
    const results = await validateAknDocuments(all);
    expect(results.size).toBe(all.length);
    for (const [path, errors] of results) expect(errors, path).toEqual([]);
  });

  it("each expression holds every quoted article as the accessor gives it for that time, paragraph for paragraph", () => {
    for (const { dir, data, docs } of documents) {
      const seen = new Set<string>();
      for (const doc of docs) {
        const root = parse(doc.content);
        const instrumentIri = children(descendants(root, 'FRBRWork')[0]!, 'FRBRthis')[0]!.getAttribute('value')!;
        const dates = frbrDates(root, 'FRBRExpression');
        // Any date inside the expression's stretch: its start, or (undated start) one before every date.
        const at = dates.versionDate ?? '0001-01-01';
        const accessor = createAccessor(data);
        const articles = data.provisions.filter((p) => p.instrument === instrumentIri && p.kind === 'article');
        const inXml = new Map(descendants(root, 'article').map((a) => [a.getAttribute('eId')!, a]));
        for (const article of articles) {
          const state = accessor.at(article.ref, at);
          const element = inXml.get(`art_${article.number}`);
          if (article.textStatus === 'cited-only' || !state.version) {
            expect(element, `${dir} ${doc.path} ${article.ref}`).toBeUndefined();
            continue;
          }
          expect(element, `${dir} ${doc.path} ${article.ref}`).toBeDefined();
          seen.add(state.version['@id']);
          const paragraphs = children(element!, 'paragraph');
          const want = state.version.paragraphs;
          expect(paragraphs.map((p) => children(p, 'num').map(text)[0] ?? null), `${doc.path} ${article.ref}`).toEqual(want.map((p) => p.number));
          paragraphs.forEach((p, i) => {
            expect(paragraphText(p), `${dir} ${doc.path} ${article.ref} ¶${i + 1}`).toBe(want[i]!.text);
            // Items are points (nested as the data nests them), not only words in one <p>.
            expect(children(p, 'point').length, `${dir} ${doc.path} ${article.ref} ¶${i + 1} items`).toBe(want[i]!.items.length);
          });
          expect(element!.getAttribute('status') === 'removed', article.ref).toBe(state.version.status === 'deleted');
        }
      }
      // Every version of every quoted article is in some document.
      const versions = data.provisions.flatMap((p) => (p.textStatus === 'quoted' ? p.versions.map((v) => v['@id']) : []));
      expect(versions.filter((v) => !seen.has(v)), dir).toEqual([]);
    }
  });

  it('gives no date the data does not hold, and says where it has none', () => {
    for (const { dir, data, docs } of documents) {
      const known = dataDates(data);
      for (const doc of docs) {
        const root = parse(doc.content);
        for (const node of [...descendants(root, 'FRBRdate'), ...descendants(root, 'eventRef')]) {
          const date = node.getAttribute('date')!;
          if (date === '9999-01-01') expect(node.getAttribute('name'), `${dir} ${doc.path}`).toBe('unknown');
          else expect(known, `${dir} ${doc.path} ${date}`).toContain(date);
        }
        const expression = frbrDates(root, 'FRBRExpression');
        if (expression.versionDate === undefined) {
          expect(descendants(root, 'note').map(text).join(' '), `${dir} ${doc.path}`).toMatch(/No source gives the date from which this text applies/);
        }
      }
    }
  });

  it('the text before 11 September 2009 has no start date, no event and none of the 2009 amendments', () => {
    const cc = documents.find((d) => d.dir === 'rs-criminal-code')!;
    const before = parse(cc.docs.find((d) => d.path === 'akn/until-2009-09-11.xml')!.content);
    expect(frbrDates(before, 'FRBRExpression')).toEqual({ validUntil: '2009-09-11' });
    expect(descendants(before, 'eventRef')).toEqual([]);
    expect(descendants(before, 'textualMod')).toEqual([]);
    expect(descendants(before, 'article').map((a) => a.getAttribute('eId'))).not.toContain('art_185b');

    const latest = parse(cc.docs.find((d) => d.path === 'akn.xml')!.content);
    expect(frbrDates(latest, 'FRBRExpression')).toEqual({ versionDate: '2009-09-11' });
    expect(descendants(latest, 'eventRef').map((e) => [e.getAttribute('date'), e.getAttribute('source')])).toEqual([['2009-09-11', '#act_rs-og-72-2009']]);
    const mods = descendants(latest, 'textualMod').map((m) => [m.getAttribute('type'), children(m, 'destination')[0]!.getAttribute('href')]);
    expect(mods).toContainEqual(['insertion', '#art_185b']);
    expect(mods).toContainEqual(['substitution', '#art_199']);
    for (const m of descendants(latest, 'textualMod')) expect(children(m, 'source')[0]!.getAttribute('href')).toBe('https://w3id.org/cyberlex/eli/rs/law/2009/72');
    // The 2017 amendments: dated by a source, but no provision of them is known.
    expect(descendants(latest, 'note').map(text).join(' ')).toMatch(/Criminal Code Amendments, in force from 2017-06-01 .* this expression does not reflect it/);
  });

  it('the authorities law: Article 7 repealed by 104/2009 at a date no source gives', () => {
    const law = parse(documents.find((d) => d.dir === 'rs-cybercrime-authorities-law')!.docs.find((d) => d.path === 'akn.xml')!.content);
    expect(descendants(law, 'lifecycle')).toEqual([]);
    const [mod] = descendants(law, 'textualMod');
    expect(mod!.getAttribute('type')).toBe('repeal');
    expect(children(mod!, 'destination')[0]!.getAttribute('href')).toBe('#art_7');
    expect(descendants(law, 'note').map(text).join(' ')).toMatch(/No source gives the date of the change .*\(104\/2009\) made to rs-cybercrime-authorities-law:7/);
  });
});

/** Every date the data holds about its instruments and versions. */
function dataDates(data: Dataset): string[] {
  return [
    ...data.provisions.flatMap((p) => p.versions.flatMap((v) => [v.versionDate, v.validUntil])),
    ...data.instruments.flatMap((i) => [i.firstDateEntryInForce, ...i.entryIntoForce.map((e) => e.date)]),
  ].filter((d): d is string => d !== null);
}
