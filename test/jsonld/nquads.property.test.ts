/**
 * Properties of the N-Quads serializer: any string survives its escaping (an independent parser,
 * n3, reads back the same text), and on random documents over our context — nested nodes, shared
 * IRIs, lists, typed, language-tagged and plain values, nulls — it writes what jsonld writes, to
 * the byte.
 */
import fc from 'fast-check';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { datasetsToNQuads, escapeLiteral } from '../../pipeline/src/emit/rdf/index.js';
import { document, jsonldNQuads } from './oracle.js';

/** Strings heavy in what N-Quads must escape, beside any Unicode text. */
const awkward = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', "'", ' ', 'a', 'é', '😀', '\u2028', 'u', '0') }),
  // lone surrogates, which JSON can carry as \ud800 escapes
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
);

describe('N-Quads string escaping', () => {
  it('round-trips any string through n3 on one line', () => {
    const parser = new Parser({ format: 'N-Quads' });
    fc.assert(
      fc.property(awkward, (text) => {
        const escaped = escapeLiteral(text);
        expect(escaped).not.toMatch(/[\n\r]/);
        const [quad] = parser.parse(`<https://example.org/s> <https://example.org/p> "${escaped}" .\n`);
        expect(quad?.object.value).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

// Terms of the real context by what their values may be, so every document is one jsonld accepts in safe mode.
const LITERAL_TERMS = ['name', 'note', 'text', 'value', 'kind', 'date', 'start', 'carriedOver', 'startYear', 'position', 'alternateTitles', 'marks'];
const NODE_TERMS = ['provenance', 'alternateNames', 'versions', 'evidence', 'sources', 'instrument'];
const LINK_TERMS = ['amends', 'isPartOf', 'appliesTo', 'realizes'];
const LIST_TERMS = ['paragraphs', 'items', 'recipientAddress', 'goals'];
const IRIS = ['https://w3id.org/cyberlex/eli/a', 'https://w3id.org/cyberlex/eli/b', 'eli:c', 'cyberlex:d', 'urn:x:e'];

const iri = fc.constantFrom(...IRIS);
const text = fc.string({ unit: 'binary', maxLength: 8 });
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1.5, 1e21, 0.1, -2));
const scalar = fc.oneof(text, number, fc.boolean());
const valueObject = fc.oneof(
  fc.record({ '@value': text, '@language': fc.constantFrom('en', 'sr-Latn', 'DE') }),
  fc.record({ '@value': text, '@type': fc.constantFrom('xsd:date', 'https://example.org/type') }),
  fc.record({ '@value': number, '@type': fc.constant('xsd:double') }),
);

const { node } = fc.letrec<{ node: Record<string, unknown>; entry: [string, unknown] }>((tie) => {
  const nodeOrNull = fc.oneof(tie('node'), fc.constant(null));
  const leaf = fc.oneof(scalar, valueObject, fc.constant(null));
  return {
    node: fc
      .tuple(fc.option(iri, { nil: undefined }), fc.array(fc.constantFrom('eli:LegalResource', 'schema:Legislation'), { maxLength: 2 }), fc.array(tie('entry'), { maxLength: 4 }))
      .map(([id, types, entries]) => ({ ...(id === undefined ? {} : { '@id': id }), ...(types.length > 0 ? { '@type': types } : {}), ...Object.fromEntries(entries) })),
    entry: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      fc.tuple(fc.constantFrom(...LITERAL_TERMS), fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }))),
      fc.tuple(fc.constantFrom(...LINK_TERMS), fc.oneof(iri, fc.array(fc.oneof(iri, fc.constant(null)), { maxLength: 3 }))),
      fc.tuple(fc.constantFrom(...NODE_TERMS), fc.oneof(nodeOrNull, fc.array(nodeOrNull, { maxLength: 3 }))),
      fc.tuple(fc.constantFrom(...LIST_TERMS), fc.oneof(fc.array(fc.oneof(leaf, tie('node')), { maxLength: 3 }), leaf)),
      fc.tuple(fc.constant('legalValue'), fc.constantFrom('unofficial', 'eli:LegalValue-official')),
      // in a mapping, `provisions` and `instruments` are links (the term's scoped context)
      fc.tuple(fc.constant('mappings'), fc.array(fc.record({ '@id': iri, provisions: fc.array(iri, { maxLength: 2 }), note: text }, { requiredKeys: ['provisions'] }), { maxLength: 2 })),
    ),
  };
});

describe('the serializer on random documents', () => {
  it('writes what jsonld.toRDF writes, blank node labels and all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.tuple(fc.constantFrom(...NODE_TERMS, ...LIST_TERMS), node), { maxLength: 4 }), { minLength: 1, maxLength: 3 }), async (datasets) => {
        const documents = datasets.map((entries, i) => document(Object.fromEntries(entries.map(([term, n]) => [term, [n]])), `https://w3id.org/cyberlex/dataset/${i}`));
        expect(datasetsToNQuads(documents)).toBe(await jsonldNQuads(documents));
      }),
      { numRuns: 150 },
    );
  });
});
