/**
 * jsonld as the oracle of the N-Quads serializer: what `dist/graph.nq` was made with before, run
 * the same way (one document of all datasets, safe mode, no network), its lines made unique and
 * sorted as pipeline/src/emit/nquads.ts did with them.
 */
import jsonld from 'jsonld';
import { context } from '../../packages/schema/src/context.js';

export async function jsonldNQuads(documents: readonly unknown[]): Promise<string> {
  const documentLoader = async (url: string) => {
    throw new Error(`test: no network: refusing to load ${url}`);
  };
  const nquads = (await jsonld.toRDF([...documents] as never, { format: 'application/n-quads', documentLoader, safe: true } as never)) as unknown as string;
  return `${[...new Set(nquads.split('\n').filter(Boolean))].sort().join('\n')}\n`;
}

export const DATASET_IRI = 'https://w3id.org/cyberlex/dataset/test';

/** A dataset-shaped document with the real context inline and the given properties. */
export function document(properties: Record<string, unknown>, id = DATASET_IRI): Record<string, unknown> {
  return { '@context': context, '@id': id, '@type': ['schema:Dataset'], ...properties };
}
