import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLaw } from '../../src/parse/law/index.js';
import { comparable, rawText, spanText, textSource } from '../../../test/helpers/sources.js';

const ID = 'rs-law-cybercrime-authorities-2005-2009';

/** The parsed texts of a law, for comparison: refs, numbers, titles and paragraph/item texts. */
function texts(text: string) {
  const graph = parseLaw(textSource(ID, text).ctx);
  return graph.provisions.map((p) => ({
    ref: p.ref,
    title: p.title,
    versions: p.versions.map((v) => ({ status: v.status, paragraphs: v.paragraphs.map((q) => [q.number, q.text, q.items.map((i) => i.text)]) })),
  }));
}

const original = rawText(ID);
const expected = texts(original);

describe('the law parser is indifferent to whitespace noise', () => {
  it('CRLF line endings change no parsed text, and spans still slice back', () => {
    const crlf = original.replace(/\n/g, '\r\n');
    expect(texts(crlf)).toEqual(expected);
    const graph = parseLaw(textSource(ID, crlf).ctx);
    for (const p of graph.provisions) for (const v of p.versions) for (const q of v.paragraphs) expect(spanText(crlf, q.provenance)).toBe(comparable(q.text));
  });

  it('doubled spaces, non-breaking spaces and trailing blanks change no parsed text', () => {
    const spaces = [...original.matchAll(/(?<=\S) (?=\S)/g)].map((m) => m.index!);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...spaces), { maxLength: 40 }), fc.constantFrom('  ', '\u00a0', ' \u00a0 '), fc.boolean(), (at, noise, trailing) => {
        let text = original;
        for (const i of [...at].sort((a, b) => b - a)) text = `${text.slice(0, i)}${noise}${text.slice(i + 1)}`;
        if (trailing) text = text.replace(/\n/g, ' \t\n');
        const normalised = (t: ReturnType<typeof texts>) => JSON.parse(JSON.stringify(t).replace(/\u00a0/g, ' '));
        expect(normalised(texts(text))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
