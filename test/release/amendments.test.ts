/**
 * End to end, on a copy of the repository: an amendment arrives in a source, ingestion reruns,
 * and only the affected package gets a changeset with the right bump and a summary naming the
 * article, the act and the date; `changeset version` writes that line into the CHANGELOG and
 * the next build into changes.json; `cyberlex diff` shows the exact words; a rerun with no
 * change writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import { run } from '../../packages/cli/src/run.js';
import { ingest } from '../../pipeline/src/ingest/index.js';
import { copyRepo, dataChangesets, type RepoCopy } from './repo.js';

const LAW = 'raw/rs-law-cybercrime-authorities-2005-2009.txt';
const LAW_PACKAGE = '@cyberlex/rs-cybercrime-authorities-law';
const LAW_DIR = 'packages/rs-cybercrime-authorities-law';

let repo: RepoCopy;
const read = (path: string) => readFileSync(join(repo.root, path), 'utf8');
const edit = (path: string, from: string, to: string) => {
  const text = read(path);
  expect(text).toContain(from);
  writeFileSync(join(repo.root, path), text.replace(from, to));
};
const rerun = () => ingest({ root: repo.root, frozen: false });
const diffCommand = (args: string[]) => main(['diff', ...args]);
const changesetCommand = (args: string[]) => main(['changeset', ...args]);

/** Run a CLI command in the copy, capturing what it prints. */
async function cli(command: (args: string[]) => Promise<number>, args: string[]): Promise<{ out: string; err: string; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const cwd = process.cwd();
  process.chdir(repo.root);
  try {
    await run(() => command(args));
    return { out: out.join('\n'), err: err.join('\n'), code: Number(process.exitCode ?? 0) };
  } finally {
    process.chdir(cwd);
    process.exitCode = 0;
    log.mockRestore();
    error.mockRestore();
  }
}

beforeAll(async () => {
  repo = copyRepo();
  await rerun();
  repo.commit('first release: 1.0.0');
});
afterAll(() => repo?.cleanup());

describe('the first release', () => {
  it('starts each package with a CHANGELOG and changes.json holding the legal history, and no changeset', () => {
    expect(dataChangesets(repo.root)).toEqual([]);
    const changelog = read(`${LAW_DIR}/CHANGELOG.md`);
    expect(changelog).toContain('## 1.0.0\n\n### Legal history in this release\n\n- Law on the Organisation and Competences of Government Authorities Combating Cyber Crime Art. 7 deleted by Official Gazette of the Republic of Serbia 104/2009');
    expect(JSON.parse(read(`${LAW_DIR}/changes.json`))).toMatchObject([{ packageVersion: null, refs: ['rs-cybercrime-authorities-law:7'], acts: ['rs-og-104-2009'], bump: 'minor' }]);
  });
});

describe('a corrected article text', () => {
  it('gives the law package alone a patch changeset naming the article and paragraph and quoting the words', async () => {
    edit(LAW, 'for a term of four years and may be reappointed', 'for a term of five years and may be reappointed');
    const summary = await rerun();
    // Other packages only see shifted spans of names found in the law's text: no bump, no changeset.
    expect(summary.releases.filter((r) => r.status === 'changed' && r.bump !== null).map((r) => [r.package, r.bump])).toEqual([[LAW_PACKAGE, 'patch']]);
    const [file] = dataChangesets(repo.root);
    expect(dataChangesets(repo.root)).toHaveLength(1);
    const text = read(`.changeset/${file}`);
    expect(text.startsWith(`---\n"${LAW_PACKAGE}": patch\n---\n\n`)).toBe(true);
    expect(text).toContain("Law on the Organisation and Competences of Government Authorities Combating Cyber Crime Art. 5(3) text corrected: 'a term of four years and may' → 'a term of five years and may'");
  });

  it('reruns with no change write nothing', async () => {
    const before = dataChangesets(repo.root);
    const again = await rerun();
    expect(again.written).toEqual([]);
    expect(again.releases.every((r) => r.status === 'unchanged')).toBe(true);
    expect(dataChangesets(repo.root)).toEqual(before);
  });

  it('`changeset version` writes the line into the CHANGELOG as it is, and the next build into changes.json', async () => {
    const line = read(`.changeset/${dataChangesets(repo.root)[0]}`).split('\n')[4]!;
    execFileSync(join(repo.root, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: repo.root, stdio: 'pipe' });
    expect(dataChangesets(repo.root)).toEqual([]);
    expect(JSON.parse(read(`${LAW_DIR}/package.json`)).version).toBe('1.0.1');
    expect(read(`${LAW_DIR}/CHANGELOG.md`)).toContain(`## 1.0.1\n### Patch Changes\n\n- ${line}\n\n## 1.0.0`);
    const build = await rerun();
    expect(build.written).toEqual([`${LAW_DIR}/changes.json`]);
    expect(JSON.parse(read(`${LAW_DIR}/changes.json`)).at(-1)).toEqual({
      packageVersion: '1.0.1',
      date: null,
      refs: ['rs-cybercrime-authorities-law:5/3'],
      acts: [],
      bump: 'patch',
      summary: "Law on the Organisation and Competences of Government Authorities Combating Cyber Crime Art. 5(3) text corrected: 'a term of four years and may' → 'a term of five years and may'",
    });
    expect(dataChangesets(repo.root)).toEqual([]);
    repo.commit('release 1.0.1');
  });
});

describe('a new amending act consolidated into the law', () => {
  const baseDir = () => `${repo.root}-base`;
  let changeset = '';

  beforeAll(async () => {
    cpSync(join(repo.root, 'packages'), baseDir(), { recursive: true });
    edit(LAW, '(Official Gazette of the Republic of Serbia No 61/2005 and 104/2009)', '(Official Gazette of the Republic of Serbia No 61/2005 and 104/2009 and 12/2016)');
    edit(LAW, 'shall last no longer than 2 years', 'shall last no longer than 3 years');
    writeFileSync(
      join(repo.root, LAW),
      `${read(LAW)}\n\nA separate Article of the Amending Law on the Organisation and Competences of the Government Authorities Combating Cybercrime\n\n(Official Gazette of the Republic of Serbia No 12/2016)\n\nArticle 4\n\nThis Law shall come into force on the eighth day of publication in the "Official Gazette of the Republic of Serbia", except the provisions of Articles 1 through 3 of the present Law, which shall come into force on 1 March 2016.\n`,
    );
    await rerun();
    changeset = dataChangesets(repo.root)[0] ?? '';
  });
  afterAll(() => rmSync(baseDir(), { recursive: true, force: true }));

  it('gives the law package a minor changeset naming the act, its date and the article changed', () => {
    expect(dataChangesets(repo.root)).toEqual([changeset]);
    const text = read(`.changeset/${changeset}`);
    expect(text.split('\n')[1]).toBe(`"${LAW_PACKAGE}": minor`);
    expect(text).toContain(
      'amended by Official Gazette of the Republic of Serbia 12/2016 (Amending Law on the Organisation and Competences of the Government Authorities Combating Cybercrime), date of entry into force not given by the sources; Art. 1–3 of the act in force 1 March 2016',
    );
    expect(text).toContain("Art. 11(4) changed in the consolidated text naming Official Gazette of the Republic of Serbia 12/2016: 'no longer than 2 years, but may' → 'no longer than 3 years, but may'");
  });

  it('`cyberlex diff --base <dir>` shows the exact words changed, by ref', async () => {
    const json = await cli(diffCommand, ['--base', baseDir(), '--json']);
    expect(json.code).toBe(0);
    const law = JSON.parse(json.out).packages.find((p: { package: string }) => p.package === LAW_PACKAGE);
    expect(law).toMatchObject({ status: 'changed', bump: 'minor' });
    expect(law.diff.amendingActs.map((a: { ref: string }) => a.ref)).toEqual(['rs-og-12-2016']);
    const paragraph = law.diff.paragraphs.changed.find((c: { ref: string }) => c.ref === 'rs-cybercrime-authorities-law:11/4');
    expect(paragraph.ops.filter((o: { op: string }) => o.op !== 'equal')).toEqual([{ op: 'delete', text: '2' }, { op: 'insert', text: '3' }]);
    const plain = await cli(diffCommand, ['--base', baseDir()]);
    expect(plain.out).toContain('~ paragraph rs-cybercrime-authorities-law:11/4: ');
    expect(plain.out).toContain('no longer than [-2-]{+3+} years');
    expect(plain.out).not.toContain('\u001b[');
  });

  it('`cyberlex diff --base <tarball>` compares that one package', async () => {
    const pack = `${baseDir()}-pack`;
    cpSync(join(baseDir(), 'rs-cybercrime-authorities-law'), join(pack, 'package'), { recursive: true });
    execFileSync('tar', ['-czf', join(pack, 'law.tgz'), '-C', pack, 'package']);
    try {
      const { out, code } = await cli(diffCommand, ['--base', join(pack, 'law.tgz'), '--json']);
      expect(code).toBe(0);
      expect(JSON.parse(out).packages.map((p: { package: string; bump: string }) => [p.package, p.bump])).toEqual([[LAW_PACKAGE, 'minor']]);
    } finally {
      rmSync(pack, { recursive: true, force: true });
    }
  });

  it('`cyberlex changeset` against HEAD adds nothing ingest already wrote, and writes the same file when it is gone', async () => {
    const again = await cli(changesetCommand, []);
    expect(again.code).toBe(0);
    expect(again.out).toContain('(already in a pending changeset)');
    expect(dataChangesets(repo.root)).toEqual([changeset]);
    rmSync(join(repo.root, '.changeset', changeset));
    await cli(changesetCommand, ['--base', 'HEAD']);
    expect(dataChangesets(repo.root)).toEqual([changeset]);
  });
});

describe('`cyberlex diff <ref>`', () => {
  it('diffs the versions of a provision word by word (one version: all unchanged)', async () => {
    const { out, code } = await cli(diffCommand, ['rs-cybercrime-authorities-law:11', '--json']);
    expect(code).toBe(0);
    const diff = JSON.parse(out);
    expect(diff).toMatchObject({ ref: 'rs-cybercrime-authorities-law:11', from: { index: 1 }, to: { index: 1 } });
    expect(diff.paragraphs.map((p: { kind: string }) => p.kind)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('exits 1 with a one-line error naming an unknown ref', async () => {
    const { err, code, out } = await cli(diffCommand, ['rs-cybercrime-authorities-law:99']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('cyberlex: unknown ref "rs-cybercrime-authorities-law:99"');
  });

  it('refuses a version that does not exist', async () => {
    const { err, code } = await cli(diffCommand, ['rs-cybercrime-authorities-law:11', '--to', '4']);
    expect(code).toBe(1);
    expect(err).toBe('cyberlex: rs-cybercrime-authorities-law:11: version 4 does not exist (the provision has 1 version)');
  });
});

describe('a new dated amendment block for a Criminal Code article in the country profile', () => {
  const PROFILE = 'raw/coe-cybercrime-legislation-profile-serbia.txt';
  const AMENDED_302 =
    '<p>amendment 11/9/2009</p> <p>(2) Whoever records or uses data obtained in manner provided under paragraph 1 of this Article, shall be punished by fine or imprisonment up to two years.</p>';

  it('gives the Criminal Code package alone a minor changeset naming article, act and date', async (ctx) => {
    // needs the profile parser (pipeline/src/parse/profile) registered for "country-profile"
    const code = JSON.parse(read('packages/rs-criminal-code/data.jsonld')) as { provisions: { ref: string; versions: unknown[] }[] };
    if ((code.provisions.find((p) => p.ref === 'rs-cc:302')?.versions.length ?? 0) < 2) ctx.skip();
    edit(
      PROFILE,
      AMENDED_302,
      `${AMENDED_302} <p>amendment 1/6/2017 “Official gazette of Republic Serbia 94/2016”</p> <p>(2) Whoever records or uses data obtained in manner provided under paragraph 1 of this Article, shall be punished by fine or imprisonment up to three years.</p>`,
    );
    const summary = await rerun();
    expect(summary.releases.filter((r) => r.changeset).map((r) => [r.package, r.bump])).toEqual([['@cyberlex/rs-criminal-code', 'minor']]);
    const text = read(summary.releases.find((r) => r.package === '@cyberlex/rs-criminal-code')!.written!);
    expect(text).toMatch(/Art\. 302\(2\) amended by [^\n]*94\/2016, in force 1 June 2017: '[^']*up to two years\.' → '[^']*up to three years\.'/);
  });
});
