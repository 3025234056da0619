/** The package list is data (pipeline/data/packages.json), checked by its own schema with errors that name the line. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKAGES, readPackageSpecs } from '../../src/emit/packages.js';

const text = readFileSync(new URL('../../data/packages.json', import.meta.url), 'utf8');
const failure = (t: string) => {
  try {
    readPackageSpecs(t);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('the package list', () => {
  it('names every package once, each as @cyberlex/<its folder>', () => {
    expect(PACKAGES.map((p) => p.name)).toEqual(PACKAGES.map((p) => `@cyberlex/${p.dir}`));
    expect(new Set(PACKAGES.map((p) => p.dir)).size).toBe(PACKAGES.length);
  });

  it('refuses a package whose name is not its folder’s, naming the line', () => {
    const line = text.slice(0, text.indexOf('"@cyberlex/rs-criminal-code"')).split('\n').length;
    expect(failure(text.replace('"@cyberlex/rs-criminal-code"', '"@cyberlex/criminal-code"'))).toMatch(new RegExp(`^pipeline/data/packages.json \\(line ${line - 1}, column \\d+\\): expected packages\\.1: a name that is @cyberlex/<dir>`));
  });

  it('refuses a package listed twice', () => {
    const doubled = JSON.parse(text);
    doubled.packages.push(doubled.packages[0]);
    expect(failure(JSON.stringify(doubled, null, 2))).toMatch(/^pipeline\/data\/packages.json \(line \d+, column \d+\): expected each package once/);
  });
});
