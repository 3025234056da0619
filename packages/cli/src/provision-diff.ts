/**
 * Comparing two versions of one provision, paragraph by paragraph (paired by number, never by
 * position), with a word diff of each paragraph (jsdiff's diffWordsWithSpace: whitespace is a
 * token of its own, so equal + deleted runs spell the old text and equal + inserted the new).
 * The CLI's own copy of what the pipeline's release/provision-diff does, so `diff <ref>` runs
 * from the installed data packages without the pipeline.
 */
import type { Version } from '@cyberlex/schema';
import { diffWordsWithSpace } from 'diff';
import { isDate } from './dates.js';
import { wrap, type Colours } from './terminal.js';

export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ParagraphDiff {
  number: string | null;
  kind: 'added' | 'removed' | 'modified' | 'unchanged';
  before: string | null;
  after: string | null;
  ops: WordOp[];
}

export interface VersionPoint {
  /** 1-based; null where no version was in force at the date asked for. */
  index: number | null;
  versionDate: string | null;
  validUntil: string | null;
  status: Version['status'] | 'not-in-force';
  amendedBy: string[];
}

export interface ProvisionDiff {
  ref: string;
  from: VersionPoint;
  to: VersionPoint;
  paragraphs: ParagraphDiff[];
}

/** A version spec that names no version of this provision (exit 1: not found). */
export class VersionSpecError extends Error {}

export function wordDiff(before: string, after: string): WordOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const ops: WordOp[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    if (change.value === '') continue;
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = ops.at(-1);
    if (last?.op === op) last.text += change.value;
    else ops.push({ op, text: change.value });
  }
  return ops;
}

// Paragraph numbers in reading order: 2 before 10, 1a after 1.
const byNumber = new Intl.Collator('en', { numeric: true }).compare;

export function diffParagraphs(from: readonly { number: string | null; text: string }[], to: readonly { number: string | null; text: string }[]): ParagraphDiff[] {
  const key = (p: { number: string | null }) => p.number ?? '';
  const before = new Map(from.map((p) => [key(p), p]));
  const after = new Map(to.map((p) => [key(p), p]));
  return [...new Set([...before.keys(), ...after.keys()])].sort(byNumber).map((k) => {
    const old = before.get(k);
    const now = after.get(k);
    const ops = wordDiff(old?.text ?? '', now?.text ?? '');
    const kind = !old ? 'added' : !now ? 'removed' : ops.every((o) => o.op === 'equal') ? 'unchanged' : 'modified';
    return { number: (now ?? old)!.number, kind, before: old?.text ?? null, after: now?.text ?? null, ops };
  });
}

const INDEX = /^[1-9][0-9]{0,5}$/;

/** True when a spec is shaped like a version (a number or a real date); anything else is a usage error. */
export function isVersionSpec(spec: string): boolean {
  return INDEX.test(spec) || isDate(spec);
}

/** A version by its number (1 = oldest) or a date (the version of that date, else the one in force then). */
export function pickVersion(versions: readonly Version[], spec: string | undefined, fallback: 'first' | 'latest'): { index: number | null; version: Version | null } {
  if (versions.length === 0) return { index: null, version: null };
  if (spec === undefined) {
    const index = fallback === 'first' ? 1 : versions.length;
    return { index, version: versions[index - 1]! };
  }
  if (INDEX.test(spec)) {
    const index = Number(spec);
    if (index > versions.length) throw new VersionSpecError(`version ${spec} does not exist (the provision has ${versions.length} version${versions.length === 1 ? '' : 's'})`);
    return { index, version: versions[index - 1]! };
  }
  let i = versions.findIndex((v) => v.versionDate === spec);
  if (i === -1) i = versions.findIndex((v) => (v.versionDate === null || v.versionDate <= spec) && (v.validUntil === null || spec < v.validUntil));
  return i === -1 ? { index: null, version: null } : { index: i + 1, version: versions[i]! };
}

export function diffProvision(ref: string, versions: readonly Version[], paragraph: string | null, from: string | undefined, to: string | undefined, actRef: (iri: string) => string): ProvisionDiff {
  const a = pickVersion(versions, from, 'first');
  const b = pickVersion(versions, to, 'latest');
  const only = (v: Version | null) => (v?.paragraphs ?? []).filter((p) => paragraph === null || p.number === paragraph);
  const point = (p: { index: number | null; version: Version | null }): VersionPoint => ({
    index: p.index,
    versionDate: p.version?.versionDate ?? null,
    validUntil: p.version?.validUntil ?? null,
    status: p.version?.status ?? 'not-in-force',
    amendedBy: (p.version?.amendedBy ?? []).map(actRef),
  });
  return { ref, from: point(a), to: point(b), paragraphs: diffParagraphs(only(a.version), only(b.version)) };
}

/** With colour, inserted words green and deleted red; without, wdiff's markers: [-deleted-]{+inserted+}. */
export function renderOps(ops: readonly WordOp[], c: Colours): string {
  return ops.map((o) => (o.op === 'equal' ? o.text : c.isColorSupported ? (o.op === 'insert' ? c.green(o.text) : c.red(o.text)) : o.op === 'insert' ? `{+${o.text}+}` : `[-${o.text}-]`)).join('');
}

function describePoint(p: VersionPoint): string {
  if (p.index === null) return 'not in force';
  const from = p.versionDate ? `from ${p.versionDate}` : 'undated';
  return `version ${p.index} (${from}${p.status === 'deleted' ? ', deleted' : ''}${p.amendedBy.length ? `, by ${p.amendedBy.join(', ')}` : ''})`;
}

export function renderProvisionDiff(diff: ProvisionDiff, c: Colours): string {
  const head = c.bold(`${diff.ref}: ${describePoint(diff.from)} → ${describePoint(diff.to)}`);
  if (diff.paragraphs.length === 0) return `${head}\n\n(no text in either version)`;
  return [head, ...diff.paragraphs.map((p) => wrap(`${p.number === null ? '' : `(${p.number}) `}[${p.kind}] ${renderOps(p.ops, c)}`))].join('\n\n');
}
