/**
 * Property tests: changing only whitespace — CRLF line endings, doubled spaces, non-breaking
 * spaces — changes no parsed text beyond whitespace, and every span still slices back.
 */
import fc from 'fast-check';
import type { Fact } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph.js';
import type { ParseContext } from '../../src/parse/context.js';
import { parseConference } from '../../src/parse/conference/index.js';
import { parseLanzarote } from '../../src/parse/lanzarote/index.js';
import { parseOctopus } from '../../src/parse/octopus/index.js';
import { contextOf, englishVariant, expectFaithful, rawText } from './helpers.js';

/** A small deterministic PRNG, so a failing case replays from fast-check's seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Noise {
  crlf: boolean;
  doubled: number;
  nbsp: number;
  seed: number;
}

/** Apply whitespace noise: some spaces doubled, some made non-breaking, line endings CRLF. */
export function addNoise(text: string, noise: Noise): string {
  const rnd = random(noise.seed);
  let out = '';
  for (const c of text) {
    if (c === ' ') {
      const r = rnd();
      out += r < noise.doubled ? '  ' : r < noise.doubled + noise.nbsp ? '\u00a0' : ' ';
    } else out += c;
  }
  return noise.crlf ? out.replace(/\n/g, '\r\n') : out;
}

/** What must not change: every value, with whitespace collapsed; spans and hashes left out. */
function projection(graph: Graph): string {
  return JSON.stringify({ facts: graph.facts, instruments: graph.instruments }, (k, v) => {
    if (k === 'provenance' || k === 'sha256') return undefined;
    return typeof v === 'string' ? v.replace(/[\s\u00a0]+/g, ' ') : v;
  });
}

const noise = fc.record({
  crlf: fc.boolean(),
  doubled: fc.double({ min: 0, max: 0.3, noNaN: true }),
  nbsp: fc.double({ min: 0, max: 0.3, noNaN: true }),
  seed: fc.integer(),
});

const PARSERS: [string, string, (ctx: ParseContext) => Graph, (s: string) => string][] = [
  ['Octopus (French headings)', 'coe-octopus-serbia-country-wiki', parseOctopus, (s) => s],
  ['Octopus (English headings)', 'coe-octopus-serbia-country-wiki', parseOctopus, englishVariant],
  ['Lanzarote reply', 'rs-moi-lanzarote-reply-2017', parseLanzarote, (s) => s],
  ['conference record', 'coe-paco-serbia-regional-conference-2007', parseConference, (s) => s],
];

describe('whitespace changes nothing but whitespace', () => {
  for (const [title, id, parse, variant] of PARSERS) {
    it(title, () => {
      const text = variant(rawText(id));
      const expected = projection(parse(contextOf(id, text)));
      fc.assert(
        fc.property(noise, (n) => {
          const noisy = addNoise(text, n);
          const graph = parse(contextOf(id, noisy));
          expect(projection(graph)).toBe(expected);
          expectFaithful(graph as { facts: Fact[] }, { [id]: noisy });
        }),
        { numRuns: 12 },
      );
    });
  }
});
