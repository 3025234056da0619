/**
 * Comparing two lists of nodes by `@id`, never by position: which were added, removed, or
 * changed, and for a changed node which fields, with old and new values. Provenance (spans,
 * hashes) is not a change in what the data says: a node whose only difference is provenance
 * is counted, not listed.
 */
import { refSortKey } from '../emit/dataset.js';
import type { Names } from './names.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface NodeEntry {
  id: string;
  ref: string;
}

export interface ChangedNode extends NodeEntry {
  fields: FieldChange[];
}

export interface Delta {
  added: NodeEntry[];
  removed: NodeEntry[];
  changed: ChangedNode[];
}

export interface NodeDiff {
  delta: Delta;
  /** Nodes that differ only in provenance. */
  provenanceOnly: number;
}

type Node = { '@id': string };

export function emptyDelta(): Delta {
  return { added: [], removed: [], changed: [] };
}

export function diffNodes<T extends Node>(
  base: readonly T[],
  current: readonly T[],
  options: { ref: (node: T) => string; names: Names; skip?: readonly string[] },
): NodeDiff {
  const before = new Map(base.map((n) => [n['@id'], n]));
  const after = new Map(current.map((n) => [n['@id'], n]));
  const entry = (n: T): NodeEntry => ({ id: n['@id'], ref: options.ref(n) });
  const delta = emptyDelta();
  let provenanceOnly = 0;
  for (const [id, node] of after) {
    const old = before.get(id);
    if (!old) {
      delta.added.push(entry(node));
      continue;
    }
    const fields = fieldChanges(old, node, options.names, options.skip);
    if (fields.length > 0) delta.changed.push({ ...entry(node), fields });
    else if (canonical(old) !== canonical(node) && !skipOnly(old, node, options.skip)) provenanceOnly++;
  }
  for (const [id, node] of before) if (!after.has(id)) delta.removed.push(entry(node));
  return { delta: sortDelta(delta), provenanceOnly };
}

/** Field-by-field differences, provenance aside; IRIs in values shown as refs where known. */
export function fieldChanges(old: object, now: object, names: Names, skip: readonly string[] = []): FieldChange[] {
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((k) => k !== 'provenance' && !skip.includes(k)).sort();
  const out: FieldChange[] = [];
  for (const key of keys) {
    const a = (old as Record<string, unknown>)[key];
    const b = (now as Record<string, unknown>)[key];
    if (canonical(withoutProvenance(a)) === canonical(withoutProvenance(b))) continue;
    out.push({ field: key, before: readable(a, names), after: readable(b, names) });
  }
  return out;
}

/** True when two nodes differ only in skipped fields (those are reported elsewhere). */
function skipOnly(old: object, now: object, skip: readonly string[] = []): boolean {
  const pick = (n: object) => Object.fromEntries(Object.entries(n).filter(([k]) => k !== 'provenance' && !skip.includes(k)));
  const provenance = (n: object) => (n as Record<string, unknown>).provenance;
  return canonical(pick(old)) === canonical(pick(now)) && canonical(provenance(old)) === canonical(provenance(now));
}

/** The value with every `provenance` key removed, at any depth. */
export function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'provenance').map(([k, v]) => [k, withoutProvenance(v)]));
  }
  return value;
}

/** JSON with keys sorted, so two builds that order keys differently still compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? 'undefined';
}

/** A value as the diff prints it: provenance dropped, IRIs of known nodes as refs. */
function readable(value: unknown, names: Names): unknown {
  const plain = withoutProvenance(value);
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return /^https?:\/\//.test(v) ? names.ref(v) : v;
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    return v ?? null;
  };
  return visit(plain);
}

export function sortDelta<D extends { added: NodeEntry[]; removed: NodeEntry[]; changed: NodeEntry[] }>(delta: D): D {
  const order = (a: NodeEntry, b: NodeEntry) => {
    const ka = `${refSortKey(a.ref)}\u0000${a.id}`;
    const kb = `${refSortKey(b.ref)}\u0000${b.id}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  delta.added.sort(order);
  delta.removed.sort(order);
  delta.changed.sort(order);
  return delta;
}

export function isEmptyDelta(delta: { added: unknown[]; removed: unknown[]; changed: unknown[] }): boolean {
  return delta.added.length === 0 && delta.removed.length === 0 && delta.changed.length === 0;
}
