/**
 * dist/graph.nq is the whole graph: an independent parser (n3, N-Quads) reads it into the
 * same set of quads the JSON-LD processor makes of the shipped datasets. jsonld labels blank
 * nodes deterministically for the same input, so the two sets compare label for label (RDF
 * canonicalization would be label-independent, but its worst case blows up on thousands of
 * look-alike provenance nodes).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../packages/schema/src/context.js';
import { ROOT } from '../helpers/sources.js';
import { diskLoader, inAllowedNamespace, shippedDatasets } from './jsonld.js';

const GRAPH = join(ROOT, 'dist', 'graph.nq');
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Each quad in one canonical N-Quads spelling (n3's), as a set. */
function quadSet(quads: readonly Quad[]): Set<string> {
  const writer = new Writer({ format: 'N-Quads' });
  return new Set(quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph)));
}

describe('dist/graph.nq', () => {
  it('exists (npm run build writes it)', () => {
    expect(existsSync(GRAPH), 'dist/graph.nq is missing: run npm run build').toBe(true);
  });

  it('parses with n3 into the quads jsonld makes of every shipped dataset, no more, no fewer', async () => {
    const quads: Quad[] = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(readFileSync(GRAPH, 'utf8'));
    expect(quads.length).toBeGreaterThan(0);
    const made = (await jsonld.toRDF(shippedDatasets().map((d) => d.data) as never, { format: 'application/n-quads', documentLoader: diskLoader(), safe: true } as never)) as unknown as string;
    const fromJsonld = quadSet(new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(made));
    const fromN3 = quadSet(quads);
    expect(fromN3.size).toBe(quads.length);
    expect([...fromN3].filter((q) => !fromJsonld.has(q))).toEqual([]);
    expect([...fromJsonld].filter((q) => !fromN3.has(q))).toEqual([]);
  });

  it('uses only predicates and classes of the allowed vocabularies (and rdf: for types and lists)', () => {
    const quads: Quad[] = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(readFileSync(GRAPH, 'utf8'));
    const outside = new Set<string>();
    for (const q of quads) {
      if (!q.predicate.value.startsWith(RDF) && !inAllowedNamespace(q.predicate.value)) outside.add(q.predicate.value);
      if (q.predicate.value === `${RDF}type` && !inAllowedNamespace(q.object.value)) outside.add(q.object.value);
      if (q.object.termType === 'Literal' && q.object.datatype.value.startsWith(NAMESPACES.xsd) === false && !q.object.datatype.value.startsWith(RDF)) outside.add(q.object.datatype.value);
    }
    expect([...outside]).toEqual([]);
  });

  it('keeps the blank nodes of different packages apart', async () => {
    // two copies of one dataset under different ids share every IRI node but none of their blank nodes
    const law = shippedDatasets().find((d) => d.dir === 'rs-cybercrime-authorities-law')!.data;
    const copy = { ...law, '@id': `${String(law['@id'])}-copy` };
    const { toNQuads } = await import('../../pipeline/src/emit/nquads.js');
    const one = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(await toNQuads([law as never]));
    const two = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(await toNQuads([law as never, copy as never]));
    const blanks = (qs: Quad[]) => new Set(qs.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'BlankNode').map((t) => t.value)).size;
    expect(blanks(one)).toBeGreaterThan(0);
    expect(blanks(two)).toBe(2 * blanks(one));
  });

  it('is converted once per content: a second conversion of the same datasets reads the kept quads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyberlex-nquads-'));
    const previous = process.env.CYBERLEX_CACHE_DIR;
    process.env.CYBERLEX_CACHE_DIR = dir;
    try {
      const { toNQuads } = await import('../../pipeline/src/emit/nquads.js');
      const law = shippedDatasets().find((d) => d.dir === 'rs-cybercrime-authorities-law')!.data;
      const first = await toNQuads([law as never]);
      expect(readdirSync(join(dir, 'nquads'))).toHaveLength(1);
      expect(await toNQuads([structuredClone(law) as never])).toBe(first);
      await toNQuads([{ ...law, '@id': `${String(law['@id'])}-other` } as never]);
      expect(readdirSync(join(dir, 'nquads'))).toHaveLength(2);
    } finally {
      if (previous === undefined) delete process.env.CYBERLEX_CACHE_DIR;
      else process.env.CYBERLEX_CACHE_DIR = previous;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
