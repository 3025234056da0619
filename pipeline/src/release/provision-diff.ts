/**
 * Comparing two versions of one provision, paragraph by paragraph (paired by number, never
 * by position), with a word diff of each paragraph's text.
 */
import type { Paragraph, Provision, Version } from '@cyberlex/schema';
import { refSortKey } from '../emit/dataset.js';
import { isUnchanged, wordDiff, type WordOp } from './word-diff.js';

export type ParagraphChangeKind = 'added' | 'removed' | 'modified' | 'unchanged';

export interface ParagraphDiff {
  /** Paragraph number; null for an article's unnumbered text. */
  number: string | null;
  kind: ParagraphChangeKind;
  before: string | null;
  after: string | null;
  ops: WordOp[];
}

type ParagraphText = Pick<Paragraph, 'number' | 'text'>;

export function diffParagraphs(from: readonly ParagraphText[], to: readonly ParagraphText[]): ParagraphDiff[] {
  const key = (p: ParagraphText) => p.number ?? '';
  const before = new Map(from.map((p) => [key(p), p]));
  const after = new Map(to.map((p) => [key(p), p]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => compare(refSortKey(a), refSortKey(b)));
  return keys.map((k) => {
    const old = before.get(k);
    const now = after.get(k);
    const number = (now ?? old)!.number;
    const ops = wordDiff(old?.text ?? '', now?.text ?? '');
    const kind: ParagraphChangeKind = !old ? 'added' : !now ? 'removed' : isUnchanged(ops) ? 'unchanged' : 'modified';
    return { number, kind, before: old?.text ?? null, after: now?.text ?? null, ops };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A version as the diff names it: its place among the provision's versions (1 = oldest) and its dates. */
export interface VersionPoint {
  /** 1-based; null where the provision was not in force at the date asked for. */
  index: number | null;
  versionDate: string | null;
  validUntil: string | null;
  status: Version['status'] | 'not-in-force';
  amendedBy: string[];
}

export class VersionSpecError extends Error {
  override readonly name = 'VersionSpecError';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INDEX = /^[1-9][0-9]*$/;

/**
 * Pick a version by a spec: its index (1..n, oldest first), its versionDate, or any date
 * (the version in force then; a version with no start date counts as in force from the
 * beginning, as the accessor reads it). Undefined picks `fallback`.
 */
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
  if (!DATE.test(spec)) throw new VersionSpecError(`a version is its number (1..${versions.length}) or a date YYYY-MM-DD, not "${spec}"`);
  let i = versions.findIndex((v) => v.versionDate === spec);
  if (i === -1) i = versions.findIndex((v) => (v.versionDate === null || v.versionDate <= spec) && (v.validUntil === null || spec < v.validUntil));
  return i === -1 ? { index: null, version: null } : { index: i + 1, version: versions[i]! };
}

export interface ProvisionDiff {
  ref: string;
  from: VersionPoint;
  to: VersionPoint;
  paragraphs: ParagraphDiff[];
}

/**
 * The word diff of a provision between two versions (defaults: the first and the latest).
 * For a paragraph ref, only that paragraph. `actRef` names amending acts by ref.
 */
export function diffProvision(
  article: Provision,
  options: { ref?: string; paragraph?: string | null; from?: string; to?: string; actRef?: (iri: string) => string } = {},
): ProvisionDiff {
  const from = pickVersion(article.versions, options.from, 'first');
  const to = pickVersion(article.versions, options.to, 'latest');
  const only = (v: Version | null) => (v?.paragraphs ?? []).filter((p) => options.paragraph == null || p.number === options.paragraph);
  const point = (p: { index: number | null; version: Version | null }): VersionPoint => ({
    index: p.index,
    versionDate: p.version?.versionDate ?? null,
    validUntil: p.version?.validUntil ?? null,
    status: p.version?.status ?? 'not-in-force',
    amendedBy: (p.version?.amendedBy ?? []).map(options.actRef ?? ((iri) => iri)),
  });
  return { ref: options.ref ?? article.ref, from: point(from), to: point(to), paragraphs: diffParagraphs(only(from.version), only(to.version)) };
}
