import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph.js';
import { parseProfile } from '../../src/parse/profile/index.js';
import { profileSource, RAW } from './helpers.js';

/** The graph without what legitimately moves when whitespace changes: spans and the file's hash. */
function parsedText(graph: Graph): string {
  return JSON.stringify(graph, (key, value) => (key === 'provenance' ? undefined : value));
}

/** Offsets of the spaces that are text (not inside an HTML tag). */
const textSpaces = (() => {
  const out: number[] = [];
  let inTag = false;
  for (let i = 0; i < RAW.length; i++) {
    const c = RAW[i];
    if (c === '<') inTag = true;
    else if (c === '>') inTag = false;
    else if (c === ' ' && !inTag) out.push(i);
  }
  return out;
})();

function mutate(text: string, doubled: ReadonlySet<number>, nbsp: ReadonlySet<number>, crlf: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (nbsp.has(i)) out += '\u00a0';
    else if (doubled.has(i)) out += '  ';
    else if (c === '\n' && crlf) out += '\r\n';
    else out += c;
  }
  return out;
}

const expected = parsedText(parseProfile(profileSource().ctx));

describe('whitespace in the profile changes no parsed text', () => {
  it('with CRLF line endings', () => {
    expect(parsedText(parseProfile(profileSource(RAW.replace(/\n/g, '\r\n')).ctx))).toBe(expected);
  });

  it('with every space doubled, or every space a no-break space', () => {
    const all = new Set(textSpaces);
    expect(parsedText(parseProfile(profileSource(mutate(RAW, all, new Set(), false)).ctx))).toBe(expected);
    expect(parsedText(parseProfile(profileSource(mutate(RAW, new Set(), all, false)).ctx))).toBe(expected);
  });

  it('with any mix of doubled spaces, no-break spaces and CRLF', () => {
    const pick = fc.array(fc.nat({ max: textSpaces.length - 1 }), { maxLength: 200 }).map((xs) => new Set(xs.map((x) => textSpaces[x]!)));
    fc.assert(
      fc.property(pick, pick, fc.boolean(), (doubled, nbsp, crlf) => {
        const text = mutate(RAW, doubled, nbsp, crlf);
        expect(parsedText(parseProfile(profileSource(text).ctx))).toBe(expected);
      }),
      { numRuns: 12 },
    );
  });
});

describe('the parser does not know the country', () => {
  it('reads a profile of another country the same way (its name aside)', () => {
    const renamed = RAW.replace(/(?<![\p{L}])Serbia(?![\p{L}])/gu, 'Babadenia').replace(/SERBIA/g, 'BABADENIA');
    expect(renamed).not.toContain('Serbia');
    const graph = parsedText(parseProfile(profileSource(renamed).ctx));
    expect(graph.replace(/Babadenia/g, 'Serbia').replace(/BABADENIA/g, 'SERBIA')).toBe(expected);
  });
});
