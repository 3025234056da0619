/**
 * The context defines every term a dataset uses, in the scope it is used in, and maps it into
 * ELI, schema.org, PROV-O / Web Annotation, Dublin Core or the project namespace; links are
 * IRIs and dates are xsd:date — checked on the data as shipped and on every property the zod
 * model allows, so a package that has no data yet is covered too.
 */
import { describe, expect, it } from 'vitest';
import { context } from '@cyberlex/schema';
import { NAMESPACES } from '../../packages/schema/src/context.js';
import { contextDocument } from '@cyberlex/schema/generate';
import { PACKAGES } from '../../pipeline/src/emit/packages.js';
import { fixtureDataset } from './fixture.js';
import { coercion, readJson, shippedDatasets, termIri, XSD, type Terms } from './jsonld.js';
import { keyProblems, schemaProblems } from './terms.js';

const TERMS = context as unknown as Terms;

describe('the JSON-LD context', () => {
  it('defines every key of every shipped dataset (and of a fixture with every node kind), in an allowed vocabulary', () => {
    const shipped = shippedDatasets();
    expect(shipped.map((s) => s.dir)).toEqual(PACKAGES.map((p) => p.dir));
    const law = shipped.find((s) => s.dir === 'rs-cybercrime-authorities-law')!;
    for (const { name, data } of [...shipped, fixtureDataset(law)]) expect(keyProblems(data, TERMS), name).toEqual([]);
  });

  it('defines every property the model allows: links are IRIs, dates are xsd:date, text stays text', () => {
    expect(schemaProblems(TERMS)).toEqual([]);
  });

  it('gives each IRI one term: two names for one property would make one of them mean something else', () => {
    const byIri = new Map<string, Set<string>>();
    const collect = (terms: Terms) => {
      for (const [term, def] of Object.entries(terms)) {
        if (term.startsWith('@') || term in NAMESPACES) continue;
        const iri = termIri(def);
        if (iri) byIri.set(iri, new Set([...(byIri.get(iri) ?? []), term]));
        const inner = def !== null && typeof def === 'object' ? (def as { '@context'?: Terms })['@context'] : undefined;
        if (inner) collect(inner);
      }
    };
    collect(TERMS);
    expect([...byIri].filter(([, terms]) => terms.size > 1).map(([iri, terms]) => `${iri}: ${[...terms].join(', ')}`)).toEqual([]);
  });

  it('is a protected JSON-LD 1.1 context over the declared namespaces, with typed values in xsd', () => {
    expect(TERMS['@version']).toBe(1.1);
    expect(TERMS['@protected']).toBe(true);
    for (const [prefix, ns] of Object.entries(NAMESPACES)) expect(TERMS[prefix]).toBe(ns);
    const types = new Set<string>();
    const collect = (terms: Terms) => {
      for (const def of Object.values(terms)) {
        const t = coercion(def);
        if (t) types.add(t);
        const inner = def !== null && typeof def === 'object' ? (def as { '@context'?: Terms })['@context'] : undefined;
        if (inner) collect(inner);
      }
    };
    collect(TERMS);
    for (const t of types) if (t !== '@id' && t !== '@vocab') expect(t.replace('xsd:', XSD), t).toMatch(/^http:\/\/www\.w3\.org\/2001\/XMLSchema#[a-zA-Z]+$/);
  });

  it('is the same everywhere: inline in each data.jsonld, each context.jsonld, and the generated one', () => {
    const generated = contextDocument();
    expect(readJson('packages/schema/context.jsonld')).toEqual(generated);
    for (const { dir, data } of shippedDatasets()) {
      expect(readJson(`packages/${dir}/context.jsonld`), dir).toEqual(generated);
      expect(data['@context'], dir).toEqual(generated['@context']);
    }
  });
});
