/**
 * Word-level diff of two texts (jsdiff's `diffWordsWithSpace`: words, punctuation and runs of
 * whitespace are tokens), as a list of operations. Whitespace is a token of its own so the
 * operations reproduce both texts exactly: equal + delete spell the old text, equal + insert
 * the new one.
 */
import { diffWordsWithSpace } from 'diff';

export type WordOpKind = 'equal' | 'insert' | 'delete';

export interface WordOp {
  op: WordOpKind;
  text: string;
}

export function wordDiff(before: string, after: string): WordOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const ops: WordOp[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    if (change.value === '') continue;
    const op: WordOpKind = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = ops.at(-1);
    // jsdiff can split one run into neighbours of the same kind; one op per run reads better
    if (last?.op === op) last.text += change.value;
    else ops.push({ op, text: change.value });
  }
  return ops;
}

/** The old text the operations describe (equal and deleted runs). */
export function oldText(ops: readonly WordOp[]): string {
  return ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
}

/** The new text the operations describe (equal and inserted runs). */
export function newText(ops: readonly WordOp[]): string {
  return ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');
}

/** Apply the operations to the old text: checks that it is the text they were made from, returns the new one. */
export function applyWordOps(before: string, ops: readonly WordOp[]): string {
  let at = 0;
  let out = '';
  for (const o of ops) {
    if (o.op === 'insert') {
      out += o.text;
      continue;
    }
    if (before.slice(at, at + o.text.length) !== o.text) {
      throw new Error(`word diff does not apply at offset ${at}: expected "${o.text}", found "${before.slice(at, at + o.text.length)}"`);
    }
    at += o.text.length;
    if (o.op === 'equal') out += o.text;
  }
  if (at !== before.length) throw new Error(`word diff leaves ${before.length - at} characters of the old text unaccounted for`);
  return out;
}

export function isUnchanged(ops: readonly WordOp[]): boolean {
  return ops.every((o) => o.op === 'equal');
}
