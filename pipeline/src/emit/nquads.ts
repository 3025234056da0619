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
  const chunks: string[] = [];
  for (const data of datasets) {
    const nquads = (await jsonld.toRDF(data as never, { format: 'application/n-quads', documentLoader, safe: true } as never)) as unknown as string;
    chunks.push(nquads);
  }
  // One graph: the same quad from two packages (a shared amending act) is written once, in a stable order.
  const lines = new Set(chunks.join('').split('\n').filter(Boolean));
  return `${[...lines].sort().join('\n')}\n`;
}
