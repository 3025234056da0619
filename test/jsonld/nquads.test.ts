/**
 * The N-Quads serializer (pipeline/src/emit/rdf/) against jsonld on the real data: every shipped
 * dataset, the hand-made fixture (mappings with their scoped context, statements, conflicts,
 * tombstones), and all of them as one graph, which is what dist/graph.nq holds. Byte for byte:
 * the same lines, the same blank node labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetsToNQuads } from '../../pipeline/src/emit/rdf/index.js';
import { ROOT } from '../helpers/sources.js';
import { fixtureDataset } from './fixture.js';
import { shippedDatasets } from './jsonld.js';
import { jsonldNQuads } from './oracle.js';

const shipped = shippedDatasets();
const fixture = fixtureDataset(shipped.find((s) => s.dir === 'rs-cybercrime-authorities-law')!);

describe('our N-Quads serializer and jsonld.toRDF', () => {
  const alone = [...shipped.map((d) => [d.name, d.data] as const), [`${fixture.name} (fixture)`, fixture.data] as const];
  it.each(alone)('agree byte for byte on %s alone', async (_name, data) => {
    expect(datasetsToNQuads([data])).toBe(await jsonldNQuads([data]));
  });

  it('agree byte for byte on all the shipped datasets as one graph, which is dist/graph.nq', async () => {
    const data = shipped.map((d) => d.data);
    const ours = datasetsToNQuads(data);
    expect(ours).toBe(await jsonldNQuads(data));
    expect(readFileSync(join(ROOT, 'dist', 'graph.nq'), 'utf8')).toBe(ours);
  });

  it('agree when a dataset comes twice and with the fixture: shared IRI nodes are merged, their lists kept apart', async () => {
    const data = [fixture.data, ...shipped.map((d) => d.data), fixture.data];
    expect(datasetsToNQuads(data)).toBe(await jsonldNQuads(data));
  });
});

describe('ingest does without jsonld', () => {
  it('no pipeline source imports it, and the pipeline does not depend on it', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const importers = sources(join(ROOT, 'pipeline', 'src')).filter((file) => /from 'jsonld'|import\('jsonld'\)|require\('jsonld'\)/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'pipeline', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('jsonld');
  });
});
