/**
 * The fact terms (packages/schema/src/context-facts.ts), merged into the context as the lead
 * will merge them, define every key the fact model allows: links are IRIs, dates xsd:date,
 * arrays in a @set or @list, every IRI one term, all in an allowed vocabulary.
 */
import { context } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { FACT_CONTEXT_TERMS } from '../../../packages/schema/src/context-facts.js';
import { CONTEXT_TERMS, NAMESPACES } from '../../../packages/schema/src/context.js';
import { inAllowedNamespace, termIri, type Terms } from '../../../test/jsonld/jsonld.js';
import { schemaProblems } from '../../../test/jsonld/terms.js';

const merged = { ...context, ...FACT_CONTEXT_TERMS } as unknown as Terms;

describe('the fact context terms', () => {
  it('add terms only for keys the context does not define', () => {
    expect(Object.keys(FACT_CONTEXT_TERMS).filter((k) => k in CONTEXT_TERMS)).toEqual([]);
  });

  it('merged into the context, define every property the model allows, correctly typed', () => {
    expect(schemaProblems(merged)).toEqual([]);
  });

  it('map into ELI, schema.org, PROV-O, Dublin Core or the project namespace, one term an IRI', () => {
    const byIri = new Map<string, string[]>();
    for (const [term, def] of Object.entries(merged)) {
      if (term.startsWith('@') || term in NAMESPACES) continue;
      const iri = termIri(def);
      if (!iri) continue;
      byIri.set(iri, [...(byIri.get(iri) ?? []), term]);
    }
    for (const [term, def] of Object.entries(FACT_CONTEXT_TERMS)) expect(inAllowedNamespace(termIri(def)!), term).toBe(true);
    expect([...byIri].filter(([, terms]) => terms.length > 1 && terms.some((t) => t in FACT_CONTEXT_TERMS))).toEqual([]);
  });
});
