/**
 * Merging nodes that share an '@id'. Field by field:
 *   - provenance: union; alternateNames: union by name (provenance unioned);
 *   - name / title: the first; another is kept as an alternate name, never a conflict;
 *   - source / sourceDate: the first (every source stays in the provenance);
 *   - other arrays: union (objects with an '@id' merged by it);
 *   - other values: the first non-null; two non-null values that differ are a conflict,
 *     each claim cited by the node's evidence for that field (or its provenance).
 */
import type { AlternateName, Provenance } from '@cyberlex/schema';
import type { Claim, ConflictLog } from './conflicts.js';

type Node = Record<string, unknown> & { '@id': string };

const NAME_KEYS = new Set(['name', 'title']);
const META_KEYS = new Set(['source', 'sourceDate']);

/** Merge the nodes of one collection by '@id', in first-seen order. */
export function mergeById<T extends { '@id': string }>(nodes: readonly T[], log: ConflictLog): T[] {
  const byId = new Map<string, { node: Node; origins: Origins }>();
  for (const node of nodes as unknown as Node[]) {
    const seen = byId.get(node['@id']);
    if (!seen) byId.set(node['@id'], { node, origins: new Map() });
    else seen.node = mergeNode(seen.node, node, log, seen.origins);
  }
  return [...byId.values()].map((v) => v.node) as unknown as T[];
}

/** For a merged node: which of the merged nodes gave each field its value (to cite it in a conflict). */
type Origins = Map<string, Node>;

export function mergeNode(a: Node, b: Node, log: ConflictLog, origins: Origins = new Map()): Node {
  firstOf(a, origins);
  const out: Node = { ...a };
  for (const key of Object.keys(b)) {
    const va = a[key];
    const vb = b[key];
    if (key === 'provenance' && Array.isArray(va) && Array.isArray(vb)) out[key] = unionProvenance(va as Provenance[], vb as Provenance[]);
    else if (key === 'alternateNames' && Array.isArray(va) && Array.isArray(vb)) out[key] = unionNames(va as AlternateName[], vb as AlternateName[]);
    else if (NAME_KEYS.has(key)) out[key] = mergeName(out, key, va, vb, b);
    else if (META_KEYS.has(key)) out[key] = va ?? vb;
    else if (Array.isArray(va) && Array.isArray(vb)) out[key] = unionArray(va, vb, log);
    else if (va === undefined || va === null) {
      out[key] = vb;
      origins.set(key, b);
    } else if (vb !== null && vb !== undefined && JSON.stringify(va) !== JSON.stringify(vb)) {
      log.add(a['@id'], key, `${String(a.name ?? a.title ?? a['@id'])}: ${key} is ${show(va)} in one source and ${show(vb)} in another`, [claim(origins.get(key) ?? firstOf(a, origins), key, va), claim(b, key, vb)]);
    }
  }
  return out;
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

/**
 * The first node merged into `a` (what `a` was before any merge), remembered under the key "".
 * Kept by reference, not copied: merging never mutates a node, it builds a new one.
 */
function firstOf(a: Node, origins: Origins): Node {
  if (!origins.has('')) origins.set('', a);
  return origins.get('')!;
}

/** A claim: the value, cited by the evidence for the field that mentions it, else all evidence for it, else the node. */
function claim(node: Node, key: string, value: unknown): Claim {
  const evidence = ((node.evidence as { property: string; text: string; provenance: Provenance[] }[] | undefined) ?? []).filter((e) => e.property === key);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const mentioning = evidence.filter((e) => e.text.includes(text));
  const cited = (mentioning.length > 0 ? mentioning : evidence).flatMap((e) => e.provenance);
  return { value: text, provenance: cited.length > 0 ? cited : ((node.provenance as Provenance[] | undefined) ?? []) };
}

function mergeName(out: Node, key: string, va: unknown, vb: unknown, b: Node): unknown {
  if (va === null || va === undefined) return vb;
  if (typeof vb === 'string' && vb !== va && Array.isArray(out.alternateNames)) {
    const provenance = (b.provenance as Provenance[] | undefined) ?? [];
    if (provenance.length > 0) out.alternateNames = unionNames(out.alternateNames as AlternateName[], [{ name: vb, provenance }]);
  }
  return va;
}

const spanKey = (p: Provenance) => `${p.source}\u0000${p.page ?? ''}\u0000${p.start}\u0000${p.end}`;

export function unionProvenance(a: readonly Provenance[], b: readonly Provenance[]): Provenance[] {
  const seen = new Set(a.map(spanKey));
  return [...a, ...b.filter((p) => !seen.has(spanKey(p)) && seen.add(spanKey(p)))];
}

export function unionNames(a: readonly AlternateName[], b: readonly AlternateName[]): AlternateName[] {
  const out = a.map((n) => ({ name: n.name, provenance: [...n.provenance] }));
  for (const n of b) {
    const same = out.find((m) => m.name === n.name);
    if (same) same.provenance = unionProvenance(same.provenance, n.provenance);
    else out.push({ name: n.name, provenance: [...n.provenance] });
  }
  return out;
}

/**
 * Items of `b` not in `a` appended; an object with an '@id' of one in `a` merged into it.
 * Linear: nodes are matched by '@id', other items by their JSON (computed once, and only
 * when `b` has such items), not compared pairwise.
 */
function unionArray(a: readonly unknown[], b: readonly unknown[], log: ConflictLog): unknown[] {
  const out = [...a];
  const byId = new Map<string, number>();
  out.forEach((x, i) => {
    if (isNode(x)) byId.set(x['@id'], i);
  });
  let seen: Set<string> | null = null;
  for (const item of b) {
    if (isNode(item)) {
      const at = byId.get(item['@id']);
      if (at !== undefined) out[at] = mergeNode(out[at] as Node, item, log);
      else {
        byId.set(item['@id'], out.length);
        out.push(item);
      }
      continue;
    }
    seen ??= new Set(out.filter((x) => !isNode(x)).map(valueKey));
    const key = valueKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Strings (most arrays hold IRIs) are their own key; other values their JSON. */
const valueKey = (x: unknown): string => (typeof x === 'string' ? `s${x}` : `j${JSON.stringify(x)}`);

const isNode = (x: unknown): x is Node => x !== null && typeof x === 'object' && '@id' in x;
