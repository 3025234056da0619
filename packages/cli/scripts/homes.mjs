#!/usr/bin/env node
/**
 * Writes src/homes.ts: which npm package is the home of each instrument, from the pipeline's
 * package table (and which hold mappings: those of the country profiles in raw/manifest.json), so the CLI can name the package to install for a ref whose package is not
 * installed without loading the pipeline. Runs before `tsc -b` in the CLI's build; the
 * pipeline is built first (a devDependency of this package).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const { PACKAGES } = await import(new URL('../../../pipeline/lib/emit/packages.js', import.meta.url).href);
const homes = Object.fromEntries(PACKAGES.flatMap((spec) => spec.instruments.map((instrument) => [instrument, spec.name])).sort(([a], [b]) => (a < b ? -1 : 1)));
// Mappings come from country profiles: the packages that hold their sources hold the mappings.
const manifest = JSON.parse(readFileSync(new URL('../../../raw/manifest.json', import.meta.url), 'utf8'));
const profiles = new Set((manifest.sources ?? manifest).filter((s) => s.kind === 'country-profile').map((s) => s.id));
const mappings = PACKAGES.filter((spec) => spec.sources.some((id) => profiles.has(id))).map((spec) => spec.name);
const text = `/* Generated from pipeline/src/emit/packages.ts and raw/manifest.json by scripts/homes.mjs (run by the build). Do not edit. */

/** The package that is the home of each instrument's provisions (instrument ref → npm name). */
export const HOMES: Readonly<Record<string, string>> = ${JSON.stringify(homes, null, 2)};

/** The packages that hold Convention implementation mappings. */
export const MAPPING_HOMES: readonly string[] = ${JSON.stringify(mappings)};
`;
const file = new URL('../src/homes.ts', import.meta.url);
let before = null;
try {
  before = readFileSync(file, 'utf8');
} catch {}
if (process.argv.includes('--check')) {
  // for the test that holds the committed file to what a build writes
  if (before !== text) {
    console.error('packages/cli/src/homes.ts differs from what scripts/homes.mjs writes: run npm run build');
    process.exitCode = 1;
  }
} else if (before !== text) {
  // only a real change touches the file, so tsc -b and turbo see no new input on a no-op build
  writeFileSync(file, text);
}
