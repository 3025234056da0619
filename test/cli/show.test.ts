import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cyberlex, cyberlexJson } from '../helpers/cli.js';
import { ROOT, comparable } from '../helpers/sources.js';

interface Shown {
  ref: string;
  iri: string;
  status: string;
  versionDate: string | null;
  paragraphs: { number: string | null; text: string }[];
  amendedBy: string[];
  provenance: { source: string; file: string; start: number; end: number }[];
}

describe('cyberlex show', () => {
  it('reports Article 7 of the law deleted, by the 2009 amending law', async () => {
    const shown = await cyberlexJson<Shown>('show', 'rs-cybercrime-authorities-law:7');
    expect(shown.status).toBe('deleted');
    expect(shown.paragraphs).toEqual([]);
    expect(shown.amendedBy).toEqual(['rs-og-104-2009']);
    expect(shown.iri).toMatch(/\/eli\/rs\/law\/2005\/61\/art_7$/);
    const text = readFileSync(`${ROOT}${shown.provenance[0]!.file}`, 'utf8');
    expect(shown.provenance.map((p) => text.slice(p.start, p.end))).toEqual(['Article 7', '(Deleted)']);
  });

  it('prints one paragraph for a paragraph ref, with provenance that slices back to it', async () => {
    const shown = await cyberlexJson<Shown>('show', 'rs-cybercrime-authorities-law:5/2');
    expect(shown.status).toBe('in-force');
    expect(shown.paragraphs).toHaveLength(1);
    expect(shown.paragraphs[0]!.number).toBe('2');
    expect(shown.paragraphs[0]!.text).toMatch(/^The Special Prosecutor shall be appointed by the Republic Public Prosecutor/);
    const p = shown.provenance[0]!;
    expect(p.source).toBe('rs-law-cybercrime-authorities-2005-2009');
    expect(comparable(readFileSync(`${ROOT}${p.file}`, 'utf8').slice(p.start, p.end))).toBe(shown.paragraphs[0]!.text);
  });

  it('exits 1 with one line naming an unknown ref', async () => {
    for (const ref of ['rs-cybercrime-authorities-law:99', 'nonsense', 'rs-cybercrime-authorities-law:5/9']) {
      const r = await cyberlex('show', ref);
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')).toHaveLength(1);
      expect(r.stderr.startsWith(`cyberlex: unknown ref "${ref}"`)).toBe(true);
    }
  });

  it('prints a readable text without --json', async () => {
    const r = await cyberlex('show', 'rs-cybercrime-authorities-law:3');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(1) This law shall apply for the purposes of detection');
  });
});
