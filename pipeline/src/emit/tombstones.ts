/**
 * Ids that never change meaning. When a build no longer has an `@id` that the package's
 * previous data (the `data.jsonld` on disk, read before anything is written) had, the id is
 * kept as a Tombstone: the ref it had, the node that now has that ref (or null), why, and the
 * package version from which it is gone. Earlier tombstones are kept; an id that is in the
 * data again (in any package) loses its tombstone, and an id that only moved to another
 * package gets none, so the merged graph never calls a live node a tombstone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Tombstone, type Dataset } from '@cyberlex/schema';
import type { PackageSpec } from './packages.js';

/** A node of a dataset as tombstones see it: its id, a ref for people, and keys that find its successor. */
interface NodeEntry {
  id: string;
  ref: string;
  /** Tried in order: the current node with the first key that names exactly one node replaces it. */
  keys: string[];
}

/** Lists of nodes that are not the package's own: `applications` are statements about other packages' provisions. */
const NOT_OWN = new Set(['@context', 'applications', 'tombstones']);

/** Every node (an object with an `@id`) a dataset holds, however deep, except the dataset itself. */
export function datasetNodes(data: unknown): NodeEntry[] {
  const found: { node: Record<string, unknown>; parent: Record<string, unknown>; ref: string | null }[] = [];
  const visit = (value: unknown, ref: string | null, parent: Record<string, unknown>): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, ref, parent);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const nodeRef = str(node.ref) ?? str(node.articleRef) ?? ref;
    const isNode = str(node['@id']) !== null;
    if (isNode) found.push({ node, parent, ref: nodeRef });
    for (const child of Object.values(node)) visit(child, nodeRef, isNode ? node : parent);
  };
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const root = data as Record<string, unknown>;
    for (const [key, child] of Object.entries(root)) if (!NOT_OWN.has(key)) visit(child, null, root);
  }
  // what a version or paragraph realizes is named by its ref, which survives a change of IRI
  const refs = new Map(found.flatMap(({ node }) => (str(node.ref) === null ? [] : [[str(node['@id'])!, str(node.ref)!] as const])));
  return found.map(({ node, parent, ref }) => {
    const id = str(node['@id'])!;
    return { id, ref: ref ?? localName(id), keys: keysOf(node, parent, refs) };
  });
}

/**
 * What makes a node "the same" across builds when its IRI changed: its ref (instruments,
 * provisions), the Convention article it maps (mappings), or — for a version or a paragraph
 * of one — what it realizes and the date it starts, else the date it ends (a version whose
 * start a source now gives changes its IRI from `v/undated` to `v/<date>`; its end does not).
 */
function keysOf(node: Record<string, unknown>, parent: Record<string, unknown>, refs: ReadonlyMap<string, string>): string[] {
  if (str(node.ref) !== null) return [`ref ${str(node.ref)}`];
  if (str(node.articleRef) !== null) return [`mapping ${str(node.articleRef)}`];
  const iri = str(node.realizes);
  if (iri === null) return [];
  const realizes = refs.get(iri) ?? iri;
  // a version carries its dates; a paragraph takes them from the version it belongs to
  const dated = 'versionDate' in node ? node : parent;
  const kind = 'versionDate' in node ? 'version' : 'paragraph';
  return [`${kind} ${realizes} from ${String(dated.versionDate)}`, `${kind} ${realizes} until ${String(dated.validUntil)}`];
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The end of an IRI, for a node without a ref: `…/id/fact/ratification` → `fact/ratification`. */
function localName(iri: string): string {
  const id = iri.indexOf('/id/');
  return id !== -1 ? iri.slice(id + 4) : iri.slice(iri.lastIndexOf('/') + 1);
}

export interface TombstoneOptions {
  /** The package's version now (package.json); a removal ships in the next major (docs/data-semver.md). */
  version: string;
  /** Every `@id` of every package built now: an id still there moved, it was not removed. */
  live: ReadonlySet<string>;
}

/** The tombstones `current` must carry, given the package's previous data (null for a new package). */
export function tombstones(previous: unknown, current: Dataset, options: TombstoneOptions): Tombstone[] {
  const earlier = previousTombstones(previous);
  const now = datasetNodes(current);
  const byKey = new Map<string, string[]>();
  for (const node of now) for (const key of node.keys) byKey.set(key, [...(byKey.get(key) ?? []), node.id]);
  const successor = (node: NodeEntry): string | null => {
    for (const key of node.keys) {
      const ids = byKey.get(key) ?? [];
      if (ids.length === 1) return ids[0]!;
    }
    return null;
  };
  const since = nextMajor(options.version);
  const out = new Map<string, Tombstone>();
  for (const t of earlier) if (!options.live.has(t['@id'])) out.set(t['@id'], t);
  for (const node of datasetNodes(previous)) {
    if (options.live.has(node.id) || out.has(node.id)) continue;
    const replacedBy = successor(node);
    out.set(node.id, {
      '@id': node.id,
      '@type': ['cyberlex:Tombstone'],
      ref: node.ref,
      replacedBy,
      reason: replacedBy
        ? `renamed: ${node.ref} now has the id in replacedBy`
        : `removed: the sources no longer give ${node.ref}`,
      since,
    });
  }
  return [...out.values()].sort((a, b) => (a['@id'] < b['@id'] ? -1 : a['@id'] > b['@id'] ? 1 : 0));
}

/** Every `@id` the datasets hold (their nodes, not the datasets' own ids). */
export function liveIds(datasets: Iterable<Dataset>): Set<string> {
  const ids = new Set<string>();
  for (const data of datasets) for (const node of datasetNodes(data)) ids.add(node.id);
  return ids;
}

const PreviousTombstones = z.object({ tombstones: z.array(Tombstone) });

function previousTombstones(previous: unknown): Tombstone[] {
  if (previous === null || previous === undefined) return [];
  const parsed = PreviousTombstones.safeParse(previous);
  if (!parsed.success) throw new Error(`previous data.jsonld: its tombstones do not match the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.tombstones;
}

/** The version a removal first ships in: removing an id is a major change. */
export function nextMajor(version: string): string {
  const match = /^(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version);
  if (!match) throw new Error(`not a semver version: ${version}`);
  return `${Number(match[1]) + 1}.0.0`;
}

/** Each package's data.jsonld as it is on disk now (before this build writes), by package dir. */
export async function readPreviousData(root: string, specs: readonly PackageSpec[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const spec of specs) {
    const file = join('packages', spec.dir, 'data.jsonld');
    const text = await readFile(join(root, file), 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    if (text === null) continue;
    try {
      out.set(spec.dir, JSON.parse(text));
    } catch (e) {
      throw new Error(`${file}: not JSON, so the ids it had cannot be checked for tombstones (${(e as Error).message})`);
    }
  }
  return out;
}
