/**
 * Small pure functions over the packages' datasets: what the site asks that the accessor does
 * not (yet) answer, or answers per package where the site needs all packages at once.
 * A date no source gives stays null here too: nothing below invents one.
 */
import type { Conflict, Dataset, Fact, Provenance, Provision, Source, Version } from '@cyberlex/schema';

export type Mapping = Dataset['mappings'][number];
export type Statement = Dataset['statements'][number];
export type Instrument = Dataset['instruments'][number];
export type Application = Dataset['applications'][number];

/** Every node of every package, each once (a source or an instrument can sit in several packages). */
export interface Graph {
  instruments: Instrument[];
  provisions: Provision[];
  statements: Statement[];
  mappings: Mapping[];
  applications: Application[];
  facts: Fact[];
  conflicts: Conflict[];
  sources: Source[];
  byId: Map<string, { kind: 'instrument' | 'provision'; node: Instrument | Provision }>;
  /** A provision's or instrument's parent (isPartOf, or the provision whose hasPart names it). */
  parentOf: Map<string, string>;
}

export function mergeDatasets(datasets: readonly Dataset[]): Graph {
  const seen = new Set<string>();
  const once = <T extends { '@id': string }>(list: T[]) => list.filter((n) => (seen.has(n['@id']) ? false : (seen.add(n['@id']), true)));
  const g: Graph = {
    instruments: once(datasets.flatMap((d) => d.instruments)),
    provisions: once(datasets.flatMap((d) => d.provisions)),
    statements: once(datasets.flatMap((d) => d.statements)),
    mappings: once(datasets.flatMap((d) => d.mappings)),
    applications: datasets.flatMap((d) => d.applications),
    facts: once(datasets.flatMap((d) => d.facts)),
    conflicts: once(datasets.flatMap((d) => d.conflicts)),
    sources: once(datasets.flatMap((d) => d.sources)),
    byId: new Map(),
    parentOf: new Map(),
  };
  for (const i of g.instruments) g.byId.set(i['@id'], { kind: 'instrument', node: i });
  for (const p of g.provisions) g.byId.set(p['@id'], { kind: 'provision', node: p });
  for (const node of [...g.instruments, ...g.provisions]) {
    for (const part of node.hasPart ?? []) g.parentOf.set(part, node['@id']);
  }
  for (const p of g.provisions) if (p.isPartOf) g.parentOf.set(p['@id'], p.isPartOf);
  return g;
}

/** Whether a version was in force on a date (a version whose start no source gives counts from the beginning). */
export function covers(date: string, v: Pick<Version, 'versionDate' | 'validUntil'>): boolean {
  return (v.versionDate === null || v.versionDate <= date) && (v.validUntil === null || date < v.validUntil);
}

export function versionAt(versions: readonly Version[], date: string): Version | undefined {
  return versions.find((v) => covers(date, v));
}

/** A version's short name, from its IRI: `…/art_302/v/2009-09-11/eng` → `2009-09-11`. */
export function versionSlug(v: Version): string {
  const id = v['@id'];
  const at = id.lastIndexOf('/v/');
  const rest = at === -1 ? id.slice(id.lastIndexOf('/') + 1) : id.slice(at + 3);
  return rest.replace(/\/[a-z]{3}$/, '').replace(/[^A-Za-z0-9-]/g, '-');
}

/** The article a paragraph provision belongs to, for a provision with no versions of its own. */
export function articleOf(g: Graph, p: Provision): Provision | undefined {
  const parent = g.parentOf.get(p['@id']);
  const node = parent === undefined ? undefined : g.byId.get(parent);
  return node?.kind === 'provision' ? (node.node as Provision) : undefined;
}

/** The chain of parents from the instrument down to (not including) the node. */
export function ancestors(g: Graph, iri: string): string[] {
  const out: string[] = [];
  for (let at = g.parentOf.get(iri); at !== undefined && !out.includes(at); at = g.parentOf.get(at)) out.unshift(at);
  return out;
}

/** The chapter a Convention article sits in (its topmost provision ancestor of kind chapter). */
export function chapterOf(g: Graph, iri: string): Provision | undefined {
  for (const a of ancestors(g, iri)) {
    const n = g.byId.get(a);
    if (n?.kind === 'provision' && (n.node as Provision).kind === 'chapter') return n.node as Provision;
  }
  return undefined;
}

/** True when `iri` is the provision or one of its parts (paragraphs, versions, points). */
export function within(provisionIri: string, iri: string): boolean {
  return iri === provisionIri || iri.startsWith(`${provisionIri}/`);
}

/** Mappings citing a provision or any of its parts; with the article itself. */
export function mappingsCiting(g: Graph, provisionIri: string): Mapping[] {
  return g.mappings.filter((m) => [...m.provisions, ...m.instruments].some((iri) => within(provisionIri, iri)));
}

/** Convention articles a provision (or a part of it) applies, as the profile's answer says. */
export function appliedArticles(g: Graph, provisionIri: string): string[] {
  const out = new Set<string>();
  for (const a of g.applications) if (within(provisionIri, a['@id'])) for (const art of a.applies) out.add(art);
  return [...out];
}

export function statementsAbout(g: Graph, provisionIri: string): Statement[] {
  return g.statements.filter((s) => s.about.some((iri) => within(provisionIri, iri)));
}

export function conflictsAbout(g: Graph, provisionIri: string): Conflict[] {
  return g.conflicts.filter((c) => within(provisionIri, c.subject));
}

/** Sort key that orders refs and numbers naturally (2 before 10, 185 before 185b). */
export function naturalKey(s: string): string {
  return s.replace(/[0-9]+/g, (n) => n.padStart(6, '0'));
}

export function byNatural<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = naturalKey(key(a));
    const y = naturalKey(key(b));
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** Every provenance list in a node, with the nearest enclosing `@id` (the node it belongs to). */
export function* provenanceOf(node: unknown, owner: string | null = null): Generator<{ owner: string | null; provenance: Provenance }> {
  if (Array.isArray(node)) {
    for (const n of node) yield* provenanceOf(n, owner);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  const id = typeof obj['@id'] === 'string' ? (obj['@id'] as string) : owner;
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'provenance' && Array.isArray(value)) for (const p of value as Provenance[]) yield { owner: id, provenance: p };
    else if (typeof value === 'object') yield* provenanceOf(value, id);
  }
}
