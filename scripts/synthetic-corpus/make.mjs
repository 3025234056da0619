#!/usr/bin/env node
/**
 * A synthetic corpus of country profiles for the scale benchmark (bench/sections/scale.mjs):
 * N copies of the real Council of Europe country profile, each for a jurisdiction of its
 * own, so that linking has nothing to deduplicate by source or jurisdiction. Each copy
 * rewrites the country's name in the text ("Serbia" → "Babadenia", "SERBIA" → "BABADENIA")
 * and gets its own manifest entry: id, file, title, `jurisdiction` ("xs-001": `x` is the
 * user-assigned ISO 3166 range, `s` for synthetic), sha256 of the bytes written.
 *
 *   node scripts/synthetic-corpus/make.mjs --count 100 --out /tmp/corpus
 *
 * writes /tmp/corpus/raw/*.txt, /tmp/corpus/raw/manifest.json and an empty
 * /tmp/corpus/packages/, which is all `cyberlex ingest` needs to run there. The output
 * is deterministic (same count → same bytes). It refuses to write anywhere inside the repository.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The profile the copies are made from, and the country it is about. */
export const PROFILE_ID = 'coe-cybercrime-legislation-profile-serbia';
export const PROFILE_COUNTRY = 'Serbia';

/** Ten syllables, one per decimal digit: index 7 → "ba"+"ba"+"po" → "Babapoia". Distinct indices, distinct names. */
const SYLLABLES = ['ba', 'de', 'fi', 'go', 'ku', 'la', 'me', 'ni', 'po', 'ru'];

/** The country name of copy `index` (1-based, up to 999): letters only, so a parser sees an ordinary name. */
export function countryName(index) {
  if (!Number.isInteger(index) || index < 1 || index > 999) throw new RangeError(`copy index 1..999, got ${index}`);
  const digits = String(index).padStart(3, '0');
  const stem = [...digits].map((d) => SYLLABLES[Number(d)]).join('');
  return `${stem[0].toUpperCase()}${stem.slice(1)}nia`;
}

/** The jurisdiction id of copy `index`: matches the manifest's `^[a-z]{2}(?:-[a-z0-9]+)?$`. */
export function jurisdictionId(index) {
  return `xs-${String(index).padStart(3, '0')}`;
}

/** The profile's text with the country's name (as a whole word, in title and upper case) replaced. */
export function rewriteCountry(text, from, to) {
  const word = (w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(word(from), to).replace(word(from.toUpperCase()), to.toUpperCase());
}

/** One copy: its file name, bytes and manifest entry (the source entry's fields, made its own). */
export function syntheticProfile(sourceText, sourceEntry, index) {
  const name = countryName(index);
  const jurisdiction = jurisdictionId(index);
  const text = rewriteCountry(sourceText, PROFILE_COUNTRY, name);
  const bytes = Buffer.from(text, 'utf8');
  const id = `${sourceEntry.id.replace(/-serbia$/, '')}-${jurisdiction}`;
  const entry = {
    ...sourceEntry,
    id,
    file: `${id}.txt`,
    title: rewriteCountry(sourceEntry.title, PROFILE_COUNTRY, name),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    jurisdiction,
  };
  return { entry, bytes, name };
}

/**
 * Write `count` copies under `out` (raw/ and an empty packages/). Returns the manifest
 * entries and the total bytes of source text written.
 */
export function makeCorpus({ count, out, root = REPO }) {
  const target = resolve(out);
  const inside = relative(resolve(root), target);
  // Anywhere in the repository is refused, not just raw/: the corpus writes raw/manifest.json.
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new Error(`refusing to write a synthetic corpus inside the repository (${target}); give a directory outside it`);
  }
  const manifest = JSON.parse(readFileSync(join(root, 'raw', 'manifest.json'), 'utf8'));
  const source = manifest.sources.find((s) => s.id === PROFILE_ID);
  if (!source) throw new Error(`raw/manifest.json has no source ${PROFILE_ID}`);
  const text = readFileSync(join(root, 'raw', source.file), 'utf8');
  mkdirSync(join(target, 'raw'), { recursive: true });
  mkdirSync(join(target, 'packages'), { recursive: true });
  const sources = [];
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    const copy = syntheticProfile(text, source, i);
    writeFileSync(join(target, 'raw', copy.entry.file), copy.bytes);
    sources.push(copy.entry);
    bytes += copy.bytes.length;
  }
  writeFileSync(join(target, 'raw', 'manifest.json'), `${JSON.stringify({ sources }, null, 2)}\n`);
  return { root: target, sources, bytes };
}

function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10' }, out: { type: 'string' } } });
  const count = Number(values.count);
  if (!values.out || !Number.isInteger(count) || count < 1 || count > 999) {
    process.stderr.write('usage: node scripts/synthetic-corpus/make.mjs --count N (1..999) --out <dir outside the repository>\n');
    process.exitCode = 2;
    return;
  }
  const { root, sources, bytes } = makeCorpus({ count, out: values.out });
  process.stdout.write(`${root}: ${sources.length} profiles, ${bytes} bytes of source text\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
