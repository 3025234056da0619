/**
 * Sources are confined to raw/: a manifest path with "..", an absolute path, or a symlink that
 * leads out is refused before anything is opened, naming the entry (manifest line and column),
 * and no error carries a byte of the file outside.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/src/ingest/index.js';
import { copyInputs, snapshot } from '../helpers/repo-copy.js';

const SECRET = 'TOP-SECRET api_key=hunter2\n';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function setup() {
  const copy = copyInputs();
  const outside = mkdtempSync(join(tmpdir(), 'cyberlex-outside-'));
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  cleanups.push(copy.cleanup, () => rmSync(outside, { recursive: true, force: true }));
  const manifestPath = join(copy.root, 'raw', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sources: Record<string, unknown>[] };
  const setFile = (index: number, file: string) => {
    manifest.sources[index]!.file = file;
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  };
  return { root: copy.root, outside, manifest, setFile };
}

async function refusal(root: string): Promise<string> {
  const before = snapshot(root);
  let message = '';
  try {
    await ingest({ root, frozen: false });
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).not.toBe('');
  expect(message).not.toContain('TOP-SECRET');
  expect(message.split('\n')).toHaveLength(1);
  expect(snapshot(root)).toEqual(before); // nothing written
  return message;
}

describe('sources confined to raw/', () => {
  it('refuses a path that climbs out with "..", naming the entry and where the manifest says it', async () => {
    const { root, outside, setFile } = setup();
    setFile(1, `../../../../../../..${outside}/secret.txt`);
    expect(await refusal(root)).toMatch(/^raw\/manifest\.json \(line \d+, column \d+\): expected source "rs-law-cybercrime-authorities-2005-2009" to name a file inside raw\/ \(".*" climbs out with ".."\)$/);
  });

  it('refuses an absolute path', async () => {
    const { root, outside, setFile } = setup();
    setFile(0, join(outside, 'secret.txt'));
    expect(await refusal(root)).toMatch(/expected source "coe-cybercrime-legislation-profile-serbia" to name a file inside raw\/ \(".*secret\.txt" is an absolute path\)$/);
  });

  it('refuses a symlink in raw/ that leads outside, with valid or invalid content behind it', async () => {
    const { root, outside, setFile } = setup();
    // a valid source moved out and linked back: accepted before, with the outside path in provenance
    const law = readFileSync(join(root, 'raw', 'rs-law-cybercrime-authorities-2005-2009.txt'));
    writeFileSync(join(outside, 'law.txt'), law);
    symlinkSync(join(outside, 'law.txt'), join(root, 'raw', 'law-link.txt'));
    setFile(1, 'law-link.txt');
    expect(await refusal(root)).toMatch(/"law-link\.txt" is a link that leads outside raw\//);
    symlinkSync(join(outside, 'secret.txt'), join(root, 'raw', 'secret-link.txt'));
    setFile(1, 'secret-link.txt');
    expect(await refusal(root)).toMatch(/"secret-link\.txt" is a link that leads outside raw\//);
  });

  it('refuses a link to a folder outside, and a manifest that is itself a link out', async () => {
    const { root, outside, setFile } = setup();
    symlinkSync(outside, join(root, 'raw', 'elsewhere'));
    setFile(2, 'elsewhere/secret.txt');
    expect(await refusal(root)).toMatch(/"elsewhere\/secret\.txt" is a link that leads outside raw\//);
    setFile(2, 'coe-octopus-serbia-country-wiki.txt');
    writeFileSync(join(outside, 'manifest.json'), readFileSync(join(root, 'raw', 'manifest.json')));
    rmSync(join(root, 'raw', 'manifest.json'));
    symlinkSync(join(outside, 'manifest.json'), join(root, 'raw', 'manifest.json'));
    expect(await refusal(root)).toBe('raw/manifest.json: expected the manifest to be a file inside raw/ (it is a link that leads outside)');
  });

  it('follows a link that stays inside raw/', async () => {
    const { root, setFile } = setup();
    symlinkSync('rs-law-cybercrime-authorities-2005-2009.txt', join(root, 'raw', 'law-alias.txt'));
    setFile(1, 'law-alias.txt');
    await expect(ingest({ root, frozen: false })).resolves.toBeDefined();
  });
});
