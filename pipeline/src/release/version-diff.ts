/**
 * Provisions across two builds: the provision nodes, their versions and the paragraphs of
 * each version, compared by id. A version whose IRI changed only because its end date became
 * known (an undated version is `…/v/undated`, then `…/v/until-<date>` once a later version
 * arrives) is paired by the work it realizes and its start date, and reported as renamed.
 */
import type { Paragraph, Provision, Version } from '@cyberlex/schema';
import { canonical, diffNodes, fieldChanges, sortDelta, type ChangedNode, type Delta, type NodeEntry } from './node-diff.js';
import type { Names } from './names.js';
import { diffParagraphs, type ParagraphDiff } from './provision-diff.js';
import { wordDiff, type WordOp } from './word-diff.js';

export interface VersionEntry extends NodeEntry {
  versionDate: string | null;
  validUntil: string | null;
  status: Version['status'];
  /** Refs of the amending acts. */
  amendedBy: string[];
  /** For an added version: its paragraphs against the version before it in the current data. */
  paragraphs?: ParagraphDiff[];
  /** For an added version: whether the current data has a version before it. */
  hasPrevious?: boolean;
}

export interface ChangedVersion extends ChangedNode {
  versionDate: string | null;
}

export interface RenamedVersion extends ChangedVersion {
  previousId: string;
}

export interface ParagraphEntry extends NodeEntry {
  /** The versionDate of the version it belongs to. */
  version: string | null;
  text: string;
}

export interface ParagraphChange extends ChangedNode {
  version: string | null;
  before: string;
  after: string;
  ops: WordOp[];
}

export interface VersionDelta {
  added: VersionEntry[];
  removed: VersionEntry[];
  renamed: RenamedVersion[];
  changed: ChangedVersion[];
}

export interface ParagraphDelta {
  added: ParagraphEntry[];
  removed: ParagraphEntry[];
  changed: ParagraphChange[];
}

export interface ProvisionsDiff {
  provisions: Delta;
  versions: VersionDelta;
  paragraphs: ParagraphDelta;
  provenanceOnly: number;
}

export function diffProvisions(base: readonly Provision[], current: readonly Provision[], names: Names): ProvisionsDiff {
  const nodes = diffNodes(base, current, { ref: (p) => p.ref, names, skip: ['versions'] });
  const out: ProvisionsDiff = {
    provisions: nodes.delta,
    versions: { added: [], removed: [], renamed: [], changed: [] },
    paragraphs: { added: [], removed: [], changed: [] },
    provenanceOnly: nodes.provenanceOnly,
  };
  const before = new Map(base.map((p) => [p['@id'], p]));
  for (const provision of current) {
    const old = before.get(provision['@id']);
    if (old) diffVersions(old, provision, names, out);
  }
  sortDelta(out.versions);
  out.versions.renamed.sort((a, b) => (a.id < b.id ? -1 : 1));
  sortDelta(out.paragraphs);
  return out;
}

function diffVersions(old: Provision, now: Provision, names: Names, out: ProvisionsDiff): void {
  const previous = new Map(old.versions.map((v) => [v['@id'], v]));
  const unmatchedOld = old.versions.filter((v) => !now.versions.some((w) => w['@id'] === v['@id']));
  for (const [index, version] of now.versions.entries()) {
    let match = previous.get(version['@id']);
    if (!match) {
      const renamedFrom = unmatchedOld.find((v) => v.versionDate === version.versionDate && v.realizes === version.realizes);
      if (renamedFrom) {
        unmatchedOld.splice(unmatchedOld.indexOf(renamedFrom), 1);
        const fields = fieldChanges(renamedFrom, version, names, ['paragraphs', '@id']);
        out.versions.renamed.push({ id: version['@id'], previousId: renamedFrom['@id'], ref: now.ref, versionDate: version.versionDate, fields });
        match = renamedFrom;
      }
    }
    if (!match) {
      const before = index > 0 ? now.versions[index - 1]! : null;
      out.versions.added.push({
        ...versionEntry(now, version, names),
        paragraphs: diffParagraphs(before?.paragraphs ?? [], version.paragraphs),
        hasPrevious: before !== null,
      });
      continue;
    }
    if (match['@id'] === version['@id']) {
      const fields = fieldChanges(match, version, names, ['paragraphs']);
      if (fields.length > 0) out.versions.changed.push({ id: version['@id'], ref: now.ref, versionDate: version.versionDate, fields });
      else if (canonical(match.provenance) !== canonical(version.provenance)) out.provenanceOnly++;
    }
    diffVersionParagraphs(now, match, version, names, out);
  }
  for (const version of unmatchedOld) out.versions.removed.push(versionEntry(old, version, names));
}

function versionEntry(provision: Provision, v: Version, names: Names): VersionEntry {
  return { id: v['@id'], ref: provision.ref, versionDate: v.versionDate, validUntil: v.validUntil, status: v.status, amendedBy: v.amendedBy.map(names.ref) };
}

/** Paragraphs of two matched versions, paired by the paragraph they realize (stable when a version is renamed). */
function diffVersionParagraphs(provision: Provision, old: Version, now: Version, names: Names, out: ProvisionsDiff): void {
  const key = (p: Paragraph) => `${p.realizes} ${p.number ?? ''}`;
  const before = new Map(old.paragraphs.map((p) => [key(p), p]));
  const after = new Set(now.paragraphs.map(key));
  const ref = (p: Paragraph) => (p.number === null ? provision.ref : `${provision.ref}/${p.number}`);
  const entry = (p: Paragraph, v: Version): ParagraphEntry => ({ id: p['@id'], ref: ref(p), version: v.versionDate, text: p.text });
  for (const p of now.paragraphs) {
    const o = before.get(key(p));
    if (!o) {
      out.paragraphs.added.push(entry(p, now));
      continue;
    }
    // the paragraph's own id follows its version's, so a renamed version renames it too: not a change of its own
    const fields = fieldChanges(o, p, names, ['text', '@id']);
    if (o.text !== p.text || fields.length > 0) {
      out.paragraphs.changed.push({ id: p['@id'], ref: ref(p), version: now.versionDate, before: o.text, after: p.text, ops: wordDiff(o.text, p.text), fields });
    } else if (o['@id'] === p['@id'] && canonical(o.provenance) !== canonical(p.provenance)) {
      out.provenanceOnly++;
    }
  }
  for (const o of old.paragraphs) if (!after.has(key(o))) out.paragraphs.removed.push(entry(o, old));
}
