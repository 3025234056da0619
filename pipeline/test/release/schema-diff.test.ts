/** release/schema-diff.ts: a schema that accepts other data, or the same data written otherwise. */
import { datasetJsonSchema } from '@cyberlex/schema/generate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../src/release/schema-diff.js';

type Schema = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const root = (body: Schema, defs: Schema = {}) => ({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...body, $defs: defs });

const entry = { type: 'object', properties: { text: { type: 'string', minLength: 1 } }, required: ['text'] };

describe('diffSchemas', () => {
  it('is unknown without both schemas, unchanged when only documentation moved', () => {
    expect(diffSchemas(undefined, root(entry)).status).toBe('unknown');
    const described = root({ ...entry, description: 'An entry.', title: 'Entry' });
    expect(diffSchemas(root(entry), described)).toEqual({ status: 'unchanged', moved: [], added: [], removed: [] });
  });

  it('calls an inline schema given a name rewritten: new names are minor', () => {
    const inline = root({ type: 'array', items: entry });
    const named = root({ type: 'array', items: ref('Entry') }, { Entry: entry });
    expect(diffSchemas(inline, named)).toEqual({ status: 'rewritten', moved: ['(root)', 'Entry'], added: ['Entry'], removed: [] });
    expect(diffSchemas(named, inline)).toMatchObject({ status: 'rewritten', added: [], removed: ['Entry'] });
  });

  it('calls a narrowed or widened schema changed, wherever the change is', () => {
    const named = (min: number) => root({ type: 'array', items: ref('Entry') }, { Entry: { ...entry, properties: { text: { type: 'string', minLength: min } } } });
    expect(diffSchemas(named(1), named(0))).toMatchObject({ status: 'changed', moved: ['Entry'] });
    // a definition nothing refers to is still a type the declarations export
    const unused = (required: string[]) => root(entry, { Note: { type: 'object', required } });
    expect(diffSchemas(unused([]), unused(['text'])).status).toBe('changed');
    // the same shape under another name, referred to from elsewhere: a different schema
    expect(diffSchemas(root({ items: ref('A') }, { A: { type: 'string' } }), root({ items: ref('A') }, { A: { type: 'number' } })).status).toBe('changed');
  });

  it('compares recursive definitions by shape, not by name', () => {
    const tree = (name: string, leaf: string) =>
      root(ref(name), { [name]: { type: 'object', properties: { label: { type: leaf }, children: { type: 'array', items: ref(name) } } } });
    expect(diffSchemas(tree('Tree', 'string'), tree('Node', 'string'))).toMatchObject({ status: 'rewritten', added: ['Node'], removed: ['Tree'] });
    expect(diffSchemas(tree('Tree', 'string'), tree('Node', 'number')).status).toBe('changed');
    // mutual recursion, one of the two inlined into the other
    const pair = root(ref('A'), { A: { properties: { b: ref('B') } }, B: { properties: { a: ref('A') } } });
    const folded = root(ref('A'), { A: { properties: { b: { properties: { a: ref('A') } } } } });
    expect(diffSchemas(pair, folded)).toMatchObject({ status: 'rewritten', removed: ['B'] });
  });

  it('finds the real dataset schema unchanged by inlining its definitions that do not recurse', () => {
    const schema = datasetJsonSchema() as Schema & { $defs: Record<string, unknown> };
    const inlined = inlineLeaves(schema);
    expect(Object.keys(inlined.$defs).length).toBeLessThan(Object.keys(schema.$defs).length);
    expect(diffSchemas(inlined, schema).status).toBe('rewritten');
    const narrowed = structuredClone(schema);
    (narrowed.$defs.Iri as Schema).pattern = '^https://\\S+$';
    expect(diffSchemas(schema, narrowed)).toMatchObject({ status: 'changed', moved: ['Iri'] });
  });

  it('property: naming any subschemas rewrites, changing any leaf value changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), subschema), { minLength: 1, maxLength: 6 }), fc.nat(), (entries, pick) => {
        const properties = Object.fromEntries(entries);
        const inline = root({ type: 'object', properties });
        const names = Object.keys(properties);
        const named = root({ type: 'object', properties: Object.fromEntries(names.map((n, i) => [n, ref(`P${i}`)])) }, Object.fromEntries(names.map((n, i) => [`P${i}`, properties[n]])));
        expect(['rewritten', 'unchanged']).toContain(diffSchemas(inline, named).status);
        const target = names[pick % names.length]!;
        const changed = root({ type: 'object', properties: { ...properties, [target]: { ...(properties[target] as Schema), maxLength: 1 + (pick % 3) } } });
        expect(diffSchemas(inline, changed).status).toBe('changed');
      }),
    );
  });
});

/** Schemas as zod writes them: typed leaves, objects and arrays of them. */
const leaf = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'number', 'boolean', 'null') }),
  fc.record({ type: fc.constant('string'), minLength: fc.nat(3) }),
  fc.record({ enum: fc.array(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 3 }) }),
);
const subschema: fc.Arbitrary<Schema> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('array')),
  object: fc.record({ type: fc.constant('object'), properties: fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 3 }) }),
  array: fc.record({ type: fc.constant('array'), items: tie('node') }),
})).node as fc.Arbitrary<Schema>;

/** `schema` with each definition that refers to no other definition written out where it is used. */
function inlineLeaves(schema: Schema & { $defs: Record<string, unknown> }): Schema & { $defs: Record<string, unknown> } {
  const leaves = Object.fromEntries(Object.entries(schema.$defs).filter(([, d]) => !JSON.stringify(d).includes('"$ref"')));
  const visit = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(visit);
    if (!v || typeof v !== 'object') return v;
    const r = (v as { $ref?: string }).$ref;
    const name = r?.slice('#/$defs/'.length);
    if (name && Object.keys(v).length === 1 && Object.hasOwn(leaves, name)) return leaves[name];
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
  };
  const { $defs, ...rest } = schema;
  const kept = Object.fromEntries(Object.entries($defs).filter(([n]) => !Object.hasOwn(leaves, n)).map(([n, d]) => [n, visit(d)]));
  return { ...(visit(rest) as Schema), $defs: kept };
}
