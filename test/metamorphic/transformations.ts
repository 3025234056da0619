/**
 * The library of source transformations for metamorphic ingestion tests: each is what a
 * publisher or a copy step might do to a real source, with the exact change it must cause in
 * the data (or the clear error it must cause). A new transformation is one entry here.
 */
import type { Dataset } from '@cyberlex/schema';
import { withoutProvenance, type Delta } from './harness.js';

export const PROFILE_FILE = 'coe-cybercrime-legislation-profile-serbia.txt';

export const SOURCE_FILES = [
  PROFILE_FILE,
  'rs-law-cybercrime-authorities-2005-2009.txt',
  'coe-octopus-serbia-country-wiki.txt',
  'rs-moi-lanzarote-reply-2017.txt',
  'coe-paco-serbia-regional-conference-2007.txt',
] as const;

export type Expectation =
  /** The data differs from the baseline by exactly this delta (provenance aside). */
  | { delta: Delta }
  /** Ingestion stops with one clear line naming the source and matching this. */
  | { error: RegExp }
  /** Every node the delta names changed exactly as `same` says (e.g. only its quotation marks). */
  | { changedOnly: (before: unknown, after: unknown) => boolean };

export interface Transformation {
  name: string;
  file: string;
  apply(text: string): string;
  expect: Expectation;
}

const NONE: Delta = { added: [], removed: [], changed: [] };

/** Lines of the profile from the row of Convention article `n` to the line before the next row or structure heading. */
function rowLines(lines: readonly string[], n: number): [number, number] {
  const start = lines.findIndex((l) => l.startsWith(`<p>Article ${n} `));
  if (start === -1) throw new Error(`no row for Article ${n}`);
  let end = start + 1;
  while (end < lines.length && !/^<p>(Article \d|Chapter|Section|Title)/.test(lines[end]!)) end++;
  return [start, end];
}

const STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };
const straight = (text: string) => text.replace(/[“”‘’]/g, (c) => STRAIGHT[c]!);
/** Every string in a value with its typographic quotation marks written straight. */
const straighten = (value: unknown): unknown => JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? straight(v) : v));

export const TRANSFORMATIONS: Transformation[] = [
  ...SOURCE_FILES.flatMap((file): Transformation[] => [
    { name: `CRLF line endings (${file})`, file, apply: (t) => t.replace(/\r?\n/g, '\r\n'), expect: { delta: NONE } },
    { name: `a byte-order mark (${file})`, file, apply: (t) => `\ufeff${t}`, expect: { delta: NONE } },
    { name: `no-break spaces between words (${file})`, file, apply: (t) => t.replace(/ (of|the|and) /g, '\u00a0$1\u00a0'), expect: { delta: NONE } },
    { name: `thin and narrow no-break spaces (${file})`, file, apply: (t) => t.replace(/ of /g, '\u2009of\u202f'), expect: { delta: NONE } },
  ]),
  {
    name: 'a "not amendment" marker removed',
    file: PROFILE_FILE,
    // the first of Article 298's two "not amendment" markers: one statement fewer, its id tombstoned
    apply: (t) => t.replace(' <p>not amendment</p>', ''),
    expect: {
      delta: {
        added: ['@cyberlex/rs-criminal-code tombstones https://w3id.org/cyberlex/id/statement/coe-cybercrime-legislation-profile-serbia/rs-cc-298-2'],
        removed: ['@cyberlex/rs-criminal-code statements https://w3id.org/cyberlex/id/statement/coe-cybercrime-legislation-profile-serbia/rs-cc-298-2'],
        changed: [],
      },
    },
  },
  {
    name: "a Convention article's answer added (Article 23)",
    file: PROFILE_FILE,
    apply: (t) =>
      t.replace(
        '<p>Article 24 – Extradition</p>',
        '<p>Article 23 – General principles relating to international co-operation</p> <p>The Parties shall co-operate with each other, in accordance with the provisions of this chapter, to the widest extent possible.</p>\t<p>Our Party accepts the principles of article 302 of CCRS.</p>\n<p>Article 24 – Extradition</p>',
      ),
    expect: {
      delta: {
        added: ['@cyberlex/budapest-convention provisions https://w3id.org/cyberlex/eli/coe/ets/185/art_23', '@cyberlex/rs-budapest-implementation mappings https://w3id.org/cyberlex/id/mapping/rs/ets185-art-23'],
        removed: [],
        changed: ['@cyberlex/budapest-convention provisions https://w3id.org/cyberlex/eli/coe/ets/185/cpt_III', '@cyberlex/rs-budapest-implementation applications https://w3id.org/cyberlex/eli/rs/code/criminal/art_302'],
      },
    },
  },
  {
    name: 'a second act of one date makes a bare dated marker ambiguous',
    file: PROFILE_FILE,
    // CPC Article 85's amendment credited to another gazette of 11/9/2009: "amendment 11/9/2009" alone no longer says which act
    apply: (t) => t.replace('amendment 11/9/2009 "Official gazette of Republic Serbia 72/2009"', 'amendment 11/9/2009 "Official gazette of Republic Serbia 99/2009"'),
    expect: { error: /^coe-cybercrime-legislation-profile-serbia \(line \d+, column \d+\): expected the act of this amendment named, since the source names two acts of 2009-09-11/ },
  },
  {
    name: 'typographic quotation marks written straight',
    file: PROFILE_FILE,
    apply: straight,
    expect: { changedOnly: (before, after) => JSON.stringify(straighten(withoutProvenance(before))) === JSON.stringify(withoutProvenance(after)) },
  },
  {
    name: 'two rows swapped (the table must follow the Convention)',
    file: PROFILE_FILE,
    apply: (t) => {
      const lines = t.split('\n');
      const [a, b] = rowLines(lines, 26);
      const [, c] = rowLines(lines, 27);
      return [...lines.slice(0, a), ...lines.slice(b, c), ...lines.slice(a, b), ...lines.slice(c)].join('\n');
    },
    expect: { error: /^coe-cybercrime-legislation-profile-serbia \(line \d+, column \d+\): expected a Convention article numbered after \d+ \(the table follows the Convention.s order\), found "Article 26/ },
  },
  {
    name: 'a row duplicated',
    file: PROFILE_FILE,
    apply: (t) => {
      const lines = t.split('\n');
      const [a, b] = rowLines(lines, 26);
      return [...lines.slice(0, b), ...lines.slice(a, b), ...lines.slice(b)].join('\n');
    },
    expect: { error: /^coe-cybercrime-legislation-profile-serbia \(line \d+, column \d+\): expected a Convention article numbered after 26/ },
  },
];

/** Nodes (by `<package> <array> <@id>`) of a set of datasets, to look up what a delta names. */
export function nodeAt(datasets: Map<string, Dataset>, key: string): unknown {
  const [pkg, array, id] = key.split(' ');
  const list = (datasets.get(pkg!) as unknown as Record<string, { '@id': string }[]>)[array!] ?? [];
  return list.find((n) => n['@id'] === id);
}
