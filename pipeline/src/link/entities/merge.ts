/**
 * Merging nodes that share an '@id'. Field by field:
 *   - provenance: union; alternateNames: union by name (provenance unioned);
 *   - name / title: the first; another is kept as an alternate name, never a conflict;
 *   - source / sourceDate: together, from the first node that has a source (a node's date is
 *     always its source's date); every source stays in the provenance;
 *   - evidence: when nodes from different sources merge, every value keeps the source that
 *     gave it: a scalar field without evidence gets one citing the node it came from;
 *   - other arrays: union (objects with an '@id' merged by it);
 *   - other values: the first non-null; two non-null values that differ are a conflict,
 *     each claim cited by the node's evidence for that field (or its provenance).
 *
 * A node may be merged a hundred times (every country profile quotes the same Convention
 * article), so each group of nodes with one '@id' is folded into one accumulator that keeps
 * its indexes (span keys, names, item keys) between merges: merging k nodes costs the size of
 * the k nodes, not k times the size of the growing result. The inputs are never mutated: the
 * accumulator copies an array before it first appends to it.
 */
import type { AlternateName, Evidence, Provenance } from '@cyberlex/schema';
import type { Claim, ConflictLog } from './conflicts.js';
import { NOT_CLAIMS } from '../../model/claims.js';

type Node = Record<string, unknown> & { '@id': string };

const NAME_KEYS = new Set(['name', 'title']);
const META_KEYS = new Set(['source', 'sourceDate']);

/** Merge the nodes of one collection by '@id', in first-seen order. */
export function mergeById<T extends { '@id': string }>(nodes: readonly T[], log: ConflictLog): T[] {
  const byId = new Map<string, MergedNode>();
  for (const node of nodes as unknown as Node[]) {
    const seen = byId.get(node['@id']);
    if (!seen) byId.set(node['@id'], new MergedNode(node, log, true));
    else seen.add(node);
  }
  return [...byId.values()].map((m) => m.node) as unknown as T[];
}

/** Two nodes with one '@id' merged into a new one (neither is changed). */
export function mergeNode(a: Node, b: Node, log: ConflictLog): Node {
  const merged = new MergedNode(a, log, true);
  merged.add(b);
  return merged.node;
}

/** The union of two provenance lists: `a`, then each span of `b` not already cited. */
export function unionProvenance(a: readonly Provenance[], b: readonly Provenance[]): Provenance[] {
  const spans = new SpanSet(a);
  const out = [...a];
  for (const p of b) if (spans.claim(p)) out.push(p);
  return out;
}

/** The union of two name lists by name, in first-seen order, each name's provenance unioned. */
export function unionNames(a: readonly AlternateName[], b: readonly AlternateName[]): AlternateName[] {
  const names = new NameSet(a);
  names.addAll(b);
  return names.list;
}

/** Provenance spans already cited, by source, page and offsets. */
class SpanSet {
  private readonly keys = new Set<string>();
  constructor(spans: readonly Provenance[]) {
    for (const p of spans) this.keys.add(spanKey(p));
  }
  /** True (and remembered) if `p` was not cited yet. */
  claim(p: Provenance): boolean {
    const key = spanKey(p);
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    return true;
  }
}

const spanKey = (p: Provenance) => `${p.source}\u0000${p.page ?? ''}\u0000${p.start}\u0000${p.end}`;

/** Alternate names by name, each with its own provenance list (copied: the inputs stay as they were). */
class NameSet {
  readonly list: AlternateName[] = [];
  private readonly byName = new Map<string, { name: AlternateName; spans: SpanSet }>();
  constructor(names: readonly AlternateName[]) {
    for (const n of names) {
      const copy = { name: n.name, provenance: [...n.provenance] };
      this.list.push(copy);
      if (!this.byName.has(n.name)) this.byName.set(n.name, { name: copy, spans: new SpanSet(copy.provenance) });
    }
  }
  addAll(names: readonly AlternateName[]): void {
    for (const n of names) this.add(n.name, n.provenance);
  }
  add(name: string, provenance: readonly Provenance[]): void {
    const same = this.byName.get(name);
    if (!same) {
      const copy = { name, provenance: [...provenance] };
      this.list.push(copy);
      this.byName.set(name, { name: copy, spans: new SpanSet(copy.provenance) });
      return;
    }
    for (const p of provenance) if (same.spans.claim(p)) same.name.provenance.push(p);
  }
}

/**
 * The running result of merging nodes with one '@id'. `node` is a new object (the first
 * node's fields, then each merged node's); the indexes of its array fields are built the
 * first time a merge touches them.
 */
class MergedNode {
  readonly node: Node;
  /** The first node merged (what the result was before any merge): a conflict cites it. */
  private readonly first: Node;
  /** Which merged node gave each field its value, to cite it in a conflict. */
  private readonly origins = new Map<string, Node>();
  private spans: SpanSet | null = null;
  private names: NameSet | null = null;
  private readonly arrays = new Map<string, MergedArray>();

  /**
   * @param remember whether a conflict cites the first node (a top-level node) or the result as
   *   it stands (a node nested in an array, whose merges are each on their own).
   */
  constructor(
    first: Node,
    private readonly log: ConflictLog,
    private readonly remember: boolean,
  ) {
    this.first = first;
    this.node = { ...first };
  }

  add(b: Node): void {
    const out = this.node;
    if (!this.remember) this.origins.clear();
    const otherSource = typeof out.source === 'string' && typeof b.source === 'string' && out.source !== b.source;
    if (out.source === undefined || out.source === null) {
      // source and sourceDate are one claim: never the source of one node with the date of another
      if (b.source !== undefined) out.source = b.source;
      if (b.sourceDate !== undefined) out.sourceDate = b.sourceDate;
    }
    for (const key of Object.keys(b)) {
      const va = out[key];
      const vb = b[key];
      if (key === 'provenance' && Array.isArray(va) && Array.isArray(vb)) this.addProvenance(vb as Provenance[]);
      else if (key === 'alternateNames' && Array.isArray(va) && Array.isArray(vb)) this.nameSet().addAll(vb as AlternateName[]);
      else if (NAME_KEYS.has(key)) this.addName(key, va, vb, b);
      else if (META_KEYS.has(key)) continue;
      else if (Array.isArray(va) && Array.isArray(vb)) this.arrayOf(key, va).addAll(vb);
      else if (va === undefined || va === null) {
        out[key] = vb;
        this.origins.set(key, b);
      } else if (vb !== null && vb !== undefined && JSON.stringify(va) !== JSON.stringify(vb)) {
        const first = this.remember ? this.first : out;
        this.log.add(out['@id'], key, `${String(out.name ?? out.title ?? out['@id'])}: ${key} is ${show(va)} in one source and ${show(vb)} in another`, [claim(this.origins.get(key) ?? first, key, va), claim(b, key, vb)]);
      }
    }
    if (otherSource && Array.isArray(out.evidence)) this.attribute();
  }

  /** Evidence for every scalar value that has none yet, citing the node that gave it (in its own source's spans). */
  private attribute(): void {
    const out = this.node;
    const cited = new Set((out.evidence as { property: string }[]).map((e) => e.property));
    const added: Evidence[] = [];
    for (const [key, value] of Object.entries(out)) {
      if (NOT_CLAIMS.has(key) || cited.has(key) || value === null || typeof value === 'object') continue;
      const from = this.origins.get(key) ?? this.first;
      const provenance = ((from.provenance as Provenance[] | undefined) ?? []).filter((p) => p.source === from.source);
      if (provenance.length > 0) added.push({ property: key, text: String(value), provenance });
    }
    if (added.length > 0) this.arrayOf('evidence', out.evidence as unknown[]).addAll(added);
  }

  private addProvenance(provenance: readonly Provenance[]): void {
    if (!this.spans) {
      const own = [...(this.node.provenance as Provenance[])];
      this.node.provenance = own;
      this.spans = new SpanSet(own);
    }
    const own = this.node.provenance as Provenance[];
    for (const p of provenance) if (this.spans.claim(p)) own.push(p);
  }

  private nameSet(): NameSet {
    if (!this.names) {
      this.names = new NameSet(this.node.alternateNames as AlternateName[]);
      this.node.alternateNames = this.names.list;
    }
    return this.names;
  }

  /**
   * The first name stays; a different one from another node becomes an alternate name. Cited
   * by that node's own alternate name of the same text when it has one (every parser lists a
   * node's name there, with the span of the name itself), else by the node's provenance.
   */
  private addName(key: string, va: unknown, vb: unknown, b: Node): void {
    if (va === null || va === undefined) {
      this.node[key] = vb;
      return;
    }
    if (typeof vb !== 'string' || vb === va || !Array.isArray(this.node.alternateNames)) return;
    const listed = Array.isArray(b.alternateNames) && (b.alternateNames as AlternateName[]).some((n) => n.name === vb);
    const provenance = (b.provenance as Provenance[] | undefined) ?? [];
    if (!listed && provenance.length > 0) this.nameSet().add(vb, provenance);
  }

  private arrayOf(key: string, items: unknown[]): MergedArray {
    let merged = this.arrays.get(key);
    if (!merged) {
      merged = new MergedArray(items, this.log);
      this.node[key] = merged.items;
      this.arrays.set(key, merged);
    }
    return merged;
  }
}

/**
 * The running union of an array field: items not yet in it appended; an object with the
 * '@id' of one in it merged into that one. Nodes are matched by '@id', other items by their
 * JSON (computed once each), never compared pairwise.
 */
class MergedArray {
  readonly items: unknown[];
  private readonly byId = new Map<string, number>();
  private readonly nested = new Map<number, MergedNode>();
  private values: Set<string> | null = null;

  constructor(
    items: readonly unknown[],
    private readonly log: ConflictLog,
  ) {
    this.items = [...items];
    this.items.forEach((x, i) => {
      if (isNode(x)) this.byId.set(x['@id'], i);
    });
  }

  addAll(items: readonly unknown[]): void {
    for (const item of items) {
      if (isNode(item)) this.addNode(item);
      else this.addValue(item);
    }
  }

  private addNode(item: Node): void {
    const at = this.byId.get(item['@id']);
    if (at === undefined) {
      this.byId.set(item['@id'], this.items.length);
      this.items.push(item);
      return;
    }
    let merged = this.nested.get(at);
    if (!merged) {
      merged = new MergedNode(this.items[at] as Node, this.log, false);
      this.nested.set(at, merged);
      this.items[at] = merged.node;
    }
    merged.add(item);
  }

  private addValue(item: unknown): void {
    this.values ??= new Set(this.items.filter((x) => !isNode(x)).map(valueKey));
    const key = valueKey(item);
    if (this.values.has(key)) return;
    this.values.add(key);
    this.items.push(item);
  }
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

/** A claim: the value, cited by the evidence for the field that mentions it, else all evidence for it, else the node. */
function claim(node: Node, key: string, value: unknown): Claim {
  const evidence = ((node.evidence as { property: string; text: string; provenance: Provenance[] }[] | undefined) ?? []).filter((e) => e.property === key);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const mentioning = evidence.filter((e) => e.text.includes(text));
  const cited = (mentioning.length > 0 ? mentioning : evidence).flatMap((e) => e.provenance);
  return { value: text, provenance: cited.length > 0 ? cited : ((node.provenance as Provenance[] | undefined) ?? []) };
}

/** Strings (most arrays hold IRIs) are their own key; other values their JSON. */
const valueKey = (x: unknown): string => (typeof x === 'string' ? `s${x}` : `j${JSON.stringify(x)}`);

const isNode = (x: unknown): x is Node => x !== null && typeof x === 'object' && '@id' in x;
