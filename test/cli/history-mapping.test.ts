import { describe, expect, it } from 'vitest';
import { cyberlex, cyberlexJson } from '../helpers/cli.js';

interface History {
  ref: string;
  versions: { versionDate: string | null; validUntil: string | null; amendedBy: string[]; paragraphs: { number: string | null; text: string }[] }[];
  statements: { kind: string; text: string }[];
}

describe('cyberlex history', () => {
  it('lists both versions of Criminal Code Art. 199, either side of 11 September 2009', async () => {
    const h = await cyberlexJson<History>('history', 'rs-cc:199');
    expect(h.versions.map((v) => [v.versionDate, v.validUntil, v.amendedBy])).toEqual([
      [null, '2009-09-11', []],
      ['2009-09-11', null, ['rs-og-72-2009']],
    ]);
    const p3 = (i: number) => h.versions[i]!.paragraphs.find((p) => p.number === '3')!.text;
    expect(p3(0)).toContain('imprisonment from three months to five years');
    expect(p3(1)).toContain('imprisonment from six months to five years');
  });

  it('keeps what the profile says about an article that was not amended', async () => {
    const h = await cyberlexJson<History>('history', 'rs-cc:301');
    expect(h.versions).toHaveLength(1);
    expect(h.statements.some((s) => s.kind === 'not-amended' && s.text === 'not amendment')).toBe(true);
  });

  it('says a chapter is a structural unit, with no versions of its own', async () => {
    const h = await cyberlexJson<History & { kind: string }>('history', 'ets185:chapter-II');
    expect([h.kind, h.versions]).toEqual(['chapter', []]);
    expect((await cyberlex('history', 'ets185:chapter-II')).stdout).toBe('ets185:chapter-II – Measures to be taken at the national level: a structural unit (it holds provisions; it has no text of its own)');
  });

  it('exits 1 naming an unknown ref', async () => {
    const r = await cyberlex('history', 'rs-cc:9999');
    expect([r.code, r.stderr]).toEqual([1, 'cyberlex: unknown ref "rs-cc:9999"']);
  });
});

describe('cyberlex show across instruments and dates', () => {
  it('gives the three-months text before the amendment and the six-months text after', async () => {
    const before = await cyberlexJson<{ paragraphs: { text: string }[]; validUntil: string }>('show', 'rs-cc:199/3', '--at', '2009-01-01');
    const after = await cyberlexJson<{ paragraphs: { text: string }[]; versionDate: string }>('show', 'rs-cc:199/3', '--at', '2010-01-01');
    expect(before.paragraphs[0]!.text).toContain('three months to five years');
    expect(before.validUntil).toBe('2009-09-11');
    expect(after.paragraphs[0]!.text).toContain('six months to five years');
    expect(after.versionDate).toBe('2009-09-11');
  });

  it('reports an article inserted in 2009 as not in force before it', async () => {
    const before = await cyberlexJson<{ status: string; paragraphs: unknown[] }>('show', 'rs-cc:185b', '--at', '2009-01-01');
    expect([before.status, before.paragraphs]).toEqual(['not-in-force', []]);
    expect((await cyberlexJson<{ status: string }>('show', 'rs-cc:185b', '--at', '2010-01-01')).status).toBe('in-force');
  });

  it('shows a Convention paragraph', async () => {
    const shown = await cyberlexJson<{ paragraphs: { number: string; text: string }[] }>('show', 'ets185:16/2');
    expect(shown.paragraphs).toHaveLength(1);
    expect(shown.paragraphs[0]!.text).toMatch(/^Where a Party gives effect to paragraph 1 above .* subsequently renewed\.$/);
  });
});

describe('cyberlex mapping', () => {
  it('maps Convention Art. 2 to Criminal Code Art. 302 with the rule that decided it', async () => {
    const m = await cyberlexJson<{ article: string; title: string; assessment: string; rule: string; statement: string; provisions: string[] }>('mapping', 'ets185:2');
    expect(m).toMatchObject({ article: 'ets185:2', title: 'Illegal access', assessment: 'provided', provisions: ['rs-cc:302'] });
    expect(m.rule).toBeTruthy();
    expect(m.statement).toContain('article 302 of CCRS');
  });

  it('keeps an empty answer as unstated', async () => {
    expect((await cyberlexJson<{ assessment: string; statement: null }>('mapping', 'ets185:35'))).toMatchObject({ assessment: 'unstated', statement: null });
  });
});

describe('cyberlex extract', () => {
  it('prints the rows of the two-column profile', async () => {
    const r = await cyberlex('extract', 'raw/coe-cybercrime-legislation-profile-serbia.txt', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { pages: unknown[]; rows: { cells: [string, string] }[] };
    expect(out.pages).toHaveLength(1);
    expect(out.rows.some((row) => row.cells[0].startsWith('Article 2 – Illegal access'))).toBe(true);
  });

  it('prints the reading-order text of a PDF', async () => {
    const r = await cyberlex('extract', 'test/fixtures/pdf/rs-law-cybercrime-authorities-2005-2009.pdf');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('=== page 1 ===');
    expect(r.stdout).toContain('Article 1');
  });
});
