/**
 * The whole graph as N-Quads (dist/graph.nq), by JSON-LD's own RDF conversion. Every
 * dataset carries its context inline, so the document loader never needs the network;
 * it refuses any load, so a context reference that slipped in fails loudly.
 *
 * The conversion (and loading jsonld, with its HTTP client) is most of what a rerun with
 * nothing changed would cost, so its result is kept by a hash of the datasets and of
 * jsonld's version, beside the compiled validators: the same datasets give the same quads.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Dataset } from '@cyberlex/schema';
import { cacheDir, readCached, saveCached } from '../cache.js';

/** Graphs kept: one is written per change of the data. */
const KEEP = 4;

const requireFromHere = createRequire(import.meta.url);

export async function toNQuads(datasets: readonly Dataset[], options: { cache?: boolean } = {}): Promise<string> {
  const file = options.cache === false ? null : cacheFile(datasets);
  const cached = file ? readCached(file) : null;
  if (cached !== null) return cached;
  const nquads = await convert(datasets);
  if (file) saveCached(file, nquads, KEEP);
  return nquads;
}

async function convert(datasets: readonly Dataset[]): Promise<string> {
  const { default: jsonld } = await import('jsonld');
  const documentLoader = async (url: string) => {
    throw new Error(`cyberlex: no network: refusing to load ${url}`);
  };
  // One document, not one per dataset: blank node labels (provenance spans, list cells) are then
  // issued once for the whole graph, so `_:b0` of one package never merges with `_:b0` of another,
  // and a node two packages share (an amending act) is one node.
  const nquads = (await jsonld.toRDF([...datasets] as never, { format: 'application/n-quads', documentLoader, safe: true } as never)) as unknown as string;
  const lines = new Set(nquads.split('\n').filter(Boolean));
  return `${[...lines].sort().join('\n')}\n`;
}

function cacheFile(datasets: readonly Dataset[]): string | null {
  const dir = cacheDir();
  if (!dir) return null;
  const { version } = requireFromHere('jsonld/package.json') as { version: string };
  const key = createHash('sha256').update(version).update('\0').update(JSON.stringify(datasets)).digest('hex').slice(0, 20);
  return join(dir, 'nquads', `graph-${key}.nq`);
}
