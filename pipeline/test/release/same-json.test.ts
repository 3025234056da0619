/** release/same-json.ts: JSON equality without serialising either side. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from '../../src/release/same-json.js';

describe('sameJson', () => {
  it('counts key order and omits what JSON omits', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson({ d: new Date(0) }, { d: '1970-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameJson({ n: NaN }, { n: null })).toBe(true);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
  });

  it('agrees with comparing JSON.stringify on any values (property)', () => {
    const leaf = fc.oneof(fc.constantFrom(undefined, null, NaN, 0, -0, 1, 'a', '', true), fc.string({ maxLength: 2 }));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameJson(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
