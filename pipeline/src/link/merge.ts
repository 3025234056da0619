/**
 * One node per real entity: nodes from several sources (or several places of one source)
 * that carry the same `@id` become one. Lists are unioned (provenance, alternate names,
 * links), and where two non-null values of one field differ, the first is kept in the node
 * and both are reported as a conflict — nothing is resolved silently.
 */
import type { Conflict, Provenance } from '@cyberlex/schema';
import { nodeIri, slug } from '../model/iri.js';

type Node = { '@id': string } & Record<string, unknown>;

export interface MergeResult<T> {
  nodes: T[];
  conflicts: Conflict[];
}

export function mergeById<T extends Node>(nodes: readonly T[]): MergeResult<T> {
  const byId = new Map<string, T>();
  const conflicts: Conflict[] = [];
  for (const node of nodes) {
    const seen = byId.get(node['@id']);
    if (!seen) {
      byId.set(node['@id'], structuredClone(node));
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      const current = seen[key];
      if (Array.isArray(current) && Array.isArray(value)) {
        (seen as Record<string, unknown>)[key] = unionList(current, value);
      } else if (current === null || current === undefined) {
        (seen as Record<string, unknown>)[key] = value;
      } else if (value !== null && value !== undefined && JSON.stringify(current) !== JSON.stringify(value)) {
        conflicts.push(fieldConflict(seen, node, key));
      }
    }
  }
  return { nodes: [...byId.values()], conflicts };
}

/** Union of two lists, first occurrence wins, compared by value. */
export function unionList(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const keys = new Set(a.map((v) => JSON.stringify(v)));
  const out = [...a];
  for (const v of b) {
    const k = JSON.stringify(v);
    if (!keys.has(k)) {
      keys.add(k);
      out.push(v);
    }
  }
  return out;
}

function provenanceOf(node: Node): Provenance[] {
  return Array.isArray(node.provenance) ? (node.provenance as Provenance[]) : [];
}

function fieldConflict(a: Node, b: Node, key: string): Conflict {
  const claim = (n: Node) => ({
    value: typeof n[key] === 'string' ? (n[key] as string) : JSON.stringify(n[key]),
    source: provenanceOf(n)[0]?.source ?? 'unknown',
    provenance: provenanceOf(n).length > 0 ? provenanceOf(n) : provenanceOf(a),
  });
  return {
    '@id': nodeIri('conflict', `${slug(a['@id'].replace(/^https?:\/\/[^/]+\//, ''))}-${slug(key)}`),
    '@type': ['cyberlex:Conflict'],
    subject: a['@id'],
    property: key,
    description: `Two statements of ${key} for one node disagree.`,
    claims: [claim(a), claim(b)],
  };
}
