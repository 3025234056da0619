import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/src/ingest/index.js';
import { syntheticProfile } from '../scripts/synthetic-corpus/make.mjs';
import { copyInputs, snapshot } from './helpers/repo-copy.js';

const LAW = 'rs-law-cybercrime-authorities-2005-2009.txt';
let cleanup = () => {};
afterEach(() => cleanup());

function fresh() {
  const copy = copyInputs();
  cleanup = copy.cleanup;
  return copy.root;
}

async function failure(run: Promise<unknown>): Promise<Error> {
  try {
    await run;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected ingestion to fail');
}

describe('cyberlex ingest', () => {
  it('builds every package and dist/, and a second run gives byte-identical files', async () => {
    const root = fresh();
    const first = await ingest({ root, frozen: true });
    expect(first.written).toContain('packages/rs-cybercrime-authorities-law/data.jsonld');
    expect(first.written).toContain('dist/graph.nq');
    const before = snapshot(root);
    const second = await ingest({ root, frozen: true });
    expect(second.written).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a source whose bytes differ from the manifest under --frozen, and writes nothing', async () => {
    const root = fresh();
    appendFileSync(join(root, 'raw', LAW), '\n');
    const e = await failure(ingest({ root, frozen: true }));
    expect(e.message).toContain(`raw/${LAW}: sha256`);
    expect(e.message).toContain('differs from the manifest');
    expect(snapshot(join(root, 'packages')).size + snapshot(join(root, 'dist')).size).toBe(0);
  });

  it('refuses a missing source, naming it', async () => {
    const root = fresh();
    rmSync(join(root, 'raw', LAW));
    expect((await failure(ingest({ root, frozen: false }))).message).toContain(`missing: ${LAW}`);
    expect((await failure(ingest({ root, frozen: true }))).message).toContain(`raw/${LAW}: listed in raw/manifest.json but missing`);
    expect(snapshot(join(root, 'dist')).size).toBe(0);
  });

  it('reports a file that is not listed, and refuses it under --frozen', async () => {
    const root = fresh();
    writeFileSync(join(root, 'raw', 'new-source.txt'), 'text');
    expect((await failure(ingest({ root, frozen: true }))).message).toContain('raw/new-source.txt: present but not listed');
    const summary = await ingest({ root, frozen: false });
    expect(summary.checks.find((c) => c.file === 'new-source.txt')?.status).toBe('not-listed');
  });

  it('records the new sha256 of a changed source when not frozen', async () => {
    const root = fresh();
    const path = join(root, 'raw', LAW);
    writeFileSync(path, readFileSync(path, 'utf8').replace('four years', 'five years'));
    const summary = await ingest({ root, frozen: false });
    const check = summary.checks.find((c) => c.file === LAW)!;
    expect(check.status).toBe('changed');
    const manifest = JSON.parse(readFileSync(join(root, 'raw', 'manifest.json'), 'utf8'));
    expect(manifest.sources.find((s: { file: string }) => s.file === LAW).sha256).toBe(check.sha256);
    await expect(ingest({ root, frozen: true })).resolves.toBeDefined();
  });

  it('stops at a malformed source with source, line and column, and writes nothing', async () => {
    const root = fresh();
    await ingest({ root, frozen: true });
    const before = snapshot(root);
    const path = join(root, 'raw', LAW);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Article 9\n', 'Article 19\n'));
    const e = await failure(ingest({ root, frozen: false }));
    expect(e.message).toMatch(/^rs-law-cybercrime-authorities-2005-2009 \(line \d+, column 1\): expected Article 9/);
    const after = snapshot(root);
    after.delete(`/raw/${LAW}`);
    before.delete(`/raw/${LAW}`);
    expect(after).toEqual(before);
  });

  it('refuses a malformed manifest, naming line and column', async () => {
    const root = fresh();
    writeFileSync(join(root, 'raw', 'manifest.json'), '{ "sources": [ }');
    expect((await failure(ingest({ root, frozen: true }))).message).toMatch(/^raw\/manifest\.json \(line 1, column \d+\): expected valid JSON/);
  });

  it('parses another country\'s profile under its own jurisdiction, and says its nodes have no package yet', async () => {
    const root = fresh();
    const manifest = JSON.parse(readFileSync(join(root, 'raw', 'manifest.json'), 'utf8')) as { sources: Record<string, unknown>[] };
    const serbia = manifest.sources.find((s) => s.kind === 'country-profile')!;
    const copy = syntheticProfile(readFileSync(join(root, 'raw', String(serbia.file)), 'utf8'), serbia, 7);
    writeFileSync(join(root, 'raw', copy.entry.file), copy.bytes);
    manifest.sources.push(copy.entry);
    writeFileSync(join(root, 'raw', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const log: string[] = [];
    await ingest({ root, frozen: true, log: (line) => log.push(line) });
    const emitLine = log.find((l) => l.startsWith('emit'))!;
    expect(emitLine).toMatch(new RegExp(`; \\d+ nodes of 1 source\\(s\\) in no package \\(${copy.entry.id}\\)`));
    // The Convention both profiles quote is one: the copy's quotes are more provenance of the same articles.
    const convention = JSON.parse(readFileSync(join(root, 'packages', 'budapest-convention', 'data.jsonld'), 'utf8')) as { sources: { id: string }[]; provisions: { '@id': string }[] };
    expect(convention.sources.map((s) => s.id)).toContain(copy.entry.id);
    expect(convention.provisions.filter((p) => p['@id'].includes('xs-007'))).toEqual([]);
    // Serbia's packages hold only Serbia's nodes: none of the copy's (xs-007-cc …, its ministry) slipped in.
    for (const dir of ['rs-criminal-code', 'rs-criminal-procedure-code', 'rs-budapest-implementation', 'rs-cybercrime-policy']) {
      const text = readFileSync(join(root, 'packages', dir, 'data.jsonld'), 'utf8');
      expect(text.split('\n').filter((l) => l.includes('xs-007')), dir).toEqual([]);
    }
  });
});
