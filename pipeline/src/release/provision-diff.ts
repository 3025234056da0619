/**
 * Comparing two versions of one provision, paragraph by paragraph (paired by number, never
 * by position), with a word diff of each paragraph's text: what the explorer shows. (The CLI
 * keeps its own copy, packages/cli/src/provision-diff.ts, because its query commands never
 * load the pipeline.)
 */
import type { Paragraph } from '@cyberlex/schema';
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
