/**
 * The N-Quads serializer on small hand-made documents, each shape our data has (and a few it may
 * come to have): escapes, lists, language-tagged and typed literals, numbers, booleans, empty
 * arrays, nulls, scoped contexts, nodes shared between datasets. Each is checked against jsonld
 * byte for byte, and the telling lines are spelled out.
 */
import { describe, expect, it } from 'vitest';
import { datasetsToNQuads } from '../../pipeline/src/emit/rdf/index.js';
import { DATASET_IRI, document, jsonldNQuads } from './oracle.js';

const S = `<${DATASET_IRI}>`;
const CL = 'https://w3id.org/cyberlex/ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Ours, after checking it is jsonld's to the byte. */
async function agreed(...documents: Record<string, unknown>[]): Promise<string[]> {
  const ours = datasetsToNQuads(documents);
  expect(ours).toBe(await jsonldNQuads(documents));
  return ours.split('\n').filter(Boolean);
}

describe('literals', () => {
  it('escape what N-Quads strings cannot hold raw, as jsonld does', async () => {
    const text = 'a "quote", a back\\slash, \n \r \t \b \f, \u0000 \u0001 \u001f \u007f, and é, ж, 😀, \u2028 as they are';
    const lines = await agreed(document({ note: text }));
    expect(lines).toContain(`${S} <${CL}note> "a \\"quote\\", a back\\\\slash, \\n \\r \\t \\b \\f, \\u0000 \\u0001 \\u001F \\u007F, and é, ж, 😀, \u2028 as they are" .`);
  });

  it('type dates, counts, years and flags by the context, plain JSON numbers and booleans by their JSON type', async () => {
    const lines = await agreed(document({ date: '2017-10-25', start: 5, startYear: '2019', carriedOver: true, position: 2, value: 10 }));
    expect(lines).toEqual(
      expect.arrayContaining([
        `${S} <http://purl.org/dc/terms/date> "2017-10-25"^^<${XSD}date> .`,
        `${S} <http://www.w3.org/ns/oa#start> "5"^^<${XSD}nonNegativeInteger> .`,
        `${S} <${CL}startYear> "2019"^^<${XSD}gYear> .`,
        `${S} <${CL}carriedOver> "true"^^<${XSD}boolean> .`,
        `${S} <https://schema.org/position> "2"^^<${XSD}positiveInteger> .`,
        `${S} <${CL}value> "10"^^<${XSD}integer> .`,
      ]),
    );
  });

  it('write doubles in jsonld canonical form, and numbers under a typed term in it too', async () => {
    const cases = [1.5, 6282.18, -0.25, 1e21, 123456789.123, 0.1 + 0.2];
    for (const value of cases) await agreed(document({ value }));
    const lines = await agreed(document({ value: 1.87465457, start: 2.5, valueMax: 1e21 }));
    expect(lines).toContain(`${S} <${CL}value> "1.87465457E0"^^<${XSD}double> .`);
    // a fraction under an integer-typed term keeps the term's datatype, as jsonld does
    expect(lines).toContain(`${S} <http://www.w3.org/ns/oa#start> "2.5E0"^^<${XSD}nonNegativeInteger> .`);
    expect(lines).toContain(`${S} <https://schema.org/maxValue> "1.0E21"^^<${XSD}double> .`);
  });

  it('booleans and numbers as false, 0 and negative values are values, not absences', async () => {
    const lines = await agreed(document({ approximate: false, value: 0, valueMax: -3 }));
    expect(lines).toEqual(expect.arrayContaining([`${S} <${CL}approximate> "false"^^<${XSD}boolean> .`, `${S} <${CL}value> "0"^^<${XSD}integer> .`, `${S} <https://schema.org/maxValue> "-3"^^<${XSD}integer> .`]));
  });

  it('value objects: a language tag (lower-cased), an explicit datatype (xsd:string is plain, xsd:double canonical)', async () => {
    const lines = await agreed(
      document({
        name: { '@value': 'Krivični zakonik', '@language': 'sr-Latn' },
        title: { '@value': 'x', '@type': 'xsd:string' },
        value: { '@value': '2', '@type': 'xsd:double' },
        note: { '@value': 7 },
        label: [{ '@value': 'one', '@type': 'https://example.org/custom' }, { '@value': true }],
      }),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        `${S} <https://schema.org/name> "Krivični zakonik"@sr-latn .`,
        `${S} <http://data.europa.eu/eli/ontology#title> "x" .`,
        `${S} <${CL}value> "2.0E0"^^<${XSD}double> .`,
        `${S} <${CL}note> "7"^^<${XSD}integer> .`,
        `${S} <${CL}label> "one"^^<https://example.org/custom> .`,
      ]),
    );
  });
});

describe('links and nodes', () => {
  it('expand compact IRIs and types, and coerce @id and @vocab terms (with the scoped `unofficial`)', async () => {
    const lines = await agreed(document({ amends: ['eli:x', 'https://w3id.org/cyberlex/eli/rs/law/1'], isPartOf: 'cyberlex:whole', legalValue: 'unofficial', realizes: 'urn:isbn:0451450523' }));
    expect(lines).toEqual(
      expect.arrayContaining([
        `${S} <${RDF}type> <https://schema.org/Dataset> .`,
        `${S} <http://data.europa.eu/eli/ontology#amends> <http://data.europa.eu/eli/ontology#x> .`,
        `${S} <http://data.europa.eu/eli/ontology#is_part_of> <${CL}whole> .`,
        `${S} <http://data.europa.eu/eli/ontology#legal_value> <http://data.europa.eu/eli/ontology#LegalValue-unofficial> .`,
        `${S} <http://data.europa.eu/eli/ontology#realizes> <urn:isbn:0451450523> .`,
      ]),
    );
  });

  it('in a mapping (and what it nests), `provisions` and `instruments` are links; elsewhere they hold nodes', async () => {
    const mapping = { '@id': 'https://w3id.org/cyberlex/id/mapping/m1', provisions: ['https://w3id.org/cyberlex/eli/p/1'], instruments: 'https://w3id.org/cyberlex/eli/i', evidence: [{ provisions: ['https://w3id.org/cyberlex/eli/p/2'] }] };
    const lines = await agreed(document({ mappings: [mapping], provisions: ['a literal, not a link'] }));
    expect(lines).toEqual(
      expect.arrayContaining([
        `<https://w3id.org/cyberlex/id/mapping/m1> <${CL}citesProvision> <https://w3id.org/cyberlex/eli/p/1> .`,
        `<https://w3id.org/cyberlex/id/mapping/m1> <${CL}citesInstrument> <https://w3id.org/cyberlex/eli/i> .`,
        `_:b0 <${CL}citesProvision> <https://w3id.org/cyberlex/eli/p/2> .`,
        `${S} <${CL}provision> "a literal, not a link" .`,
      ]),
    );
  });

  it('label blank nodes in the order of property IRIs, not of keys, depth first, across datasets', async () => {
    // `sources` is prov:wasDerivedFrom (http://www.w3.org/…), which sorts before every https://w3id.org/… term
    const one = document({ provenance: [{ note: 'p1', evidence: [{ note: 'e1' }] }, { note: 'p2' }], sources: [{ note: 's1' }], alternateNames: [{ name: 'a1' }] });
    const two = document({ provenance: [{ note: 'q1' }] }, 'https://w3id.org/cyberlex/dataset/two');
    const lines = await agreed(one, two);
    expect(lines).toEqual(expect.arrayContaining([`_:b0 <${CL}note> "s1" .`, `_:b1 <https://schema.org/name> "a1" .`, `_:b2 <${CL}note> "p1" .`, `_:b3 <${CL}note> "e1" .`, `_:b4 <${CL}note> "p2" .`, `_:b5 <${CL}note> "q1" .`]));
  });

  it('escape IRIs as jsonld does, and write a node two datasets share as one node', async () => {
    const shared = { '@id': 'https://w3id.org/cyberlex/eli/odd{|}^`\\"x', '@type': ['eli:LegalResource'], name: 'shared' };
    const lines = await agreed(document({ instruments: [shared] }), document({ instruments: [{ ...shared, number: '2' }] }, 'https://w3id.org/cyberlex/dataset/two'));
    expect(lines.filter((l) => l.startsWith('<https://w3id.org/cyberlex/eli/odd\\u007B\\u007C\\u007D\\u005E\\u0060\\u005C\\u0022x> <https://schema.org/name>'))).toHaveLength(1);
  });
});

describe('lists', () => {
  it('make RDF collections, cells labelled after every node, by subject id then predicate (`_:b…` before `https:`)', async () => {
    const version = { '@id': 'https://w3id.org/cyberlex/eli/v1', paragraphs: [{ text: 'first', items: [{ text: 'a' }, { text: 'b' }] }, { text: 'second', items: [] }] };
    const lines = await agreed(document({ versions: [version], recipientAddress: ['Street 1', null, 'City'], fields: 'only one', goals: null }));
    // pass 1 labels the nodes: _:b0 "first", _:b1 "a", _:b2 "b", _:b3 "second"; pass 2 the cells, from _:b4
    expect(lines).toEqual(
      expect.arrayContaining([
        `_:b0 <${CL}items> _:b4 .`,
        `_:b4 <${RDF}first> _:b1 .`,
        `_:b4 <${RDF}rest> _:b5 .`,
        `_:b5 <${RDF}first> _:b2 .`,
        `_:b5 <${RDF}rest> <${RDF}nil> .`,
        `_:b3 <${CL}items> <${RDF}nil> .`,
        `${S} <https://schema.org/address> _:b6 .`,
        `_:b6 <${RDF}first> "Street 1" .`,
        `_:b7 <${RDF}first> "City" .`,
        `${S} <${CL}field> _:b8 .`,
        `_:b8 <${RDF}first> "only one" .`,
        `<https://w3id.org/cyberlex/eli/v1> <${CL}paragraphs> _:b9 .`,
        `_:b9 <${RDF}first> _:b0 .`,
        `_:b10 <${RDF}first> _:b3 .`,
      ]),
    );
    expect(lines.filter((l) => l.includes('goal'))).toEqual([]);
  });

  it('keep apart the lists of one node met twice, as jsonld does', async () => {
    const node = (text: string) => ({ '@id': 'https://w3id.org/cyberlex/eli/v1', paragraphs: [{ text }] });
    const lines = await agreed(document({ versions: [node('one')] }), document({ versions: [node('two')] }, 'https://w3id.org/cyberlex/dataset/two'));
    expect(lines.filter((l) => l.startsWith(`<https://w3id.org/cyberlex/eli/v1> <${CL}paragraphs>`))).toHaveLength(2);
  });
});

describe('absences', () => {
  it('nulls, empty arrays and nulls in arrays state nothing; an object of nulls is still a (blank) node', async () => {
    const lines = await agreed(document({ name: null, sources: [], alternateTitles: [null, { title: null }], marks: [null], '@type': [] }));
    expect(lines).toEqual([`${S} <${CL}alternateTitle> _:b0 .`]);
  });

  it('a dataset of nothing but nulls and empty arrays gives nothing, and no datasets give an empty graph', async () => {
    // (with no property left at all, jsonld's safe mode refuses it as an "object with only @id")
    expect(await agreed({ ...document({ name: null, sources: [], paragraphs: null }), '@type': [] })).toEqual([]);
    expect(datasetsToNQuads([])).toBe('\n');
  });
});
