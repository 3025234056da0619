/** Merging nodes from different sources: each value keeps the source that made it. */
import { describe, expect, it } from 'vitest';
import type { Provenance } from '@cyberlex/schema';
import { ConflictLog } from '../../src/link/entities/conflicts.js';
import { mergeById } from '../../src/link/entities/merge.js';

const span = (source: string, start: number): Provenance => ({ source, sha256: 'a'.repeat(64), start, end: start + 5 });
type Node = Record<string, unknown> & { '@id': string };

describe('attribution when linking merges nodes', () => {
  const reply: Node = { '@id': 'x', name: 'contact point', source: 'reply', sourceDate: '2017-10-25', year: '2009', description: null, provenance: [span('reply', 10)], evidence: [], alternateNames: [] };
  const record: Node = { '@id': 'x', name: 'contact point', source: 'record', sourceDate: null, year: null, description: 'Serbia has designated a temporary contact point.', country: 'Serbia', provenance: [span('record', 40)], evidence: [], alternateNames: [] };
  const undated: Node = { ...record, source: 'page', sourceDate: null, provenance: [span('page', 70)] };

  it('keeps source and sourceDate together, from the first node', () => {
    const [a] = mergeById([undated, reply], new ConflictLog());
    expect([a!.source, a!.sourceDate]).toEqual(['page', null]);
    const [b] = mergeById([reply, undated], new ConflictLog());
    expect([b!.source, b!.sourceDate]).toEqual(['reply', '2017-10-25']);
  });

  it('cites, for every value, the node and source that gave it', () => {
    const [merged] = mergeById([reply, record], new ConflictLog());
    expect(merged!.evidence).toEqual([
      { property: 'year', text: '2009', provenance: [span('reply', 10)] },
      { property: 'description', text: 'Serbia has designated a temporary contact point.', provenance: [span('record', 40)] },
      { property: 'country', text: 'Serbia', provenance: [span('record', 40)] },
    ]);
  });

  it('adds no evidence when every node has one source, and keeps evidence a parser gave', () => {
    const [same] = mergeById([reply, { ...reply, provenance: [span('reply', 20)] }], new ConflictLog());
    expect(same!.evidence).toEqual([]);
    const given = { property: 'year', text: '2009', provenance: [span('reply', 12)] };
    const [merged] = mergeById([{ ...reply, evidence: [given] }, record], new ConflictLog());
    expect((merged!.evidence as { property: string }[]).filter((e) => e.property === 'year')).toEqual([given]);
  });
});
