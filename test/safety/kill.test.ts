/**
 * Ingest killed (SIGKILL) in a copy of the repository: at chosen steps of staging, switching and
 * writing the changeset, and at random instants. Each time the outputs (packages/, dist/,
 * raw/manifest.json, .changeset/) are one whole generation — the old or the new — and after the
 * next run they are the new one, changeset included, with no staging folder left behind.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/src/ingest/index.js';
import { ingestInChild, removeChildScript } from '../helpers/pipeline-child.js';
import { snapshot } from '../helpers/repo-copy.js';
import { copyRepo, type RepoCopy } from '../release/repo.js';

const LAW = 'raw/rs-law-cybercrime-authorities-2005-2009.txt';

/** The outputs of an ingest, path → text. */
function outputs(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of ['packages', 'dist', '.changeset']) for (const [p, text] of snapshot(join(root, dir))) if (!p.includes('/node_modules/')) out.set(`/${dir}${p}`, text);
  out.set('/raw/manifest.json', readFileSync(join(root, 'raw', 'manifest.json'), 'utf8'));
  return out;
}

let repo: RepoCopy;
let template: string;
let oldGen: Map<string, string>;
let newGen: Map<string, string>;
let steps: { phase: string; path?: string }[];
let fullMs: number;
const trials: string[] = [];

/** A fresh copy of the prepared repository (first release committed, the law amended, not ingested). */
function trial(): string {
  const root = mkdtempSync(join(tmpdir(), 'cyberlex-kill-'));
  cpSync(template, root, { recursive: true, verbatimSymlinks: true });
  trials.push(root);
  return root;
}

beforeAll(async () => {
  repo = copyRepo();
  await ingest({ root: repo.root, frozen: false });
  repo.commit('first release');
  const path = join(repo.root, LAW);
  writeFileSync(path, readFileSync(path, 'utf8').replace('for a term of four years', 'for a term of five years'));
  template = repo.root;
  oldGen = outputs(template);
  // the new generation, and the steps publishing it takes, from an uninterrupted child run
  const root = trial();
  const run = await ingestInChild(root);
  expect(run.code, run.stderr).toBe(0);
  steps = run.steps;
  fullMs = run.ms;
  newGen = outputs(root);
}, 300_000);
afterAll(() => {
  removeChildScript();
  for (const t of trials) rmSync(t, { recursive: true, force: true });
  repo?.cleanup();
});

/**
 * The generation a killed run left: the old one, untouched, if it died before its journal was
 * committed; the new one once the journal is — the journal, not the files, then says which
 * generation stands, and the next run's first step finishes the switch (rerunAndCheck).
 */
function expectOneGeneration(root: string, what = ''): 'old' | 'new' {
  const committed = existsSync(join(root, 'tmp')) && readdirSync(join(root, 'tmp')).some((n) => n.startsWith('generation-') && existsSync(join(root, 'tmp', n, 'journal.json')));
  if (committed) return 'new';
  const now = outputs(root);
  if (sameMap(now, oldGen)) return 'old';
  const differ = (gen: Map<string, string>) => [...new Set([...now.keys(), ...gen.keys()])].filter((p) => now.get(p) !== gen.get(p));
  // a run killed after its journal was removed, or before its first step
  expect(differ(newGen), `${what}: neither generation, and no journal; against the old one: ${differ(oldGen).join(', ')}`).toEqual([]);
  return 'new';
}

function sameMap(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

async function rerunAndCheck(root: string, left: 'old' | 'new'): Promise<void> {
  const journal = existsSync(join(root, 'tmp')) && readdirSync(join(root, 'tmp')).some((n) => n.startsWith('generation-') && existsSync(join(root, 'tmp', n, 'journal.json')));
  const log: string[] = [];
  const summary = await ingest({ root, frozen: false, log: (l) => log.push(l) });
  if (journal) expect(log.some((l) => l.startsWith('recover  finished publishing'))).toBe(true);
  // the new generation, whole, was there (or was finished by recovery): nothing is left to write
  if (left === 'new') expect(summary.written).toEqual([]);
  expect(outputs(root)).toEqual(newGen);
  expect(readdirSync(join(root, 'tmp')).filter((n) => n.startsWith('generation-') || n === 'ingest.lock')).toEqual([]);
}

describe('ingest killed while publishing', () => {
  it('publishes data, manifest and changeset together in one generation', () => {
    const changed = [...newGen.keys()].filter((k) => oldGen.get(k) !== newGen.get(k));
    expect(changed.some((p) => p.startsWith('/.changeset/data-rs-cybercrime-authorities-law-'))).toBe(true);
    expect(changed).toContain('/raw/manifest.json');
    expect(steps.filter((s) => s.phase === 'stage').length).toBe(changed.length);
  });

  it('at steps spread over staging, the commit, switching (the changeset included) and the end, leaves one generation, and the rerun the new one', async () => {
    const commit = steps.findIndex((s) => s.phase === 'commit');
    const changesetSwitch = steps.findIndex((s) => s.phase === 'switch' && s.path!.startsWith('.changeset/'));
    const changesetStage = steps.findIndex((s) => s.phase === 'stage' && s.path!.startsWith('.changeset/'));
    const points = [...new Set([changesetStage, commit, changesetSwitch, steps.length - 1])];
    const seen = new Set<string>();
    for (const k of points) {
      const root = trial();
      const run = await ingestInChild(root, { killAt: k });
      expect(run.signal, `step ${k}: ${run.stderr}`).toBe('SIGKILL');
      const left = expectOneGeneration(root, `killed at step ${k} (${JSON.stringify(steps[k])})`);
      seen.add(left);
      await rerunAndCheck(root, left);
    }
    expect(seen).toEqual(new Set(['old', 'new']));
  }, 600_000);

  it('at random instants of a whole run, leaves one generation, and the rerun the new one', async () => {
    for (let i = 0; i < 2; i++) {
      const root = trial();
      await ingestInChild(root, { killAfterMs: Math.random() * fullMs });
      await rerunAndCheck(root, expectOneGeneration(root));
    }
  }, 300_000);

  it('writes a changeset lost after its data landed (as an earlier version could lose it) again on the next run', async () => {
    const root = trial();
    await ingest({ root, frozen: false });
    const changeset = [...newGen.keys()].find((p) => p.startsWith('/.changeset/data-'))!;
    rmSync(join(root, changeset));
    const log: string[] = [];
    const again = await ingest({ root, frozen: false, log: (l) => log.push(l) });
    expect(again.written).toEqual([changeset.slice(1)]);
    expect(existsSync(join(root, changeset))).toBe(true);
    expect(log.some((l) => l.includes('had no changeset; written again'))).toBe(true);
  });

  it('refuses a second ingest while one runs, in one line, and leaves the first to finish', async () => {
    const root = trial();
    const first = ingestInChild(root);
    // wait for the child to take the lock
    const lock = join(root, 'tmp', 'ingest.lock');
    for (let i = 0; i < 400 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 10));
    if (existsSync(lock)) await expect(ingest({ root, frozen: false })).rejects.toThrow(/^tmp\/ingest\.lock: expected no other ingest of this repository to be running \(pid \d+ on /);
    expect((await first).code).toBe(0);
    expect(outputs(root)).toEqual(newGen);
  });
});
