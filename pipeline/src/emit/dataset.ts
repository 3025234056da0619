/** A package's graph → its `data.jsonld`: the shared context inline, nodes in a stable order. */
import { context, type Dataset, type Source } from '@cyberlex/schema';
import type { Graph } from '../model/graph.js';
import { datasetIri, sourceIri } from '../model/iri.js';
import type { ManifestEntry } from '../sources/manifest.js';
import type { PackageSpec } from './packages.js';

export function buildDataset(spec: PackageSpec, graph: Graph, manifest: readonly ManifestEntry[], mediaTypes: ReadonlyMap<string, Source['mediaType']>): Dataset {
  const used = new Set<string>();
  JSON.stringify(graph, (key, value) => {
    if (key === 'source' && typeof value === 'string') used.add(value);
    return value;
  });
  const sources: Source[] = manifest
    .filter((e) => used.has(e.id))
    .map((e) => ({
      '@id': sourceIri(e.id),
      '@type': ['schema:DigitalDocument'],
      id: e.id,
      file: `raw/${e.file}`,
      title: e.title,
      kind: e.kind,
      publisher: e.publisher,
      language: e.language,
      date: e.date,
      sha256: e.sha256,
      mediaType: mediaTypes.get(e.id) ?? 'text/plain',
    }));
  return {
    '@context': context as unknown as Record<string, unknown>,
    '@id': datasetIri(spec.name),
    '@type': ['schema:Dataset'],
    package: spec.name,
    name: spec.title,
    description: spec.description,
    sources,
    instruments: [...graph.instruments].sort(byKey((i) => i.ref)),
    provisions: [...graph.provisions].sort(byKey((p) => refSortKey(p.ref))),
    statements: [...graph.statements].sort(byKey((s) => s['@id'])),
    mappings: [...graph.mappings].sort(byKey((m) => refSortKey(m.articleRef))),
    applications: [...graph.applications].sort(byKey((a) => a['@id'])),
    facts: [...graph.facts].sort(byKey((f) => f['@id'])),
    conflicts: [...graph.conflicts].sort(byKey((c) => c['@id'])),
    tombstones: [],
  };
}

function byKey<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/** Natural order of refs: numbers compare as numbers (2 < 10 < 185 < 185b). */
export function refSortKey(ref: string): string {
  return ref.replace(/[0-9]+/g, (n) => n.padStart(6, '0'));
}
