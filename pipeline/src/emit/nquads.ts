/**
 * The whole graph as N-Quads (dist/graph.nq), by our own serializer (./rdf/), which knows the
 * context the datasets carry inline and writes what jsonld.toRDF wrote, byte for byte, without
 * loading jsonld at ingest time.
 *
 * The result is kept by a hash of the datasets (their context included) and of the serializer's
 * version, beside the compiled validators: the same datasets give the same quads.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Dataset } from '@cyberlex/schema';
import { cacheDir, readCached, saveCached } from '../cache.js';
import { datasetsToNQuads, SERIALIZER_VERSION } from './rdf/index.js';

/** Graphs kept: one is written per change of the data. */
const KEEP = 4;

export async function toNQuads(datasets: readonly Dataset[], options: { cache?: boolean } = {}): Promise<string> {
  const file = options.cache === false ? null : cacheFile(datasets);
  const cached = file ? readCached(file) : null;
  if (cached !== null) return cached;
  // One document, not one per dataset: blank node labels (provenance spans, list cells) are then
  // issued once for the whole graph, so `_:b0` of one package never merges with `_:b0` of another,
  // and a node two packages share (an amending act) is one node.
  const nquads = datasetsToNQuads(datasets);
  if (file) saveCached(file, nquads, KEEP);
  return nquads;
}

function cacheFile(datasets: readonly Dataset[]): string | null {
  const dir = cacheDir();
  if (!dir) return null;
  const key = createHash('sha256').update(SERIALIZER_VERSION).update('\0').update(JSON.stringify(datasets)).digest('hex').slice(0, 20);
  return join(dir, 'nquads', `graph-${key}.nq`);
}
