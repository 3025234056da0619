import { describe, expect, it } from 'vitest';
import { instrumentIri, provisionIri } from '../../src/model/iri.js';
import { parseProfile } from '../../src/parse/profile/index.js';
import { profileSource, RAW } from './helpers.js';

const graph = parseProfile(profileSource().ctx);
const byRef = new Map(graph.provisions.map((p) => [p.ref, p]));
const act = instrumentIri('rs-og-72-2009');
const versions = (ref: string) => byRef.get(ref)!.versions;
const text = (ref: string, i: number, n: string | null) => versions(ref)[i]!.paragraphs.find((p) => p.number === n)!;

describe('the Serbian provisions the answers quote', () => {
  it('has the two codes, with the names the answers use', () => {
    const cc = graph.instruments.find((i) => i.ref === 'rs-cc')!;
    const cpc = graph.instruments.find((i) => i.ref === 'rs-cpc')!;
    expect(cc).toMatchObject({ title: 'Criminal Code', kind: 'code', jurisdiction: 'RS', amendedBy: [act] });
    expect(cpc).toMatchObject({ title: 'Criminal Procedure Code', kind: 'code', jurisdiction: 'RS', amendedBy: [act] });
    expect(cc.alternateNames.map((n) => n.name)).toEqual(['Criminal Code of Republic of Serbia', 'CCRS', 'CRRS', 'Penal code']);
    expect(cpc.alternateNames.map((n) => n.name)).toEqual(['Criminal Procedural Code', 'Criminal Procedural Law', 'CPC']);
  });

  it('has the amending act, as the source words it', () => {
    expect(graph.instruments.find((i) => i.ref === 'rs-og-72-2009')).toMatchObject({
      '@id': act,
      kind: 'amending-act',
      title: 'Official gazette of Republic Serbia 72/2009',
      number: '72/2009',
      publishedIn: ['Official Gazette of the Republic of Serbia 72/2009'],
      firstDateEntryInForce: '2009-09-11',
      amends: [instrumentIri('rs-cc'), instrumentIri('rs-cpc')],
    });
  });

  it('quotes Criminal Code articles with titles, CPC articles without', () => {
    expect(byRef.get('rs-cc:302')!.title).toBe('Unauthorised Access to Computer, Computer Network or Electronic Data Processing');
    expect(byRef.get('rs-cpc:85')!.title).toBeNull();
    expect(byRef.get('rs-cc:302')!.alternateTitles.map((t) => t.name)).toContain('Illegal access to protected computer, computer network and electronic processing of data');
  });

  it('makes one provision of an article quoted in several rows, with every quote in its provenance', () => {
    expect(graph.provisions.filter((p) => p.ref === 'rs-cpc:85')).toHaveLength(1);
    expect(byRef.get('rs-cpc:85/1')!.provenance.length).toBeGreaterThanOrEqual(4);
  });

  it('dates Article 302 of the Criminal Code either side of 11 September 2009', () => {
    const [before, after] = versions('rs-cc:302');
    expect(versions('rs-cc:302')).toHaveLength(2);
    expect(before).toMatchObject({ versionDate: null, validUntil: '2009-09-11', amendedBy: [] });
    expect(after).toMatchObject({ versionDate: '2009-09-11', validUntil: null, amendedBy: [act] });
    expect(before!['@id']).toBe(`${provisionIri('rs-cc:302')}/v/until-2009-09-11/eng`);
    expect(text('rs-cc:302', 0, '2').text).toMatch(/^Whoever uses data obtained/);
    expect(text('rs-cc:302', 1, '2')).toMatchObject({ carriedOver: false });
    expect(text('rs-cc:302', 1, '2').text).toMatch(/^Whoever records or uses data obtained/);
    expect(text('rs-cc:302', 1, '1')).toMatchObject({ carriedOver: true, text: text('rs-cc:302', 0, '1').text, provenance: text('rs-cc:302', 0, '1').provenance });
    expect(text('rs-cc:302', 1, '1')['@id']).toBe(`${provisionIri('rs-cc:302/1')}/v/2009-09-11/eng`);
  });

  it('dates Article 199: three months before, six months after, with the changed word marked', () => {
    expect(text('rs-cc:199', 0, '3').text).toContain('imprisonment from three months to five years');
    const after = text('rs-cc:199', 1, '3');
    expect(after.text).toContain('imprisonment from six months to five years');
    expect(after.text.slice(after.marks[0]!.start, after.marks[0]!.end)).toBe('six');
    expect(after.realizes).toBe(provisionIri('rs-cc:199/3'));
    expect(after['@id']).toBe(`${provisionIri('rs-cc:199/3')}/v/2009-09-11/eng`);
    const p2 = text('rs-cc:199', 1, '2');
    expect(p2.marks).toEqual([{ kind: 'strong', start: p2.text.indexOf('keeps'), end: p2.text.indexOf('keeps') + 5 }]);
    expect(p2.text).not.toContain('*');
    expect(versions('rs-cc:199')[1]!.paragraphs.map((p) => [p.number, p.carriedOver])).toEqual([['1', true], ['2', false], ['3', false], ['4', true], ['5', true]]);
    expect(byRef.get('rs-cc:199')!.isPartOf).toBe(provisionIri('rs-cc:chapter-20'));
    expect(byRef.get('rs-cc:chapter-20')!.title).toBe('CRIMINAL OFFENCES AGAINST INTELLECTUAL PROPERTY');
  });

  it('dates Article 185: four paragraphs before, five after', () => {
    expect(versions('rs-cc:185').map((v) => v.paragraphs.length)).toEqual([4, 5]);
    expect(text('rs-cc:185', 1, '1').text).toMatch(/^Whoever to juvenile sells/);
  });

  it('has Article 185b only from 11 September 2009', () => {
    const [only, ...rest] = versions('rs-cc:185b');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ versionDate: '2009-09-11', validUntil: null, amendedBy: [act] });
    expect(byRef.get('rs-cc:185b')!.title).toBe('Usage of computer network or communication with other technical resources for committing crimes against sexual freedom toward minor');
    expect(only!.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
  });

  it('adds new paragraphs of an amended definition article', () => {
    expect(versions('rs-cc:112').map((v) => v.paragraphs.map((p) => `${p.number}${p.carriedOver ? '*' : ''}`))).toEqual([
      ['17', '18', '19', '20'],
      ['17', '18', '19*', '20*', '33', '34'],
    ]);
  });

  it('dates CPC Article 146, keeping the other spelling of paragraph 4 as a variant', () => {
    expect(versions('rs-cpc:146').map((v) => [v.versionDate, v.validUntil])).toEqual([[null, '2009-09-11'], ['2009-09-11', null]]);
    expect(text('rs-cpc:146', 1, '1').text).toMatch(/decision of the appointment, extension or termination of custody is brought under Art 142a/);
    const p4 = text('rs-cpc:146', 0, '4');
    expect(p4.text).toContain('After the judgment at first instance');
    const variant = byRef.get('rs-cpc:146')!.variants;
    expect(variant).toHaveLength(1);
    expect(variant[0]!.paragraph).toBe(p4['@id']);
    expect(variant[0]!.text).toContain('After the judgement at first instance');
  });

  it('adds CPC Article 85 paragraph 4 from the amendment, and carries 1–3 over', () => {
    expect(versions('rs-cpc:85')[1]!.paragraphs.map((p) => [p.number, p.carriedOver])).toEqual([['1', true], ['2', true], ['3', true], ['4', false]]);
  });

  it('keeps what the answers say about articles as statements', () => {
    const about = (ref: string) => graph.statements.filter((s) => s.about.includes(provisionIri(ref)));
    expect(about('rs-cc:298').map((s) => [s.kind, s.text])).toEqual([['not-amended', 'not amendment'], ['not-amended', 'not amendment']]);
    expect(about('rs-cc:302').map((s) => [s.kind, s.text])).toEqual([['amendment-reference', 'amendment like above']]);
    expect(about('rs-cpc:147').map((s) => s.text)).toEqual(['amendment like mentioned']);
    expect(about('rs-cpc:255').map((s) => [s.kind, s.text])).toEqual([['amended', 'amendment and brought back to this solution']]);
    for (const s of graph.statements) expect(s.sourceDate).toBeNull();
    // A remark that the article was amended and brought back gives no new text.
    expect(versions('rs-cpc:255')).toHaveLength(1);
  });

  it('keeps the unnumbered text of an article', () => {
    expect(text('rs-cc:299', 0, null).text).toMatch(/^Whoever enters, destroys/);
    expect(text('rs-cc:33', 0, null)['@id']).toBe(`${provisionIri('rs-cc:33')}/v/undated/eng/text`);
  });

  it('has the law on corporate liability with the date an answer gives it', () => {
    expect(graph.instruments.find((i) => i.ref === 'rs-corporate-liability-law')).toMatchObject({
      title: 'Law on corporate liability',
      firstDateEntryInForce: '2008-11-04',
    });
  });
});

describe('amendment markers that refer back', () => {
  it('give amended text the date and act of the amendment they refer to', () => {
    const marker = '<p>amendment like above</p>\n<p>Article 19';
    expect(RAW.split(marker)).toHaveLength(2);
    const text = RAW.replace(marker, '<p>amendment like above</p> <p>(4) Measures referred to par 1 of this article shall be reviewed every six months.</p>\n<p>Article 19');
    const changed = parseProfile(profileSource(text).ctx);
    const p85 = changed.provisions.find((p) => p.ref === 'rs-cpc:85')!;
    expect(p85.versions.map((v) => [v.versionDate, v.amendedBy])).toEqual([[null, []], ['2009-09-11', [act]]]);
    expect(p85.versions[1]!.paragraphs.find((p) => p.number === '4')!.text).toMatch(/every three months/);
    expect(p85.variants.map((v) => v.text)).toEqual(['Measures referred to par 1 of this article shall be reviewed every six months.']);
  });
});
