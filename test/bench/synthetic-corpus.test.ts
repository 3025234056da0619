/** scripts/synthetic-corpus/make.mjs: distinct jurisdictions, valid manifest entries, only the country's name changed. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../pipeline/src/sources/manifest.js';
// @ts-expect-error: a plain JS script without declarations
import { countryName, jurisdictionId, makeCorpus, PROFILE_COUNTRY, rewriteCountry } from '../../scripts/synthetic-corpus/make.mjs';
import { ROOT } from '../helpers/sources.js';

const out = mkdtempSync(join(tmpdir(), 'cyberlex-corpus-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('synthetic corpus', () => {
  const corpus = makeCorpus({ count: 12, out, root: ROOT });
  const original = readFileSync(join(ROOT, 'raw', 'coe-cybercrime-legislation-profile-serbia.txt'), 'utf8');

  it('writes a manifest the pipeline accepts, one entry per copy, ids and jurisdictions distinct', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(out, 'raw', 'manifest.json'), 'utf8')));
    expect(manifest.sources).toHaveLength(12);
    expect(new Set(manifest.sources.map((s) => s.id)).size).toBe(12);
    expect(new Set(manifest.sources.map((s) => s.jurisdiction)).size).toBe(12);
    expect(manifest.sources.every((s) => s.kind === 'country-profile')).toBe(true);
  });

  it('records the sha256 of the bytes written', () => {
    for (const s of corpus.sources) {
      const bytes = readFileSync(join(out, 'raw', s.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(s.sha256);
    }
    expect(corpus.bytes).toBe(corpus.sources.reduce((n: number, s: { file: string }) => n + readFileSync(join(out, 'raw', s.file)).length, 0));
  });

  it('changes nothing but the country name: putting the name back gives the real profile', () => {
    corpus.sources.forEach((s: { file: string; title: string }, i: number) => {
      const text = readFileSync(join(out, 'raw', s.file), 'utf8');
      const name = countryName(i + 1);
      expect(text).not.toMatch(/serbia/i);
      expect(text).toContain(name);
      expect(rewriteCountry(text, name, PROFILE_COUNTRY)).toBe(original);
      expect(s.title).toContain(name);
    });
  });

  it('gives every copy index its own name and jurisdiction id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), (a, b) => {
        fc.pre(a !== b);
        expect(countryName(a)).not.toBe(countryName(b));
        expect(jurisdictionId(a)).not.toBe(jurisdictionId(b));
        expect(jurisdictionId(a)).toMatch(/^[a-z]{2}(?:-[a-z0-9]+)?$/);
        expect(countryName(a)).toMatch(/^\p{Lu}\p{Ll}+$/u);
      }),
    );
  });

  it('replaces whole words only', () => {
    expect(rewriteCountry('Serbia, SERBIA, Serbian, Serbias', 'Serbia', 'Babadenia')).toBe('Babadenia, BABADENIA, Serbian, Serbias');
  });

  it('refuses to write anywhere inside the repository', () => {
    // Against a stand-in repository, so that a broken guard could not touch the real raw/.
    const repo = mkdtempSync(join(tmpdir(), 'cyberlex-fake-repo-'));
    try {
      mkdirSync(join(repo, 'raw'));
      const manifest = readFileSync(join(ROOT, 'raw', 'manifest.json'), 'utf8');
      writeFileSync(join(repo, 'raw', 'manifest.json'), manifest);
      writeFileSync(join(repo, 'raw', 'coe-cybercrime-legislation-profile-serbia.txt'), original);
      for (const target of [repo, `${repo}/`, join(repo, 'raw'), join(repo, 'packages'), join(repo, 'tmp', 'corpus')]) {
        expect(() => makeCorpus({ count: 1, out: target, root: `${repo}/` })).toThrow(/refusing/);
      }
      expect(readdirSync(join(repo, 'raw')).sort()).toEqual(['coe-cybercrime-legislation-profile-serbia.txt', 'manifest.json']);
      expect(readFileSync(join(repo, 'raw', 'manifest.json'), 'utf8')).toBe(manifest);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
