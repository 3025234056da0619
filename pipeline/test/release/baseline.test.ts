import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBaseline, packagesOnDisk } from '../../src/release/baseline.js';
import { readTarball } from '../../src/release/tarball.js';
import { criminalCode } from './fixtures.js';

const NAME = '@cyberlex/rs-criminal-code';
const data = criminalCode();
const schema = { type: 'object' };

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cyberlex-baseline-'));
  dirs.push(d);
  return d;
}
function writePackage(dir: string, content = data): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'data.jsonld'), JSON.stringify(content));
  writeFileSync(join(dir, 'schema.json'), JSON.stringify(schema));
}

describe('a baseline from a directory', () => {
  it('reads a repository copy (packages/<dir>/data.jsonld) as every package', async () => {
    const root = tempDir();
    writePackage(join(root, 'packages', 'rs-criminal-code'));
    const baseline = await loadBaseline(root, '/');
    expect(baseline.complete).toBe(true);
    expect(baseline.packages.get(NAME)).toEqual({ data, schema });
  });

  it('reads a packages/ tree', async () => {
    const root = tempDir();
    writePackage(join(root, 'rs-criminal-code'));
    expect((await loadBaseline(root, '/')).packages.has(NAME)).toBe(true);
  });

  it('reads one package folder as that package only', async () => {
    const root = tempDir();
    writePackage(root);
    const baseline = await loadBaseline(root, '/');
    expect(baseline.complete).toBe(false);
    expect([...baseline.packages.keys()]).toEqual([NAME]);
  });

  it('refuses a folder without package data, naming it', async () => {
    const root = tempDir();
    await expect(loadBaseline(root, '/')).rejects.toThrow(`--base "${root}" holds no package data`);
  });

  it('takes data already read for the packages on disk, reading only their schemas', async () => {
    const root = tempDir();
    writePackage(join(root, 'packages', 'rs-criminal-code'));
    const baseline = await packagesOnDisk(root, undefined, 'packages/', new Map([['rs-criminal-code', data]]));
    expect(baseline.packages.get(NAME)).toEqual({ data, schema });
  });
});

describe('a baseline from an npm tarball', () => {
  it('reads package/data.jsonld and package/schema.json', async () => {
    const root = tempDir();
    writePackage(join(root, 'package'));
    execFileSync('tar', ['-czf', join(root, 'pkg.tgz'), '-C', root, 'package']);
    const baseline = await loadBaseline(join(root, 'pkg.tgz'), '/');
    expect(baseline).toMatchObject({ complete: false });
    expect(baseline.packages.get(NAME)).toEqual({ data, schema });
  });

  it('reads file names longer than a ustar header holds', () => {
    const root = tempDir();
    const long = `package/${'d'.repeat(120)}/data.jsonld`;
    mkdirSync(join(root, long, '..'), { recursive: true });
    writeFileSync(join(root, long), 'x');
    execFileSync('tar', ['-czf', join(root, 'long.tgz'), '-C', root, 'package']);
    expect(readTarball(readFileSync(join(root, 'long.tgz'))).get(long)?.toString()).toBe('x');
  });

  it('refuses a file that is not a tarball, and a truncated one', () => {
    expect(() => readTarball(gzipSync(Buffer.alloc(1024, 7)), 'bad.tgz')).toThrow('bad.tgz: not a tar archive');
    expect(() => readTarball(Buffer.from([0x1f, 0x8b, 1, 2]), 'bad.tgz')).toThrow('bad.tgz: not a gzip file');
    const root = tempDir();
    writePackage(join(root, 'package'));
    execFileSync('tar', ['-cf', join(root, 'pkg.tar'), '-C', root, 'package']);
    const tar = readFileSync(join(root, 'pkg.tar'));
    expect(() => readTarball(tar.subarray(0, 700), 'cut.tar')).toThrow('cut.tar: truncated');
  });
});

describe('a baseline from git', () => {
  it('reads the data a revision committed, not the working tree', async () => {
    const root = tempDir();
    writePackage(join(root, 'packages', 'rs-criminal-code'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'data');
    writePackage(join(root, 'packages', 'rs-criminal-code'), { ...data, name: 'changed' });
    const baseline = await loadBaseline('HEAD', root);
    expect(baseline).toMatchObject({ label: 'HEAD', complete: true });
    expect(baseline.packages.get(NAME)!.data.name).toBe(data.name);
  });

  it('refuses what is neither a path nor a revision', async () => {
    await expect(loadBaseline('no-such-thing', tempDir())).rejects.toThrow('--base "no-such-thing" is not a directory, an npm tarball or a git revision');
  });
});
