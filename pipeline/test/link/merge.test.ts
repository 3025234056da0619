/** link/entities/merge.ts: nodes that share an '@id' folded into one, field by field. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlternateName, Provenance } from '@cyberlex/schema';
import { ConflictLog } from '../../src/link/entities/conflicts.js';
import { mergeById, mergeNode, unionNames, unionProvenance } from '../../src/link/entities/merge.js';

type Node = Record<string, unknown> & { '@id': string };

const span = (start: number, end = start + 5, source = 's'): Provenance => ({ source, sha256: 'a'.repeat(64), start, end });
const named = (name: string, ...spans: Provenance[]): AlternateName => ({ name, provenance: spans });

describe('unionProvenance and unionNames', () => {
  it('appends only the spans not yet cited, in order', () => {
    expect(unionProvenance([span(1), span(9)], [span(9), span(3), span(3, 9), span(3)])).toEqual([span(1), span(9), span(3), span(3, 9)]);
  });

  it('tells spans apart by source and page too', () => {
    const paged = { ...span(1), page: 2 };
    expect(unionProvenance([span(1)], [span(1, 6, 't'), paged])).toEqual([span(1), span(1, 6, 't'), paged]);
  });

  it('unions names by name, each name’s spans unioned, and copies what it returns', () => {
    const a = [named('Ministry of Interior', span(1))];
    const out = unionNames(a, [named('MoI', span(4)), named('Ministry of Interior', span(1), span(7))]);
    expect(out).toEqual([named('Ministry of Interior', span(1), span(7)), named('MoI', span(4))]);
    expect(a).toEqual([named('Ministry of Interior', span(1))]);
  });
});

describe('mergeById', () => {
  const node = (id: string, fields: Record<string, unknown>): Node => ({ '@id': id, provenance: [], alternateNames: [], ...fields });

  it('keeps the first name and source, unions provenance, names and arrays, and merges nested nodes by id', () => {
    const log = new ConflictLog();
    const [merged] = mergeById(
      [
        node('x', { name: 'A', source: 's1', provenance: [span(1)], alternateNames: [named('A', span(1))], tags: ['t1'], parts: [{ '@id': 'p', provenance: [span(1)] }] }),
        node('x', { name: 'B', source: 's2', provenance: [span(2)], alternateNames: [named('B', span(2))], tags: ['t1', 't2'], parts: [{ '@id': 'p', provenance: [span(2)] }, { '@id': 'q', provenance: [] }] }),
        node('x', { name: 'A', source: 's3', provenance: [span(1), span(3)], tags: [{ k: 1 }, { k: 1 }] }),
      ],
      log,
    );
    expect(merged).toEqual(
      node('x', {
        name: 'A',
        source: 's1',
        provenance: [span(1), span(2), span(3)],
        alternateNames: [named('A', span(1)), named('B', span(2))],
        tags: ['t1', 't2', { k: 1 }],
        parts: [{ '@id': 'p', provenance: [span(1), span(2)] }, { '@id': 'q', provenance: [] }],
      }),
    );
    expect(log.conflicts).toEqual([]);
  });

  it('cites a different name by the node’s provenance only when the node does not list the name itself', () => {
    const [listed] = mergeById([node('x', { name: 'A' }), node('x', { name: 'B', provenance: [span(10, 40)], alternateNames: [named('B', span(12))] })], new ConflictLog());
    expect(listed!.alternateNames).toEqual([named('B', span(12))]);
    const [unlisted] = mergeById([node('x', { name: 'A' }), node('x', { name: 'B', provenance: [span(10, 40)] })], new ConflictLog());
    expect(unlisted!.alternateNames).toEqual([named('B', span(10, 40))]);
  });

  it('reports two values that differ as a conflict citing each node’s evidence, once per field however many nodes disagree', () => {
    const log = new ConflictLog();
    const evidence = (text: string, at: number) => [{ property: 'date', text, provenance: [span(at)] }];
    mergeById(
      [
        node('https://w3id.org/cyberlex/id/fact/x', { date: '2009-01-01', evidence: evidence('in 2009-01-01', 1), provenance: [span(100)] }),
        node('https://w3id.org/cyberlex/id/fact/x', { date: '2010-01-01', evidence: evidence('on 2010-01-01', 2) }),
        node('https://w3id.org/cyberlex/id/fact/x', { date: '2011-01-01', evidence: evidence('2011-01-01', 3) }),
      ],
      log,
    );
    expect(log.conflicts).toHaveLength(1);
    expect(log.conflicts[0]!.property).toBe('date');
    expect(log.conflicts[0]!.claims.map((c) => [c.value, c.provenance.map((p) => p.start)])).toEqual([
      ['2009-01-01', [1]],
      ['2010-01-01', [2]],
      ['2011-01-01', [3]],
    ]);
  });

  it('fills a field the first node lacks from a later one, without a conflict', () => {
    const log = new ConflictLog();
    const [merged] = mergeById([node('x', { date: null }), node('x', { date: '2009' }), node('x', { date: '2009' })], log);
    expect(merged!.date).toBe('2009');
    expect(log.conflicts).toEqual([]);
  });

  // Random groups of nodes: the accumulator gives what merging them two at a time gives, and leaves them as they were.
  const spanArb = fc.record({ source: fc.constantFrom('s', 't'), sha256: fc.constant('a'.repeat(64)), start: fc.nat(20), end: fc.integer({ min: 21, max: 30 }) });
  const nameArb = fc.record({ name: fc.constantFrom('A', 'B', 'C'), provenance: fc.array(spanArb, { maxLength: 3 }) });
  const nodeArb = fc.record({
    '@id': fc.constantFrom('x', 'y'),
    name: fc.constantFrom('A', 'B'),
    provenance: fc.array(spanArb, { maxLength: 4 }),
    alternateNames: fc.array(nameArb, { maxLength: 3 }),
    tags: fc.array(fc.oneof(fc.constantFrom('t1', 't2', 't3'), fc.record({ k: fc.nat(2) })), { maxLength: 4 }),
    parts: fc.array(fc.record({ '@id': fc.constantFrom('p', 'q'), provenance: fc.array(spanArb, { maxLength: 2 }) }), { maxLength: 3 }),
  });

  it('equals merging two at a time, and never changes its inputs (property)', () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 8 }), (nodes) => {
        const before = structuredClone(nodes);
        const merged = mergeById(nodes as Node[], new ConflictLog());
        expect(nodes).toEqual(before);
        const pairwise = new Map<string, Node>();
        for (const n of structuredClone(nodes) as Node[]) {
          const seen = pairwise.get(n['@id']);
          pairwise.set(n['@id'], seen ? mergeNode(seen, n, new ConflictLog()) : n);
        }
        expect(merged).toEqual([...pairwise.values()]);
      }),
    );
  });
});
