/**
 * A cell or line written as plain text, where the PDF conversion left markdown-ish markup:
 * `**strong**` (the profile marks changed words of an amended paragraph this way),
 * `*emphasis*`, and list lines "- a …". The markers are dropped from the text and kept as marks.
 */
import type { ExtractedSource } from '../../extract/types.js';
import { dropPrefix, type IndexedBlock, type LineIndex, makeBlock, type SourceRun } from './block.js';

export function plainBlock(doc: ExtractedSource, start: number, end: number, lines: LineIndex): IndexedBlock | null {
  const runs: SourceRun[] = [];
  let strong = false;
  let emphasis = false;
  let from = start;
  for (let i = start; i < end; i++) {
    if (doc.text[i] !== '*') continue;
    if (i > from) runs.push({ text: doc.text.slice(from, i), start: from, offsets: null, strong, emphasis });
    // A run of asterisks: two toggle strong, one toggles emphasis, three both.
    let run = 1;
    while (doc.text[i + run] === '*' && i + run < end) run++;
    if (run >= 2) strong = !strong;
    if (run % 2 === 1) emphasis = !emphasis;
    i += run - 1;
    from = i + 1;
  }
  if (end > from) runs.push({ text: doc.text.slice(from, end), start: from, offsets: null, strong, emphasis });
  const block = makeBlock(runs, 'line', lines);
  if (!block) return null;
  // "- a the criminal offences …": the dash is list markup, not text.
  return block.text.startsWith('- ') ? { ...dropPrefix(block, 2, lines), form: 'li' } : block;
}
