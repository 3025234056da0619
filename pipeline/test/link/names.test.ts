/** link/entities/names.ts: the words of a name, folded for matching, with their raw offsets. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameTokens, normaliseName } from '../../src/model/names.js';

describe('nameTokens', () => {
  it('folds case, diacritics and apostrophes, splits on dashes and drops "the"', () => {
    expect(normaliseName('The Prosecutor’s Office')).toBe('prosecutors office');
    expect(normaliseName('Ministarstvo unutrašnjih poslova')).toBe('ministarstvo unutrasnjih poslova');
    expect(normaliseName('High – Tech and High-Tech')).toBe('high tech and high tech');
    expect(normaliseName("'quoted' words")).toBe('quoted words');
  });

  it('gives each token its raw offsets, within the range asked for', () => {
    const text = 'x Ministry of the Interior y';
    expect(nameTokens(text, 2, 26)).toEqual([
      { word: 'ministry', start: 2, end: 10 },
      { word: 'of', start: 11, end: 13 },
      { word: 'interior', start: 18, end: 26 },
    ]);
  });

  // The ASCII fast path must agree with the Unicode definition it stands for.
  const reference = (text: string) => {
    const words: string[] = [];
    for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’`ʼ][\p{L}\p{N}]+)*/gu)) {
      const word = m[0].replace(/['’`ʼ]/g, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      if (word !== 'the') words.push(word);
    }
    return words;
  };

  it('agrees with the Unicode letter/digit definition on any text (property)', () => {
    const chars = fc.constantFrom(...'aZ09 -–’\'`.éŠšžđ\u0301ßİ(\u00a0)'.split(''), 'the ', 'The ');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const tokens = nameTokens(text);
        expect(tokens.map((t) => t.word)).toEqual(reference(text));
        for (const t of tokens) expect(t.end).toBeGreaterThan(t.start);
      }),
    );
  });
});
