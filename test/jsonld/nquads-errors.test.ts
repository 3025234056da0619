/**
 * What the N-Quads serializer refuses, and how it says so: every context feature our generated
 * context does not use, and every value shape our data does not have, stops it with an
 * RdfSerializationError naming the feature or shape and where it is, rather than letting a future
 * change come out as RDF other than jsonld would have made.
 */
import { describe, expect, it } from 'vitest';
import { context } from '../../packages/schema/src/context.js';
import { datasetsToNQuads, RdfSerializationError } from '../../pipeline/src/emit/rdf/index.js';
import { document } from './oracle.js';

function refusal(documents: unknown[]): RdfSerializationError {
  try {
    datasetsToNQuads(documents);
  } catch (error) {
    if (error instanceof RdfSerializationError) return error;
    throw error;
  }
  throw new Error('expected the serializer to refuse');
}

/** A dataset whose context is ours with `changes` over it. */
function withContext(changes: Record<string, unknown>, properties: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...document(properties), '@context': { ...context, ...changes } };
}

describe('unknown terms and keywords', () => {
  it('a key the context does not define, with the path to it', () => {
    const error = refusal([document({ name: 'ok' }), document({ provenance: [{ note: 'fine' }, { start: 1, bogus: 'x' }] })]);
    expect(error.message).toBe('datasets[1].provenance[1].bogus: "bogus" is not a term of the context: the N-Quads serializer does not handle it');
    expect(error.path).toBe('datasets[1].provenance[1].bogus');
  });

  it('a compact IRI or an absolute IRI as a key (jsonld would take them as properties)', () => {
    expect(refusal([document({ 'schema:name': 'x' })]).message).toMatch(/"schema:name" is not a term of the context/);
    expect(refusal([document({ 'https://schema.org/name': 'x' })]).message).toMatch(/is not a term of the context/);
  });

  it('keywords other than @context, @id and @type in a node: @reverse, @graph, @included, explicit @list and @set', () => {
    for (const keyword of ['@reverse', '@graph', '@included', '@index', '@nest']) {
      expect(refusal([document({ [keyword]: {} })]).message).toContain(`keyword ${keyword} in a node object`);
    }
    expect(refusal([document({ paragraphs: { '@list': ['a'] } })]).message).toContain('paragraphs[0].@list: keyword @list in a node object');
    expect(refusal([document({ sources: { '@set': [] } })]).message).toContain('keyword @set in a node object');
  });
});

describe('context features the serializer does not know', () => {
  it.each([
    [{ '@vocab': 'https://example.org/' }, '@vocab: "https://example.org/": a context feature the N-Quads serializer does not handle'],
    [{ '@base': 'https://example.org/' }, '@base'],
    [{ '@language': 'en' }, '@language'],
    [{ '@direction': 'ltr' }, '@direction'],
    [{ '@import': 'https://example.org/c.jsonld' }, '@import'],
    [{ '@propagate': false }, '@propagate'],
    [{ '@version': 1.0 }, '@version: 1'],
    [{ '@type': { '@container': '@list' } }, '@type: {"@container":"@list"}'],
    [{ name: { '@id': 'schema:name', '@container': '@language' } }, 'term "name": @container "@language": only @set or @list is supported'],
    [{ name: { '@id': 'schema:name', '@container': ['@set'] } }, 'only @set or @list is supported'],
    [{ name: { '@id': 'schema:name', '@container': '@index' } }, '@container "@index"'],
    [{ name: { '@reverse': 'schema:name' } }, 'term "name": @reverse: not supported in a term definition'],
    [{ name: { '@id': 'schema:name', '@language': 'en' } }, '@language: not supported in a term definition'],
    [{ name: { '@id': 'schema:name', '@prefix': true } }, '@prefix: not supported'],
    [{ name: { '@id': 'schema:name', '@protected': false } }, '@protected: not supported in a term definition'],
    [{ name: { '@id': 'schema:name', '@type': '@json' } }, '@type "@json": only @id, @vocab or a datatype IRI is supported'],
    [{ name: { '@id': 'schema:name', '@type': '@none' } }, '@type "@none"'],
    [{ name: { '@type': 'xsd:string' } }, 'term "name": @id nothing: a term must map to an IRI'],
    [{ name: null }, 'term "name": a definition of null'],
    [{ name: '@id' }, 'keyword aliases are not supported'],
    [{ name: 'relative' }, '"relative" is neither an absolute IRI nor a compact IRI'],
    [{ 'schema:name': 'https://schema.org/name' }, 'a term in the form of an IRI: not supported'],
    [{ a: 'b:x', b: 'a:y' }, 'term "a": term "b": term "a" is defined through itself'],
    [{ name: { '@id': 'schema:name', '@context': 'https://example.org/scoped.jsonld' } }, 'only an inline object is supported'],
  ])('%j', (changes, message) => {
    const error = refusal([withContext(changes)]);
    expect(error.message).toContain(message);
    expect(error.message.startsWith('datasets[0]: @context: ')).toBe(true);
  });

  it('a context by URL, an array of contexts, no context at all', () => {
    expect(refusal([{ ...document({}), '@context': 'https://w3id.org/cyberlex/context.jsonld' }]).message).toContain('@context must be an inline object');
    expect(refusal([{ ...document({}), '@context': [context] }]).message).toContain('an array of contexts is not supported');
    const { '@context': _, ...bare } = document({});
    expect(refusal([bare]).message).toContain('@context must be an inline object');
  });

  it('a feature of a scoped context, when the term is used', () => {
    const scoped = { mappings: { '@id': 'cyberlex:mapping', '@context': { provisions: { '@id': 'cyberlex:citesProvision', '@type': '@id', '@container': '@graph' } } } };
    expect(datasetsToNQuads([withContext(scoped)])).toContain('schema.org/Dataset');
    expect(refusal([withContext(scoped, { mappings: [{ provisions: [] }] })]).message).toBe(
      'datasets[0].mappings: the @context of term "mappings": term "provisions": @container "@graph": only @set or @list is supported',
    );
    const selfish = { mappings: { '@id': 'cyberlex:mapping', '@context': { mappings: 'cyberlex:other' } } };
    expect(refusal([withContext(selfish, { mappings: [{}] })]).message).toContain('redefines "mappings" itself: not supported');
  });
});

describe('value shapes the serializer does not handle', () => {
  it.each([
    ['a blank node identifier', { sources: [{ '@id': '_:x', note: 'n' }] }, 'datasets[0].sources[0]: blank node identifier "_:x": not supported'],
    ['a relative IRI in a link', { isPartOf: 'art_302' }, 'datasets[0].isPartOf: "art_302" is neither an absolute IRI nor a compact IRI with a prefix of the context (with no @base'],
    ['an IRI with a space', { amends: ['https://w3id.org/cyberlex/eli/a b'] }, 'datasets[0].amends[0]: "https://w3id.org/cyberlex/eli/a b" is neither'],
    ['a relative node @id', { sources: [{ '@id': 'here' }] }, 'datasets[0].sources[0]: "here" is neither'],
    ['a legal value that is no term', { legalValue: 'official' }, '"official" is neither an absolute IRI nor a compact IRI with a prefix of the context, nor a term of the context'],
    ['a relative @type', { sources: [{ '@type': ['Document'] }] }, 'datasets[0].sources[0]: "Document" is neither'],
    ['a number where a link is due', { isPartOf: 5 }, 'datasets[0].isPartOf: 5 where the term "isPartOf" takes an IRI (a string)'],
    ['a boolean where a vocabulary IRI is due', { legalValue: true }, 'where the term "legalValue" takes an IRI'],
    ['an array in an array', { sources: [[{ note: 'x' }]] }, 'datasets[0].sources[0]: an array in an array: not supported'],
    ['a list of lists', { paragraphs: [['a'], ['b']] }, 'datasets[0].paragraphs[0]: an array in a @list: lists of lists are not supported'],
    ['a @context inside', { sources: [{ '@context': {}, note: 'x' }] }, 'datasets[0].sources[0]: an @context inside a dataset'],
    ['a non-string @id', { sources: [{ '@id': 7 }] }, 'datasets[0].sources[0].@id: @id must be a string, found 7'],
    ['a non-string @type', { sources: [{ '@type': [3] }] }, 'datasets[0].sources[0].@type: @type must be a string or an array of strings'],
    ['a null @value', { note: { '@value': null } }, 'datasets[0].note: @value must be a string, number or boolean, found null'],
    ['an object @value', { note: { '@value': { a: 1 } } }, '@value must be a string, number or boolean'],
    ['a value object with @index', { note: { '@value': 'x', '@index': 'i' } }, '@index in a value object: only @value with @type or @language is supported'],
    ['@type and @language together', { note: { '@value': 'x', '@type': 'xsd:string', '@language': 'en' } }, 'a value object with both @type and @language'],
    ['a language tag that is none', { note: { '@value': 'x', '@language': 'not a tag' } }, '@language "not a tag": not a language tag'],
    ['a language-tagged number', { note: { '@value': 3, '@language': 'en' } }, '@language on 3: only strings are language-tagged'],
    ['@json as a value type', { note: { '@value': 'x', '@type': '@json' } }, '@type "@json" in a value object'],
    ['an infinite number', { value: Number.POSITIVE_INFINITY }, 'Infinity is not a finite number'],
    ['a BigInt', { value: 10n }, 'not JSON'],
    ['a function', { value: () => 1 }, 'not JSON'],
  ])('%s', (_what, properties, message) => {
    expect(refusal([document(properties)]).message).toContain(message);
  });

  it('datasets that are not JSON objects, or have no @id', () => {
    expect(refusal([document({}), 'text']).message).toBe('datasets[1]: a dataset must be a JSON object, found "text"');
    const { '@id': _, ...anonymous } = document({});
    expect(refusal([anonymous]).message).toBe('datasets[0]: a dataset must have a string @id, found nothing');
  });
});
