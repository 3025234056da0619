/**
 * The repository commands with --json, on a throwaway copy of the repository: ingest, changeset,
 * validate, and `diff --base … --exit-code` (0 when the data equal the baseline, 1 when not).
 * And `ingest --allow-removals` hands the pipeline `allowRemovals: true`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyRepo, type RepoCopy } from '../release/repo.js';
import { cyberlex } from '../helpers/cli.js';

let repo: RepoCopy;
let cwd = '';

/** The CLI in the copy. */
async function inCopy(...args: string[]) {
  process.chdir(repo.root);
  try {
    return await cyberlex(...args);
  } finally {
    process.chdir(cwd);
  }
}

beforeAll(async () => {
  cwd = process.cwd();
  repo = copyRepo();
  const first = await inCopy('ingest', '--json', '--no-frozen');
  if (first.code !== 0) throw new Error(`ingest failed: ${first.stderr}`);
  repo.commit('first release');
}, 300_000);
afterAll(() => repo?.cleanup());

describe('repository commands with --json', () => {
  it('ingest --json prints one JSON document: sources, packages, files written, releases', async () => {
    const r = await inCopy('ingest', '--json', '--frozen');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { sources: { file: string; status: string }[]; packages: string[]; written: string[]; releases: unknown[] };
    expect(summary.sources.every((s) => s.file.startsWith('raw/') && s.status === 'unchanged')).toBe(true);
    expect(summary.packages).toContain('@cyberlex/rs-criminal-code');
    expect(summary.written).toEqual([]);
    // progress went to stderr, not into the JSON
    expect(r.stderr).toMatch(/^extract/m);
  });

  it('changeset --json lists what it wrote (nothing: the data equal HEAD)', async () => {
    const r = await inCopy('changeset', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ base: expect.any(String), packages: [] });
  });

  it('validate --json says valid, with the number of files checked', async () => {
    const r = await inCopy('validate', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ valid: true, checked: 24, failures: [] });
  });

  it('diff --base HEAD --exit-code: 0 while the data equal HEAD, 1 once they differ', async () => {
    const same = await inCopy('diff', '--base', 'HEAD', '--exit-code', '--json');
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).differ).toBe(false);
    const file = join(repo.root, 'packages', 'rs-criminal-code', 'data.jsonld');
    const before = readFileSync(file, 'utf8');
    expect(before).toContain('imprisonment from six months to five years');
    writeFileSync(file, before.replace('imprisonment from six months to five years', 'imprisonment from seven months to five years'));
    try {
      const differ = await inCopy('diff', '--base', 'HEAD', '--exit-code');
      expect(differ.code).toBe(1);
      expect(differ.stdout).toContain('[-six-]{+seven+}');
      expect((await inCopy('diff', '--base', 'HEAD')).code).toBe(0);
      const json = await inCopy('diff', '--base', 'HEAD', '--exit-code', '--json');
      expect([json.code, JSON.parse(json.stdout).differ]).toEqual([1, true]);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('validate --json on data the schema refuses: valid false, the failures, exit 1', async () => {
    const file = join(repo.root, 'packages', 'rs-criminal-code', 'data.jsonld');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('"versionDate": "2009-09-11"', '"versionDate": "2009-13-45"'));
    try {
      const json = await inCopy('validate', '--json');
      expect(json.code).toBe(1);
      const out = JSON.parse(json.stdout) as { valid: boolean; failures: string[] };
      expect(out.valid).toBe(false);
      expect(out.failures.join('\n')).toContain('packages/rs-criminal-code/data.jsonld');
      const text = await inCopy('validate');
      expect(text.code).toBe(1);
      expect(text.stderr).toMatch(/^cyberlex: validation failed \(1\):\npackages\/rs-criminal-code\/data.jsonld/);
    } finally {
      writeFileSync(file, before);
    }
  });
});

describe('ingest --allow-removals', () => {
  it('passes allowRemovals: true to the pipeline, and leaves it out otherwise', async () => {
    const calls: Record<string, unknown>[] = [];
    vi.doMock('@cyberlex/pipeline', () => ({
      ingest: async (options: Record<string, unknown>) => {
        calls.push(options);
        return { checks: [], nodes: 0, packages: [], written: [], stages: {}, ms: 0, files: [], releases: [] };
      },
    }));
    try {
      expect((await inCopy('ingest', '--allow-removals', '--quiet', '--frozen')).code).toBe(0);
      expect((await inCopy('ingest', '--quiet', '--frozen')).code).toBe(0);
    } finally {
      vi.doUnmock('@cyberlex/pipeline');
    }
    expect(calls.map((c) => [c.root, c.frozen, c.allowRemovals])).toEqual([
      [repo.root, true, true],
      [repo.root, true, undefined],
    ]);
  });
});
