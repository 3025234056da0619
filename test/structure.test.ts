/**
 * Structure named in answers (issue 14.4), over the built packages: an article an answer places
 * in a chapter is part of it; every provision any dataset points at is a node of some package,
 * with its ref — a provision no source quotes is "cited-only", without versions, and its
 * provenance spans hold the citation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Provision } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { rawText, ROOT } from './helpers/sources.js';

const datasets: Dataset[] = readdirSync(join(ROOT, 'packages')).flatMap((dir) => {
  try {
    return [JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'data.jsonld'), 'utf8')) as Dataset];
  } catch {
    return [];
  }
});
const provisions = new Map<string, Provision>(datasets.flatMap((d) => d.provisions.map((p) => [p['@id'], p] as const)));
const byRef = (ref: string) => [...provisions.values()].find((p) => p.ref === ref);

describe('chapters named in answers', () => {
  it('hold the articles the same sentence places in them, quoted or not', () => {
    const partsOf = (ref: string) => byRef(ref)!.hasPart.map((iri) => provisions.get(iri)?.ref);
    expect(partsOf('rs-cc:chapter-27')).toEqual(['rs-cc:298', 'rs-cc:300', 'rs-cc:302']);
    expect(partsOf('rs-cc:chapter-20')).toEqual(['rs-cc:199', 'rs-cc:200']);
    expect(partsOf('rs-cpc:chapter-35')).toEqual(Array.from({ length: 17 }, (_, i) => `rs-cpc:${516 + i}`));
    expect(provisions.get(byRef('rs-cc:300')!.isPartOf)?.ref).toBe('rs-cc:chapter-27');
  });

  it('say whether a source quotes their heading', () => {
    expect(byRef('rs-cc:chapter-20')!.textStatus).toBe('quoted');
    expect(byRef('rs-cc:chapter-27')!.textStatus).toBe('cited-only');
  });
});

describe('cited provisions', () => {
  it('are nodes, with refs, wherever a dataset points at one', () => {
    const pointedAt = new Set<string>();
    for (const d of datasets) {
      for (const m of d.mappings) for (const iri of [...m.provisions, ...m.quoted]) pointedAt.add(iri);
      for (const s of d.statements) for (const iri of s.about) pointedAt.add(iri);
      for (const a of d.applications) pointedAt.add(a['@id']);
      for (const p of d.provisions) for (const iri of p.hasPart) pointedAt.add(iri);
    }
    const missing = [...pointedAt].filter((iri) => iri.includes('/eli/') && !provisions.has(iri));
    expect(missing).toEqual([]);
  });

  it('that no source quotes are cited-only: no versions, and spans that hold the citation', () => {
    const para = byRef('rs-cc:200/1')!;
    const article = byRef('rs-cc:200')!;
    expect([para.textStatus, article.textStatus, article.versions]).toEqual(['cited-only', 'cited-only', []]);
    expect(article.hasPart).toEqual([para['@id']]);
    const text = rawText('coe-cybercrime-legislation-profile-serbia');
    const cited = para.provenance.map((p) => text.slice(p.start, p.end));
    expect(cited).toEqual([expect.stringMatching(/^200, named as/), 'paragraph 1']);
    expect(article.alternateTitles.map((a) => a.name)).toContain('Unauthorized removing and changing electronic information about copyright and related rights');
  });

  it('quoted ones are "quoted", and only provisions with versions are', () => {
    for (const p of provisions.values()) if (p.kind === 'article' && p.versions.length > 0) expect(p.textStatus, p.ref).toBe('quoted');
    for (const p of provisions.values()) if (p.kind === 'article' && p.textStatus === 'cited-only') expect(p.versions, p.ref).toEqual([]);
  });
});
