/**
 * The semantic diff of one package between two builds: what was added, removed or changed,
 * node by node (by id and ref, with old and new values), and whether the data's schema moved.
 */
import type { Dataset, Instrument } from '@cyberlex/schema';
import { canonical, diffNodes, isEmptyDelta, type Delta, type NodeDiff } from './node-diff.js';
import { namesOf, type Names } from './names.js';
import { sameJson } from './same-json.js';
import { diffProvisions, type ParagraphDelta, type VersionDelta } from './version-diff.js';

/** A package's data as a build or a release holds it. */
export interface PackageData {
  data: Dataset;
  /** Its JSON Schema (schema.json), where the baseline ships one. */
  schema?: unknown;
}

export interface AmendingActEntry {
  id: string;
  ref: string;
  title: string;
  publishedIn: string[];
  firstDateEntryInForce: string | null;
  /** Refs of the instruments it amends. */
  amends: string[];
}

export interface PackageDiff {
  package: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Whether the JSON Schema moved (narrowed or widened); unknown when the baseline ships none. */
  schema: 'changed' | 'unchanged' | 'unknown';
  /** The schema definitions ($defs) whose shape moved, "(root)" for the schema's own keywords. */
  schemaDefinitions: string[];
  sources: Delta;
  instruments: Delta;
  /** Amending acts that are new in this package. */
  amendingActs: AmendingActEntry[];
  provisions: Delta;
  versions: VersionDelta;
  paragraphs: ParagraphDelta;
  statements: Delta;
  mappings: Delta;
  applications: Delta;
  facts: Delta;
  conflicts: Delta;
  tombstones: Delta;
  /** Nodes whose only difference is provenance (spans moved, the source's hash changed). */
  provenanceOnly: number;
}

export function diffPackage(name: string, base: PackageData | null, current: PackageData | null): PackageDiff {
  // The usual rerun: nothing changed. Equal JSON is equal data and schema, without a node-by-node walk.
  if (base?.schema !== undefined && current && sameJson(base, { data: current.data, schema: current.schema })) return unchangedDiff(name);
  const before = base?.data ?? null;
  const after = current?.data ?? null;
  const names = namesOf(after, before);
  const list = <K extends keyof Dataset>(data: Dataset | null, key: K) => (data?.[key] ?? []) as Dataset[K];
  const nodes = <T extends { '@id': string }>(key: keyof Dataset, ref: (n: T) => string): NodeDiff =>
    diffNodes(list(before, key) as unknown as T[], list(after, key) as unknown as T[], { ref, names });

  const sources = nodes<Dataset['sources'][number]>('sources', (s) => s.id);
  const instruments = nodes<Instrument>('instruments', (i) => i.ref);
  const statements = nodes<Dataset['statements'][number]>('statements', (s) => `${s.about.map(names.ref).join(', ')} (${s.kind})`);
  const mappings = nodes<Dataset['mappings'][number]>('mappings', (m) => m.articleRef);
  const applications = nodes<Dataset['applications'][number]>('applications', (a) => names.ref(a['@id']));
  const facts = nodes<Dataset['facts'][number]>('facts', (f) => `${f.kind}: ${f.name ?? f['@id'].slice(f['@id'].lastIndexOf('/') + 1)}`);
  const conflicts = nodes<Dataset['conflicts'][number]>('conflicts', (c) => `${names.ref(c.subject)} ${c.property}`);
  const tombstones = nodes<Dataset['tombstones'][number]>('tombstones', (t) => t.ref);
  const provisions = diffProvisions(list(before, 'provisions'), list(after, 'provisions'), names);

  const diff: PackageDiff = {
    package: name,
    status: !before ? 'added' : !after ? 'removed' : 'unchanged',
    schema: schemaChange(base, current),
    schemaDefinitions: movedDefinitions(base, current),
    sources: sources.delta,
    instruments: instruments.delta,
    amendingActs: newAmendingActs(instruments.delta.added.map((e) => e.id), after, names),
    provisions: provisions.provisions,
    versions: provisions.versions,
    paragraphs: provisions.paragraphs,
    statements: statements.delta,
    mappings: mappings.delta,
    applications: applications.delta,
    facts: facts.delta,
    conflicts: conflicts.delta,
    tombstones: tombstones.delta,
    provenanceOnly: [sources, instruments, statements, mappings, applications, facts, conflicts, tombstones].reduce((n, d) => n + d.provenanceOnly, provisions.provenanceOnly),
  };
  if (diff.status === 'unchanged' && hasChanges(diff)) diff.status = 'changed';
  return diff;
}

function unchangedDiff(name: string): PackageDiff {
  const names = namesOf(null, null);
  const none = () => diffNodes([], [], { ref: () => '', names }).delta;
  const provisions = diffProvisions([], [], names);
  return {
    package: name,
    status: 'unchanged',
    schema: 'unchanged',
    schemaDefinitions: [],
    sources: none(),
    instruments: none(),
    amendingActs: [],
    provisions: provisions.provisions,
    versions: provisions.versions,
    paragraphs: provisions.paragraphs,
    statements: none(),
    mappings: none(),
    applications: none(),
    facts: none(),
    conflicts: none(),
    tombstones: none(),
    provenanceOnly: 0,
  };
}

/** Whether the diff holds anything at all (provenance-only changes included). */
export function hasChanges(diff: PackageDiff): boolean {
  const deltas = [diff.sources, diff.instruments, diff.provisions, diff.paragraphs, diff.statements, diff.mappings, diff.applications, diff.facts, diff.conflicts, diff.tombstones];
  return (
    diff.schema === 'changed' ||
    diff.provenanceOnly > 0 ||
    deltas.some((d) => !isEmptyDelta(d)) ||
    !isEmptyDelta(diff.versions) ||
    diff.versions.renamed.length > 0
  );
}

/**
 * True when all that moved is provenance (spans shifted because text before them changed, a
 * source's hash): the data still says the same, and its spans stay true of the source version
 * they name, so there is nothing a release must ship.
 */
export function onlyProvenance(diff: PackageDiff): boolean {
  const deltas = [diff.instruments, diff.provisions, diff.paragraphs, diff.statements, diff.mappings, diff.applications, diff.facts, diff.conflicts, diff.tombstones];
  const sources = diff.sources.added.length === 0 && diff.sources.removed.length === 0 && diff.sources.changed.every((c) => c.fields.every((f) => f.field === 'sha256'));
  return diff.status === 'changed' && diff.schema !== 'changed' && sources && deltas.every(isEmptyDelta) && isEmptyDelta(diff.versions) && diff.versions.renamed.length === 0;
}

function newAmendingActs(added: readonly string[], data: Dataset | null, names: Names): AmendingActEntry[] {
  if (!data) return [];
  return data.instruments
    .filter((i) => i.kind === 'amending-act' && added.includes(i['@id']))
    .map((i) => ({ id: i['@id'], ref: i.ref, title: i.title, publishedIn: i.publishedIn, firstDateEntryInForce: i.firstDateEntryInForce, amends: i.amends.map(names.ref) }));
}

/**
 * A schema moved when it accepts other data than before. Descriptions and titles are
 * documentation, not shape, so they are left out of the comparison.
 */
function schemaChange(base: PackageData | null, current: PackageData | null): PackageDiff['schema'] {
  if (base?.schema === undefined || current?.schema === undefined) return 'unknown';
  return canonical(shapeOf(base.schema)) === canonical(shapeOf(current.schema)) ? 'unchanged' : 'changed';
}

function movedDefinitions(base: PackageData | null, current: PackageData | null): string[] {
  if (base?.schema === undefined || current?.schema === undefined) return [];
  const split = (schema: unknown) => {
    const { $defs, ...root } = (shapeOf(schema) ?? {}) as { $defs?: Record<string, unknown> };
    return { root, defs: $defs ?? {} };
  };
  const a = split(base.schema);
  const b = split(current.schema);
  const names = [...new Set([...Object.keys(a.defs), ...Object.keys(b.defs)])].sort();
  const moved = names.filter((n) => canonical(a.defs[n]) !== canonical(b.defs[n]));
  return canonical(a.root) === canonical(b.root) ? moved : ['(root)', ...moved];
}

const DOCUMENTATION = new Set(['description', 'title', '$comment', 'examples']);

function shapeOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(shapeOf);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(Object.entries(schema).filter(([k, v]) => !(DOCUMENTATION.has(k) && typeof v === 'string')).map(([k, v]) => [k, shapeOf(v)]));
  }
  return schema;
}
