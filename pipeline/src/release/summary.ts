/**
 * A package diff in words a lawyer reads: one line per amendment, act, provision or fact
 * that changed, each with the data-semver bump it calls for. New versions are worded exactly
 * as the legal history words them, so a release line and changes.json agree.
 */
import type { Dataset, Instrument } from '@cyberlex/schema';
import { changedParagraphs, describeAct, describeAmendment, type ChangeLine } from './amendment.js';
import type { PackageDiff } from './data-diff.js';
import { actCitation, articleLabel, instrumentName, instrumentOfRef, longDate, namesOf, type Names } from './names.js';
import { deltaLines, describeField, fieldBump, maxBump, type NodeKind } from './node-lines.js';
import type { ParagraphDiff } from './provision-diff.js';
import { sortLines } from './history.js';

export function releaseLines(diff: PackageDiff, base: Dataset | null, current: Dataset | null): ChangeLine[] {
  const names = namesOf(current, base);
  const lines: ChangeLine[] = [];
  if (diff.schema === 'changed') {
    const defs = diff.schemaDefinitions.length > 0 ? ` (definitions that moved: ${diff.schemaDefinitions.join(', ')})` : '';
    lines.push({ date: null, refs: [], acts: [], bump: 'major', summary: `The data schema changed: data.jsonld follows a narrowed or widened JSON Schema${defs}.` });
  }
  if (diff.schema === 'rewritten') lines.push(schemaRewrittenLine(diff.schemaNames));
  if (current) lines.push(...amendmentLines(diff, current, names));
  if (current) lines.push(...correctionLines(diff, current, names));
  // an id whose tombstone names its replacement still leads somewhere: renamed, not removed
  const tombstoned = new Set(current?.tombstones.filter((t) => t.replacedBy !== null).map((t) => t['@id']) ?? []);
  const inName = (ref: string) => {
    const instrument = (current ? instrumentOfRef(current, ref) : undefined) ?? (base ? instrumentOfRef(base, ref) : undefined);
    return `${instrument ? `${instrumentName(instrument)} ` : ''}${articleLabel(ref)}`;
  };
  const instrumentLabel = (id: string, ref: string) => {
    const node = names.instrument(id);
    return node ? `${instrumentName(node)} (${ref})` : `Instrument ${ref}`;
  };
  const provisionKind: NodeKind = { label: (e) => inName(e.ref), skip: ['versions'], tombstoned };
  lines.push(...deltaLines(provisionsNotDescribed(diff), provisionKind));
  lines.push(...versionLines(diff, tombstoned, inName));
  const kinds: [keyof PackageDiff, NodeKind][] = [
    // a new act's gazette number in the instruments it amends is said by the act's own line
    ['instruments', { label: (e) => instrumentLabel(e.id, e.ref), skip: diff.amendingActs.length > 0 ? ['publishedIn'] : [], tombstoned }],
    ['mappings', { label: (e) => `Implementation mapping for ${e.ref}`, tombstoned }],
    ['applications', { label: (e) => `Application link of ${e.ref}`, tombstoned }],
    ['statements', { label: (e) => `Statement on ${e.ref}`, tombstoned }],
    ['facts', { label: (e) => `Fact ${e.ref}`, tombstoned }],
    ['conflicts', { label: (e) => `Conflict on ${e.ref}`, tombstoned }],
    // tombstones record the removals and renames the lines above already name
  ];
  for (const [key, kind] of kinds) {
    const delta = diff[key] as PackageDiff['facts'];
    // a new amending act has its own line above; its node need not be listed again
    const skipAdded = key === 'instruments' ? { ...delta, added: delta.added.filter((e) => !diff.amendingActs.some((a) => a.id === e.id)) } : delta;
    lines.push(...deltaLines(skipAdded, kind));
  }
  lines.push(...deltaLines({ ...diff.sources, changed: [] }, { label: (e) => `Source ${e.ref}` }));
  if (lines.length === 0 && (diff.provenanceOnly > 0 || diff.sources.changed.length > 0)) {
    const files = diff.sources.changed.map((s) => s.ref).join(', ');
    lines.push({
      date: null, refs: [], acts: [], bump: 'patch',
      summary: `Source positions updated${files ? ` for ${files}` : ''} (${diff.provenanceOnly} nodes); no change in what the data says.`,
    });
  }
  return sortLines(lines);
}

/** New versions (amendments) and new amending acts. */
function amendmentLines(diff: PackageDiff, current: Dataset, names: Names): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const byRef = new Map(current.provisions.map((p) => [p.ref, p]));
  const described = new Set<string>();
  for (const v of diff.versions.added) {
    const provision = byRef.get(v.ref)!;
    const index = provision.versions.findIndex((x) => x['@id'] === v.id);
    lines.push(describeAmendment(current, names, provision, index));
    for (const act of provision.versions[index]!.amendedBy) described.add(act);
  }
  // an article that is new to the data with versions an act made: its amendments, as the history words them
  for (const e of diff.provisions.added) {
    const provision = byRef.get(e.ref);
    provision?.versions.forEach((version, index) => {
      if (index === 0 && version.amendedBy.length === 0) return;
      lines.push(describeAmendment(current, names, provision, index));
      for (const act of version.amendedBy) described.add(act);
    });
  }
  for (const act of diff.amendingActs) {
    if (described.has(act.id)) continue;
    const node = current.instruments.find((i) => i['@id'] === act.id)!;
    const consolidated = textChangedIn(diff, current, node);
    lines.push(describeAct(current, names, node, consolidated ? 'the consolidated text that names it changes the provisions below' : 'the sources do not give the text it amended'));
  }
  return lines;
}

/** Paragraphs whose text changed inside a version both builds have: a correction, or a new consolidation. */
function correctionLines(diff: PackageDiff, current: Dataset, names: Names): ChangeLine[] {
  const groups = new Map<string, { article: string; version: string | null; diffs: ParagraphDiff[]; fields: string[] }>();
  const articleOf = (ref: string) => (ref.includes('/') && /^[0-9]/.test(ref.slice(ref.indexOf(':') + 1)) ? ref.slice(0, ref.lastIndexOf('/')) : ref);
  const add = (ref: string, version: string | null, d: ParagraphDiff, fields: string[]) => {
    const article = articleOf(ref);
    const key = `${article} ${version ?? ''}`;
    const g = groups.get(key) ?? { article, version, diffs: [], fields: [] };
    g.diffs.push(d);
    g.fields.push(...fields);
    groups.set(key, g);
  };
  const number = (ref: string) => (ref === articleOf(ref) ? null : ref.slice(ref.lastIndexOf('/') + 1));
  for (const c of diff.paragraphs.changed) {
    add(c.ref, c.version, { number: number(c.ref), kind: c.before === c.after ? 'unchanged' : 'modified', before: c.before, after: c.after, ops: c.ops }, c.fields.map((f) => f.field));
  }
  for (const a of diff.paragraphs.added) add(a.ref, a.version, { number: number(a.ref), kind: 'added', before: null, after: a.text, ops: [{ op: 'insert', text: a.text }] }, []);
  for (const r of diff.paragraphs.removed) add(r.ref, r.version, { number: number(r.ref), kind: 'removed', before: r.text, after: null, ops: [{ op: 'delete', text: r.text }] }, []);

  const lines: ChangeLine[] = [];
  for (const g of groups.values()) {
    const instrument = instrumentOfRef(current, g.article);
    const name = instrument ? `${instrumentName(instrument)} ` : '';
    const when = g.version ? ` (version in force from ${longDate(g.version)})` : '';
    const textual = g.diffs.some((d) => d.kind !== 'unchanged');
    if (!textual) {
      const fields = [...new Set(g.fields)].sort();
      lines.push({ date: null, refs: [g.article], acts: [], bump: maxBump(fields.map(fieldBump)) ?? 'patch', summary: `${name}${articleLabel(g.article)}${when}: ${fields.join(', ')} corrected.` });
      continue;
    }
    const { target, refs, detail } = changedParagraphs(g.article, g.diffs);
    const act = instrument ? newActFor(diff, current, instrument, names) : undefined;
    const added = g.diffs.some((d) => d.kind === 'added');
    const removed = g.diffs.some((d) => d.kind === 'removed');
    if (removed) {
      // a paragraph gone from a version both builds have: its id no longer resolves
      lines.push({ date: null, refs, acts: act ? [act.ref] : [], bump: 'major', summary: `${name}${target} text ${g.diffs.every((d) => d.kind === 'removed') ? 'removed' : 'changed'}${when}: ${detail}` });
    } else if (act) {
      lines.push({
        date: act.firstDateEntryInForce, refs, acts: [act.ref], bump: 'minor',
        summary: `${name}${target} changed in the consolidated text naming ${actCitation(act)}${when}: ${detail}`,
      });
    } else {
      lines.push({ date: null, refs, acts: [], bump: added ? 'minor' : 'patch', summary: `${name}${target} text ${added ? 'extended' : 'corrected'}${when}: ${detail}` });
    }
  }
  return lines;
}

/** The one amending act this diff adds to an instrument, if exactly one: a consolidated text's changes come from it. */
function newActFor(diff: PackageDiff, current: Dataset, instrument: Instrument, names: Names): Instrument | undefined {
  const acts = diff.amendingActs.filter((a) => a.amends.includes(instrument.ref));
  if (acts.length !== 1) return undefined;
  return current.instruments.find((i) => i['@id'] === acts[0]!.id) ?? names.instrument(acts[0]!.id);
}

function textChangedIn(diff: PackageDiff, current: Dataset, act: Instrument): boolean {
  return diff.paragraphs.changed.some((c) => {
    const instrument = instrumentOfRef(current, c.ref);
    return instrument !== undefined && act.amends.includes(instrument['@id']);
  });
}

/** Removed, renamed and otherwise changed versions (added ones are amendments, above). */
function versionLines(diff: PackageDiff, tombstoned: ReadonlySet<string>, inName: (ref: string) => string): ChangeLine[] {
  const amended = new Set(diff.versions.added.map((v) => v.ref));
  const lines: ChangeLine[] = [];
  const from = (date: string | null) => (date ? `the version in force from ${longDate(date)}` : 'its undated version');
  for (const v of diff.versions.removed) {
    const kept = tombstoned.has(v.id);
    lines.push({ date: v.versionDate, refs: [v.ref], acts: v.amendedBy, bump: kept ? 'minor' : 'major', summary: `${inName(v.ref)}: ${from(v.versionDate)} removed from the data.` });
  }
  for (const v of [...diff.versions.renamed, ...diff.versions.changed]) {
    // an end date (and the IRI that carries it) set because a later version arrived is part of that amendment
    if (amended.has(v.ref)) continue;
    const what = [...('previousId' in v ? ['identifier changed'] : []), ...v.fields.map(describeField)].join('; ');
    if (what) lines.push({ date: null, refs: [v.ref], acts: [], bump: 'minor', summary: `${inName(v.ref)}, ${from(v.versionDate)}: ${what}.` });
  }
  return lines;
}

/**
 * Provision nodes a line above already covers: the paragraphs of an article removed or added
 * as a whole, the paragraphs an amendment added, and paragraphs added to or removed from a version.
 */
function provisionsNotDescribed(diff: PackageDiff): PackageDiff['provisions'] {
  const parent = (ref: string) => (ref.includes('/') ? ref.slice(0, ref.lastIndexOf('/')) : null);
  const removed = new Set(diff.provisions.removed.map((e) => e.ref));
  const covered = new Set([...diff.provisions.added.map((e) => e.ref), ...diff.versions.added.map((v) => v.ref)]);
  const paragraphs = new Set([...diff.paragraphs.added, ...diff.paragraphs.removed].map((p) => p.ref));
  return {
    removed: diff.provisions.removed.filter((e) => !removed.has(parent(e.ref) ?? '') && !paragraphs.has(e.ref)),
    added: diff.provisions.added.filter((e) => !covered.has(parent(e.ref) ?? '') && !paragraphs.has(e.ref)),
    changed: diff.provisions.changed,
  };
}

/**
 * The schema accepts the same data, with definitions named otherwise: types.d.ts declares one
 * type per definition, so a name dropped breaks code that imports it (major), a name added is
 * new API (minor), and otherwise nothing a consumer sees moved (patch).
 */
function schemaRewrittenLine({ added, removed }: PackageDiff['schemaNames']): ChangeLine {
  const named = (what: string, list: string[]) => (list.length > 0 ? [`${what} ${list.join(', ')}`] : []);
  const parts = [...named('names', added), ...named('no longer names', removed)];
  return {
    date: null, refs: [], acts: [],
    bump: removed.length > 0 ? 'major' : added.length > 0 ? 'minor' : 'patch',
    summary: `The data schema accepts the same data as before, written otherwise${parts.length > 0 ? `: it ${parts.join(' and ')} as definitions (and types)` : ''}.`,
  };
}
