import { Assessment } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { instrumentIri, nodeIri, provisionIri } from '../../src/model/iri.js';
import { parseProfile } from '../../src/parse/profile/index.js';
import { profileSource } from './helpers.js';

const graph = parseProfile(profileSource().ctx);
const mapping = (n: string) => graph.mappings.find((m) => m.articleRef === `ets185:${n}`)!;
const iris = (...refs: string[]) => refs.map(provisionIri);

describe('the implementation mapping', () => {
  it('has one mapping per Convention article', () => {
    const articles = graph.provisions.filter((p) => p.kind === 'article' && p.ref.startsWith('ets185:'));
    expect(graph.mappings.map((m) => m.articleRef)).toEqual(articles.map((a) => a.ref));
    expect(mapping('2')).toMatchObject({
      '@id': nodeIri('mapping', 'rs/ets185-art-2'),
      article: provisionIri('ets185:2'),
      title: 'Illegal access',
      jurisdiction: 'RS',
      source: 'coe-cybercrime-legislation-profile-serbia',
      sourceDate: null,
    });
  });

  it('keeps the answer’s own words, without the quoted provisions or amendment blocks', () => {
    expect(mapping('2').statement).toBe('In Chapter 27 at article 302 of CCRS “Illegal access to protected computer, computer network and electronic processing of data” is provided as specific criminal offence.');
    expect(mapping('10').statement).toMatch(/related rights", paragraph 1\.$/);
    expect(mapping('1').statement).toMatch(/^In Chapter 12, article 112 of Criminal Code of Republic of Serbia \(CCRS\), in paragraph 17, 18, 19 and 20, terms:/);
    expect(mapping('14').statement).toBe('Procedural provisions are covered in Criminal Procedural Code, and The Law on Organization and Jurisdiction of State Authorities for Combating High- Tech Criminality.');
    expect(mapping('25').statement).toMatch(/^Mutual assistance is provided according to the principles/);
    expect(mapping('30').statement).toMatch(/^Also we do not have provisions/);
  });

  it('parses cited provisions into refs', () => {
    expect(mapping('6').provisions).toEqual(iris('rs-cc:300/1', 'rs-cc:300/2', 'rs-cc:300/3', 'rs-cc:302/1', 'rs-cc:302/2'));
    expect(mapping('1').provisions).toEqual(iris('rs-cc:112/17', 'rs-cc:112/18', 'rs-cc:112/19', 'rs-cc:112/20'));
    expect(mapping('16').provisions).toEqual(iris('rs-cpc:85/1', 'rs-cpc:146/1', 'rs-cpc:146/7', 'rs-cpc:155', 'rs-cpc:255/2'));
    expect(mapping('22').provisions).toHaveLength(9 + 8);
    expect(mapping('3').provisions).toEqual(iris('rs-cc:298/1'));
  });

  it('lists instruments and chapters cited as a whole', () => {
    expect(mapping('27').instruments).toEqual([provisionIri('rs-cpc:chapter-34')]);
    expect(mapping('14').instruments).toEqual([instrumentIri('rs-cpc'), instrumentIri('rs-cybercrime-authorities-law')]);
    expect(mapping('22').instruments).toEqual([provisionIri('rs-cpc:chapter-34')]);
  });

  it('lists the provisions each answer quotes', () => {
    expect(mapping('9').quoted).toEqual(iris('rs-cc:185', 'rs-cc:185b'));
    expect(mapping('4').quoted).toEqual(iris('rs-cc:298'));
    expect(mapping('20').quoted).toEqual([]);
  });

  it('derives every assessment class by a rule', () => {
    const classes = new Set(graph.mappings.map((m) => m.assessment));
    expect([...classes].sort()).toEqual([...Assessment.options].sort());
    expect([mapping('2').assessment, mapping('2').rule]).toEqual(['provided', 'provided']);
    expect([mapping('9').assessment, mapping('9').rule]).toEqual(['partial', 'partial-explicit']);
    expect([mapping('16').assessment, mapping('16').rule]).toEqual(['general', 'general-provisions']);
    expect([mapping('20').assessment, mapping('20').rule]).toEqual(['not-provided', 'not-provided']);
    expect([mapping('33').assessment, mapping('1').assessment]).toEqual(['not-provided', 'partial']);
  });

  it('treats an empty answer as data: unstated', () => {
    expect(mapping('35')).toMatchObject({ statement: null, assessment: 'unstated', rule: 'empty-answer', provisions: [], quoted: [] });
    expect(mapping('35').provenance.length).toBeGreaterThan(0);
  });

  it('links every cited national provision to the Convention articles it applies (eli:applies), merged', () => {
    const applies = new Map(graph.applications.map((a) => [a['@id'], a.applies]));
    expect(applies.get(provisionIri('rs-cpc:85/1'))).toEqual(iris('ets185:16', 'ets185:18'));
    expect(applies.get(provisionIri('rs-cc:301'))).toEqual(iris('ets185:7', 'ets185:8'));
    expect(applies.has(provisionIri('ets185:29'))).toBe(false);
    expect(new Set(graph.applications.map((a) => a['@id'])).size).toBe(graph.applications.length);
  });
});

describe('what an answer says of the provisions it cites', () => {
  it('is kept as an applicability statement where general provisions "can be applied"', () => {
    const s = graph.statements.find((x) => x.kind === 'applicability' && x.text.startsWith('It is not directly prescribed'))!;
    expect(s.about).toEqual(iris('rs-cpc:85/1', 'rs-cpc:146/1', 'rs-cpc:146/7', 'rs-cpc:155', 'rs-cpc:255/2'));
    expect(graph.statements.filter((x) => x.kind === 'applicability').map((x) => x['@id'].split('/').pop())).toEqual(
      ['16', '17', '18', '19', '21'].map((n) => `ets185-${n}-applicability`),
    );
  });
});
