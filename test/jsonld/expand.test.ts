/**
 * Every dataset, run through a real JSON-LD processor (jsonld, `safe: true`, a loader that
 * serves the context from disk and refuses anything else): expansion drops nothing, links
 * come out as IRIs, dates as xsd:date, types as full IRIs; compaction gives the data back;
 * toRDF succeeds.
 */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './fixture.js';
import { CONTEXT_URL, diskLoader, expandedValueCount, expandedValues, inAllowedNamespace, leafCount, shippedDatasets, XSD, type ShippedDataset } from './jsonld.js';

const options = { documentLoader: diskLoader(), safe: true } as never;
const CITES = 'https://w3id.org/cyberlex/ns#citesProvision';

function all(): ShippedDataset[] {
  const shipped = shippedDatasets();
  return [...shipped, fixtureDataset(shipped.find((s) => s.dir === 'rs-cybercrime-authorities-law')!)];
}

/** The data without null-valued keys: JSON-LD has no null (a date no source gives is simply not stated). */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, k === '@context' ? v : withoutNulls(v)]));
}

describe.each(all().map((d) => [d.name, d] as const))('JSON-LD of %s', (_name, { data }) => {
  it('expands with nothing dropped: every JSON leaf is one value of the expanded form', async () => {
    const expanded = await jsonld.expand(data as never, options);
    expect(expandedValueCount(expanded)).toBe(leafCount(data));
  });

  it('expands the same with the context inline or referenced by URL (served from disk)', async () => {
    const inline = await jsonld.expand(data as never, options);
    const referenced = await jsonld.expand({ ...data, '@context': CONTEXT_URL } as never, options);
    expect(referenced).toEqual(inline);
  });

  it('types nodes with full IRIs in the allowed vocabularies, links as IRIs, dates as xsd:date', async () => {
    const problems: string[] = [];
    for (const v of expandedValues(await jsonld.expand(data as never, options))) {
      if (v.nodeType !== undefined && !inAllowedNamespace(v.nodeType)) problems.push(`@type ${v.nodeType}`);
      if (v.id !== undefined && !/^https?:\/\/\S+$/.test(v.id)) problems.push(`${v.property}: not an absolute IRI: ${v.id}`);
      // a conflict's claimed value is the text of the claim, whatever it looks like
      if (typeof v.value === 'string' && v.property !== 'https://w3id.org/cyberlex/ns#value' && /^https?:\/\/\S+$/.test(v.value)) problems.push(`${v.property}: a link left as text: ${v.value}`);
      const isDate = typeof v.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.value);
      if (isDate !== (v.type === `${XSD}date`) && !(isDate && v.property.endsWith('#value'))) problems.push(`${v.property}: ${String(v.value)} typed ${v.type ?? 'as plain text'}`);
    }
    expect(problems).toEqual([]);
  });

  it('compacts back to the same data (nulls aside)', async () => {
    const expanded = await jsonld.expand(data as never, options);
    const compacted = await jsonld.compact(expanded as never, data['@context'] as never, options);
    expect(compacted).toEqual(withoutNulls(data));
  });

  it('converts to RDF', async () => {
    const nquads = (await jsonld.toRDF(data as never, { ...(options as object), format: 'application/n-quads' } as never)) as unknown as string;
    const lines = nquads.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('JSON-LD links in an implementation mapping', () => {
  it('come out as IRIs (cited provisions), not text', async () => {
    const shipped = shippedDatasets();
    const { data } = fixtureDataset(shipped.find((s) => s.dir === 'rs-cybercrime-authorities-law')!);
    const expanded = (await jsonld.expand(data as never, options)) as unknown as Record<string, unknown>[];
    const mapping = (expanded[0]!['https://w3id.org/cyberlex/ns#mapping'] as Record<string, unknown>[])[0]!;
    expect(mapping[CITES]).toEqual([{ '@id': 'https://w3id.org/cyberlex/eli/rs/code/criminal/art_302' }, { '@id': 'https://w3id.org/cyberlex/eli/rs/code/criminal/art_302/para_1' }]);
  });
});
