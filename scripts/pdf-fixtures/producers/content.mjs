/**
 * What the third-party fixtures print, taken from raw/ through the pipeline's own text
 * segmenters (pipeline/lib, compiled by `npm run build`): the first rows of the country
 * profile's table with the lines above it (its preamble), and the law's paragraphs, each
 * as blocks `{ text, marks }`. The producers' scripts turn these into HTML, ODF or
 * reportlab flowables; nothing is typed by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lawParagraphs, tableRowsOf, LAW_SOURCE, PROFILE_SOURCE } from '../make.mjs';

/** The profile's lines before its table (title, country, the note on how it was prepared). */
function preamble(text) {
  const firstRow = text.split('\n').findIndex((line) => line.includes('\t'));
  return text
    .split('\n')
    .slice(0, firstRow)
    .map((line) => line.replace(/\*/g, '').trim())
    .filter((line) => line !== '');
}

export function profileContent(root, rowCount) {
  const text = readFileSync(join(root, PROFILE_SOURCE), 'utf8');
  const rows = tableRowsOf(text).slice(0, rowCount).map((row) => row.cells.map((cell) => cell.blocks.map(({ text, marks }) => ({ text, marks }))));
  return { title: preamble(text), rows };
}

export function lawContent(root) {
  return lawParagraphs(readFileSync(join(root, LAW_SOURCE), 'utf8'));
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeXml = (s) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/**
 * A block's text as inline markup, its bold and italic runs wrapped in the tags `tags`
 * gives (HTML <b>/<i>, ODF spans, reportlab's <b>/<i>).
 */
export function inline(block, tags = { strong: ['<b>', '</b>'], emphasis: ['<i>', '</i>'] }) {
  const opens = new Map();
  const closes = new Map();
  for (const mark of block.marks) {
    opens.set(mark.start, [...(opens.get(mark.start) ?? []), tags[mark.kind][0]]);
    closes.set(mark.end, [tags[mark.kind][1], ...(closes.get(mark.end) ?? [])]);
  }
  let out = '';
  for (let i = 0; i <= block.text.length; i++) {
    out += (closes.get(i) ?? []).join('') + (opens.get(i) ?? []).join('');
    if (i < block.text.length) out += escapeXml(block.text[i]);
  }
  return out;
}

/**
 * Soft hyphens (U+00AD) inside long words, between groups of four letters: where a
 * publisher allows the words to break. Producers that honour them print a hyphen at a
 * line end there, so the extractor has hyphenation to undo.
 */
export function softHyphens(text) {
  return text.replace(/\p{L}{9,}/gu, (word) => word.replace(/(\p{L}{4})(?=\p{L}{4})/gu, '$1\u00ad'));
}
