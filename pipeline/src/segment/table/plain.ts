/**
 * A cell or line written as plain text, where the PDF conversion left markdown-ish markup:
 * `**strong**` (the profile marks changed words of an amended paragraph this way),
 * `*emphasis*`, and list lines "- a …". The markers are dropped from the text and kept as marks.
 */
import type { ExtractedSource } from '../../extract/types.js';
import { dropPrefix, type IndexedBlock, type LineIndex, makeBlock, type SourceChar } from './block.js';

export function plainBlock(doc: ExtractedSource, start: number, end: number, lines: LineIndex): IndexedBlock | null {
  const chars: SourceChar[] = [];
  let strong = false;
  let emphasis = false;
  for (let i = start; i < end; i++) {
    const c = doc.text[i]!;
    if (c !== '*') {
      chars.push({ c, offset: i, strong, emphasis });
      continue;
    }
    // A run of asterisks: two toggle strong, one toggles emphasis, three both.
    let run = 1;
    while (doc.text[i + run] === '*' && i + run < end) run++;
    if (run >= 2) strong = !strong;
    if (run % 2 === 1) emphasis = !emphasis;
    i += run - 1;
  }
  const block = makeBlock(chars, 'line', lines);
  if (!block) return null;
  // "- a the criminal offences …": the dash is list markup, not text.
  return block.text.startsWith('- ') ? { ...dropPrefix(block, 2, lines), form: 'li' } : block;
}
