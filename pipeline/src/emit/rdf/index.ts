/**
 * Our own JSON-LD → N-Quads serializer: it reads the datasets with the context they carry inline
 * and writes the quads jsonld.toRDF wrote, with the same blank node labels, in a fraction of the
 * time and without loading jsonld. It understands only what our generated context uses and throws
 * an RdfSerializationError on anything else.
 */
import { GraphWriter } from './graph.js';

export { RdfSerializationError } from './error.js';
export { escapeIri, escapeLiteral } from './syntax.js';

/**
 * Raised with any change here that could change the output for the same datasets: part of the
 * key of the kept graphs (the datasets, context included, are the rest of it).
 */
export const SERIALIZER_VERSION = 'cyberlex-nquads/1';

/**
 * The whole graph of `datasets` (each a JSON-LD document with its @context inline) as N-Quads:
 * one document, so blank node labels are issued once for all of them and a node two datasets
 * share is one node; lines sorted, each once.
 */
export function datasetsToNQuads(datasets: readonly unknown[]): string {
  return GraphWriter.write(datasets);
}
