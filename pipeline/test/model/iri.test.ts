import { afterEach, describe, expect, it } from 'vitest';
import { base, DEFAULT_BASE, provisionIri, withBase } from '../../src/model/iri.js';

const previous = process.env.CYBERLEX_BASE;
afterEach(() => {
  if (previous === undefined) delete process.env.CYBERLEX_BASE;
  else process.env.CYBERLEX_BASE = previous;
});

describe('the base of the IRIs', () => {
  it('is read from the environment at each call outside withBase', () => {
    delete process.env.CYBERLEX_BASE;
    expect(base()).toBe(DEFAULT_BASE);
    process.env.CYBERLEX_BASE = 'https://example.org/data';
    expect(base()).toBe('https://example.org/data/');
    expect(provisionIri('rs-cc:302/1')).toBe('https://example.org/data/eli/rs/code/criminal/art_302/para_1');
  });

  it('is read once for the whole of a withBase build, and again after it, even when the build throws', () => {
    process.env.CYBERLEX_BASE = 'https://a.example/';
    const seen = withBase(() => {
      process.env.CYBERLEX_BASE = 'https://b.example/';
      return [base(), provisionIri('ets185:2'), withBase(() => base())];
    });
    expect(seen).toEqual(['https://a.example/', 'https://a.example/eli/coe/ets/185/art_2', 'https://b.example/']);
    expect(base()).toBe('https://b.example/');
    expect(() =>
      withBase(() => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    process.env.CYBERLEX_BASE = 'https://c.example/';
    expect(base()).toBe('https://c.example/');
  });
});
