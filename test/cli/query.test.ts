/**
 * The query commands beyond show and history: list, search, the reverse mapping, diff as JSON,
 * and what a query loads (the data package it answers from, never the pipeline).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyberlex, cyberlexJson } from '../helpers/cli.js';
import { ROOT } from '../helpers/sources.js';

const BIN = join(ROOT, 'packages', 'cli', 'bin', 'cyberlex.js');
const RECORD = join(ROOT, 'test', 'cli', 'fixtures', 'record-loads.mjs');

/** The built CLI in a new process, with the modules it loaded. */
function spawnCli(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, ['--import', RECORD, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env } as NodeJS.ProcessEnv });
  const loaded = r.stderr.split('\n').filter((l) => l.startsWith('loaded ')).map((l) => l.slice('loaded '.length));
  const stderr = r.stderr.split('\n').filter((l) => l && !l.startsWith('loaded ')).join('\n');
  return { code: r.status, stdout: r.stdout, stderr, loaded };
}

describe('what a query command loads', () => {
  const QUERIES = [
    ['show', 'rs-cc:199/3', '--at', '2009-01-01'],
    ['history', 'rs-cc:199'],
    ['diff', 'rs-cc:199/3'],
    ['list', 'rs-cc:'],
    ['search', 'computer', '--in', 'rs-cc:'],
    ['mapping', 'ets185:2'],
    ['mapping', '--of', 'rs-cc:302'],
  ];

  it.each(QUERIES.map((q) => [q.join(' '), q]))('cyberlex %s: the data packages, never the pipeline or the zod model', (_name, args) => {
    const r = spawnCli(args as string[]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.loaded.length).toBeGreaterThan(5);
    expect(r.loaded.filter((url) => /\/pipeline\/|\/zod\/|\/schema\/lib\/(?!calendar-date)/.test(url))).toEqual([]);
  });

  it('show loads only the package that holds the ref', () => {
    const data = spawnCli(['show', 'rs-cc:199/3']).loaded.filter((url) => /\/packages\/(?!cli\/|schema\/)[^/]+\/index\.js$/.test(url));
    expect(data).toEqual([`file://${join(ROOT, 'packages', 'rs-criminal-code', 'index.js')}`]);
  });
});

describe('cyberlex list', () => {
  it('lists the refs under a prefix with kind and title', async () => {
    const rows = await cyberlexJson<{ ref: string; kind: string; title: string | null; package: string }[]>('list', 'rs-cc:30');
    expect(rows[0]).toEqual({ ref: 'rs-cc:30', kind: 'article', title: 'Attempt', package: '@cyberlex/rs-criminal-code' });
    expect(rows.every((r) => r.ref.startsWith('rs-cc:30'))).toBe(true);
    const text = await cyberlex('list', 'rs-cc:30');
    expect(text.stdout.split('\n')[0]).toMatch(/^rs-cc:30 +article +Attempt$/);
  });

  it('without a prefix, lists every installed instrument’s provisions', async () => {
    const rows = await cyberlexJson<{ ref: string }[]>('list');
    for (const prefix of ['ets185:', 'rs-cc:', 'rs-cpc:', 'rs-cybercrime-authorities-law:']) expect(rows.some((r) => r.ref.startsWith(prefix))).toBe(true);
    expect(rows.some((r) => r.ref === 'ets185:chapter-II')).toBe(true);
  });

  it('exits 1 in one line when nothing starts with the prefix', async () => {
    const r = await cyberlex('list', 'rs-cc:9999');
    expect([r.code, r.stderr]).toEqual([1, 'cyberlex: no ref starts with "rs-cc:9999"']);
    expect((await cyberlex('list', 'xx-nothing:1')).stderr).toMatch(/^cyberlex: unknown ref "xx-nothing:1": no cyberlex package holds "xx-nothing"/);
  });
});

describe('cyberlex search', () => {
  type Hit = { ref: string; versions: (string | null)[]; text: string };

  it('finds a paragraph by its words, in the versions whose text holds them', async () => {
    const hits = await cyberlexJson<Hit[]>('search', 'SIX', 'months', '--in', 'rs-cc:199');
    expect(hits.map((h) => [h.ref, h.versions])).toEqual([['rs-cc:199/3', ['2009-09-11']]]);
    const before = await cyberlexJson<Hit[]>('search', 'three months to five years', '--in', 'rs-cc:199');
    expect(before.map((h) => [h.ref, h.versions])).toEqual([['rs-cc:199/3', [null]]]);
  });

  it('matches words in any order, a quoted phrase as a whole', async () => {
    expect((await cyberlexJson<Hit[]>('search', 'months', 'six', '--in', 'rs-cc:199')).map((h) => h.ref)).toEqual(['rs-cc:199/3']);
    expect((await cyberlex('search', 'months six', '--in', 'rs-cc:199')).code).toBe(1);
  });

  it('on a date, searches the text in force then', async () => {
    expect((await cyberlexJson<Hit[]>('search', 'three', 'months', '--in', 'rs-cc:199', '--at', '2009-01-01')).map((h) => h.ref)).toEqual(['rs-cc:199/3']);
    const later = await cyberlex('search', 'three', 'months', '--in', 'rs-cc:199', '--at', '2010-01-01');
    expect([later.code, later.stderr]).toEqual([1, 'cyberlex: nothing holds "three" and "months" under "rs-cc:199" on 2010-01-01']);
  });

  it('finds titles too, and every hit holds every word', async () => {
    const hits = await cyberlexJson<Hit[]>('search', 'computer', 'data');
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) expect(h.text.toLowerCase()).toMatch(/computer[\s\S]*data|data[\s\S]*computer/);
    expect(hits.some((h) => h.ref.startsWith('ets185:'))).toBe(true);
  });
});

describe('cyberlex mapping --of', () => {
  type Forward = { article: string; provisions: string[] };
  type Reverse = { ref: string; mappings: { article: string; assessment: string }[] };

  it('gives the Convention articles whose implementation cites Criminal Code Art. 302', async () => {
    const r = await cyberlexJson<Reverse>('mapping', '--of', 'rs-cc:302');
    expect(r.mappings.map((m) => m.article)).toEqual(['ets185:2', 'ets185:6']);
    expect((await cyberlex('mapping', '--of', 'rs-cc:302')).stdout).toContain('ets185:2 – Illegal access: provided');
  });

  it('is the exact reverse of mapping <article>, for every provision any mapping cites', async () => {
    const articles = (await cyberlexJson<{ ref: string; kind: string }[]>('list', 'ets185:')).filter((r) => r.kind === 'article').map((r) => r.ref);
    const forward = new Map<string, string[]>();
    for (const article of articles) {
      const r = await cyberlex('mapping', article, '--json');
      if (r.code === 0) forward.set(article, (JSON.parse(r.stdout) as Forward).provisions.filter((p) => !p.startsWith('http')));
    }
    expect(forward.size).toBeGreaterThan(20);
    const cited = new Set([...forward.values()].flat());
    expect(cited.size).toBeGreaterThan(5);
    for (const ref of cited) {
      const reverse = (await cyberlexJson<Reverse>('mapping', '--of', ref)).mappings.map((m) => m.article);
      const expected = [...forward].filter(([, provisions]) => provisions.includes(ref)).map(([article]) => article);
      expect(reverse, ref).toEqual(expect.arrayContaining(expected));
    }
  });

  it('refuses an article and --of together, and an unknown ref', async () => {
    expect((await cyberlex('mapping', 'ets185:2', '--of', 'rs-cc:302')).code).toBe(2);
    const r = await cyberlex('mapping', '--of', 'rs-cc:9999');
    expect([r.code, r.stderr]).toEqual([1, 'cyberlex: unknown ref "rs-cc:9999"']);
  });
});

describe('cyberlex diff <ref>', () => {
  it('gives the word ops as JSON, versions picked by number or by date', async () => {
    const byNumber = await cyberlexJson<{ from: { index: number }; to: { index: number; amendedBy: string[] }; paragraphs: { number: string; kind: string; ops: { op: string; text: string }[] }[] }>('diff', 'rs-cc:199/3', '--from', '1', '--to', '2');
    expect(byNumber.to.amendedBy).toEqual(['rs-og-72-2009']);
    expect(byNumber.paragraphs).toHaveLength(1);
    expect(byNumber.paragraphs[0]!.ops.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: 'three' },
      { op: 'insert', text: 'six' },
    ]);
    expect(await cyberlexJson('diff', 'rs-cc:199/3', '--from', '2009-01-01', '--to', '2010-01-01')).toEqual(byNumber);
  });

  it('says in one line that a provision no source quotes has nothing to compare', async () => {
    const r = await cyberlex('diff', 'ets185:chapter-II');
    expect([r.code, r.stderr]).toEqual([1, 'cyberlex: "ets185:chapter-II" has no versions to compare: no source quotes its text']);
  });
});

describe('colour', () => {
  const words = (out: string) => [out.includes('\u001b[32msix'), out.includes('{+six+}')];

  it('is off in a pipe, on with FORCE_COLOR, off with NO_COLOR or FORCE_COLOR=0', () => {
    expect(words(spawnCli(['diff', 'rs-cc:199/3']).stdout)).toEqual([false, true]);
    expect(words(spawnCli(['diff', 'rs-cc:199/3'], { FORCE_COLOR: '1', NO_COLOR: undefined }).stdout)).toEqual([true, false]);
    expect(words(spawnCli(['diff', 'rs-cc:199/3'], { FORCE_COLOR: '0' }).stdout)).toEqual([false, true]);
    expect(words(spawnCli(['diff', 'rs-cc:199/3'], { NO_COLOR: '1' }).stdout)).toEqual([false, true]);
  });
});
