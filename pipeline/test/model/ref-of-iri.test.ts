/** refOfIri: the ref an IRI was minted from, for every ref grammar the project mints. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentIri, provisionIri, refOfIri } from '../../src/model/iri.js';

const jurisdiction = fc.constantFrom('rs', 'me', 'xs-001');
const number = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('', 'a', 'b')).map(([n, l]) => `${n}${l}`);
const instrument = fc.oneof(
  fc.constantFrom('ets185', 'rs-cybercrime-authorities-law'),
  jurisdiction.map((j) => `${j}-cc`),
  jurisdiction.map((j) => `${j}-cpc`),
  fc.tuple(jurisdiction, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1990, max: 2030 })).map(([j, n, y]) => `${j}-og-${n}-${y}`),
);
const unit = fc.tuple(fc.constantFrom('chapter', 'section', 'title', 'heading'), fc.constantFrom('I', 'II', '27', '3')).map(([u, n]) => `${u}-${n}`);
const ref = fc.oneof(
  instrument,
  fc.tuple(instrument, number).map(([i, a]) => `${i}:${a}`),
  fc.tuple(instrument, number, number).map(([i, a, p]) => `${i}:${a}/${p}`),
  fc.tuple(instrument, fc.array(unit, { minLength: 1, maxLength: 3 })).map(([i, u]) => `${i}:${u.join('/')}`),
);

describe('refOfIri', () => {
  it('inverts provisionIri and instrumentIri for every ref', () => {
    fc.assert(
      fc.property(ref, (r) => {
        const iri = r.includes(':') ? provisionIri(r) : instrumentIri(r);
        expect(refOfIri(iri)).toBe(r);
      }),
    );
  });

  it('names no ref for versions, other nodes and other bases', () => {
    expect(refOfIri(`${provisionIri('rs-cc:199')}/v/2009-09-11/eng`)).toBeNull();
    expect(refOfIri('https://w3id.org/cyberlex/id/mapping/rs/ets185-art-2')).toBeNull();
    expect(refOfIri('https://example.org/eli/rs/code/criminal/art_1')).toBeNull();
    expect(refOfIri(provisionIri('rs-cc:200/1'))).toBe('rs-cc:200/1');
  });
});
