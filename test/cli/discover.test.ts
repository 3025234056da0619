/**
 * Finding data packages outside a repository: node_modules/@cyberlex/* from the working directory
 * upward (the nearest copy of a package wins, as Node's resolution would pick it), only packages
 * that say what they hold, each package's ESM entry read from its exports however they are shaped.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, findRepository } from '../../packages/cli/src/data/discover.js';
import { Library } from '../../packages/cli/src/data/library.js';
import { ROOT } from '../helpers/sources.js';

let tmp = '';
const CC = join(ROOT, 'packages', 'rs-criminal-code');

/** A copy of the built Criminal Code package at `dir`, its package.json changed by `edit`. */
function install(dir: string, edit: (pkg: Record<string, unknown>) => void): void {
  cpSync(CC, dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(CC, 'package.json'), 'utf8')) as Record<string, unknown>;
  edit(pkg);
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cyberlex-discover-'));
  const outer = join(tmp, 'node_modules', '@cyberlex');
  const inner = join(tmp, 'app', 'node_modules', '@cyberlex');
  mkdirSync(join(tmp, 'app', 'src'), { recursive: true });
  // nearest: conditional exports as a dual package writes them
  install(join(inner, 'rs-criminal-code'), (pkg) => {
    pkg.version = '9.9.9';
    pkg.exports = { '.': { import: { types: './index.d.ts', default: './index.js' }, require: { default: './index.cjs' } }, './package.json': './package.json' };
  });
  // further up: the same package (not picked), and one with a bare string export
  install(join(outer, 'rs-criminal-code'), (pkg) => (pkg.version = '1.0.0'));
  install(join(outer, 'string-export'), (pkg) => {
    pkg.name = '@cyberlex/string-export';
    pkg.exports = './index.js';
    pkg.cyberlex = { instruments: ['xx-test'], mappings: false };
  });
  // a package that does not say what it holds is not a data package
  install(join(outer, 'not-data'), (pkg) => {
    pkg.name = '@cyberlex/not-data';
    delete pkg.cyberlex;
  });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('discover', () => {
  it('finds no repository outside one, and the repository inside it', () => {
    expect(findRepository(join(tmp, 'app', 'src'))).toBeNull();
    expect(findRepository(join(ROOT, 'packages', 'cli', 'src'))).toBe(ROOT.replace(/\/$/, ''));
  });

  it('takes the nearest copy of each package, and only packages that say what they hold', () => {
    const found = discover(join(tmp, 'app', 'src'));
    expect(found.repository).toBeNull();
    const mine = found.packages.filter((p) => p.dir.startsWith(tmp));
    expect(mine.map((p) => [p.name, p.version])).toEqual([
      ['@cyberlex/rs-criminal-code', '9.9.9'],
      ['@cyberlex/string-export', expect.any(String)],
    ]);
    expect(mine.map((p) => p.entry.slice(tmp.length))).toEqual(['/app/node_modules/@cyberlex/rs-criminal-code/index.js', '/node_modules/@cyberlex/string-export/index.js']);
    expect(mine[0]!.instruments).toContain('rs-cc');
  });

  it('answers from the package it found', async () => {
    const library = new Library(discover(join(tmp, 'app', 'src')));
    const { info, module } = await library.provision('rs-cc:199/3');
    expect(info.version).toBe('9.9.9');
    expect(module.at('rs-cc:199/3', '2009-01-01')!.paragraphs[0]!.text).toContain('three months');
  });

  it('in the repository, reads packages/*', () => {
    const found = discover(join(ROOT, 'packages', 'cli'));
    expect(found.repository).toBe(ROOT.replace(/\/$/, ''));
    expect(found.packages.every((p) => p.dir.startsWith(join(ROOT, 'packages')))).toBe(true);
    expect(found.packages.some((p) => p.mappings)).toBe(true);
  });
});
