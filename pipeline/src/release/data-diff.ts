/**
 * The semantic diff of one package between two builds: what was added, removed or changed,
 * node by node (by id and ref, with old and new values), and whether the data's schema moved.
 */
import type { Dataset, Instrument } from '@cyberlex/schema';
import { canonical, diffNodes, isEmptyDelta, type Delta, type NodeDiff } from './node-diff.js';
import { namesOf, type Names } from './names.js';
import { sameJson } from './same-json.js';
import { diffSchemas, type SchemaDiff } from './schema-diff.js';
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
  /**
   * Whether the JSON Schema moved: changed (narrowed or widened), rewritten (the same data
   * accepted, definitions named otherwise); unknown when the baseline ships none.
   */
  schema: SchemaDiff['status'];
  /** The schema definitions ($defs) whose text moved, "(root)" for the schema's own keywords. */
  schemaDefinitions: string[];
  /** Definition names the new schema adds or drops (types.d.ts declares one type per name). */
  schemaNames: { added: string[]; removed: string[] };
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
  const schema = diffSchemas(base?.schema, current?.schema);

  const diff: PackageDiff = {
    package: name,
    status: !before ? 'added' : !after ? 'removed' : 'unchanged',
    schema: schema.status,
    schemaDefinitions: schema.moved,
    schemaNames: { added: schema.added, removed: schema.removed },
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
    schemaNames: { added: [], removed: [] },
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
    diff.schema === 'rewritten' ||
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
  return diff.status === 'changed' && (diff.schema === 'unchanged' || diff.schema === 'unknown') && sources && deltas.every(isEmptyDelta) && isEmptyDelta(diff.versions) && diff.versions.renamed.length === 0;
}

function newAmendingActs(added: readonly string[], data: Dataset | null, names: Names): AmendingActEntry[] {
  if (!data) return [];
  return data.instruments
    .filter((i) => i.kind === 'amending-act' && added.includes(i['@id']))
    .map((i) => ({ id: i['@id'], ref: i.ref, title: i.title, publishedIn: i.publishedIn, firstDateEntryInForce: i.firstDateEntryInForce, amends: i.amends.map(names.ref) }));
}

