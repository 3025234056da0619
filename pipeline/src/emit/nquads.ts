/**
 * The whole graph as N-Quads (dist/graph.nq), by JSON-LD's own RDF conversion. Every
 * dataset carries its context inline, so the document loader never needs the network;
 * it refuses any load, so a context reference that slipped in fails loudly.
 */
import type { Dataset } from '@cyberlex/schema';

export async function toNQuads(datasets: readonly Dataset[]): Promise<string> {
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
