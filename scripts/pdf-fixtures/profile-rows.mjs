/**
 * The logical rows of the country profile's two-column table, read the simple way:
 * every line with a TAB is `left<TAB>right`; a line whose left part is empty continues
 * the right cell of the row above; any other non-blank line after the first row is
 * appended to the right cell (the text source cannot say which column such a line
 * belonged to; the text segmenter `segmentTable` decides that properly). Lines before
 * the first row (the profile's cover text) are not part of the table.
 *
 * The result has the shape of `Table` (pipeline/src/segment/types.ts) as far as the
 * PDF writer needs it — rows of two cells of blocks `{ text, marks }` — so the fixture
 * script can switch to `segmentTable` once it exists (see make.mjs, `tableRowsOf`).
 */

/** @typedef {{ kind: 'strong' | 'emphasis', start: number, end: number }} Mark */
/** @typedef {{ text: string, marks: Mark[] }} Block */
/** @typedef {{ cells: [{ blocks: Block[] }, { blocks: Block[] }] }} Row */

/** @returns {{ rows: Row[] }} */
export function readProfileRows(text) {
  /** @type {{ left: string[], right: string[] }[]} */
  const raw = [];
  for (const line of text.split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab === -1) {
      if (line.trim() !== '' && raw.length > 0) raw[raw.length - 1].right.push(line);
      continue;
    }
    const left = line.slice(0, tab);
    const right = line.slice(tab + 1);
    if (left.trim() === '' && raw.length > 0) raw[raw.length - 1].right.push(right);
    else raw.push({ left: [left], right: [right] });
  }
  return {
    rows: raw.map(({ left, right }) => ({
      cells: [{ blocks: left.flatMap(cellBlocks) }, { blocks: right.flatMap(cellBlocks) }],
    })),
  };
}

const TAG = /^<(\/?)([a-z]+)[^<>]*>/i;
const BLOCK_TAGS = new Set(['p', 'li', 'ul', 'ol', 'br', 'div']);

/**
 * The paragraphs of one piece of a cell: `<p>`-delimited (text outside any `<p>` is a
 * paragraph too), tags removed, `<i>` and `*x*` as emphasis, `**x**` as strong,
 * whitespace collapsed.
 * @returns {Block[]}
 */
export function cellBlocks(html) {
  /** @type {Block[]} */
  const blocks = [];
  let text = '';
  /** @type {Mark[]} */
  let marks = [];
  /** @type {Partial<Record<Mark['kind'], number>>} */
  const open = {};
  let pendingSpace = false;
  const flush = () => {
    for (const kind of /** @type {const} */ (['strong', 'emphasis'])) {
      const start = open[kind];
      if (start !== undefined && text.length > start) marks.push({ kind, start, end: text.length });
      if (start !== undefined) open[kind] = 0;
    }
    if (text !== '') blocks.push({ text, marks: marks.sort((a, b) => a.start - b.start) });
    text = '';
    marks = [];
    pendingSpace = false;
  };
  const toggle = (kind, on) => {
    const start = open[kind];
    if (on && start === undefined) open[kind] = text.length + (pendingSpace && text !== '' ? 1 : 0);
    if (!on && start !== undefined) {
      if (text.length > start) marks.push({ kind, start, end: text.length });
      delete open[kind];
    }
  };
  for (let i = 0; i < html.length; i++) {
    const c = html[i];
    if (c === '<') {
      const tag = TAG.exec(html.slice(i, i + 200));
      if (tag) {
        const name = tag[2].toLowerCase();
        if (BLOCK_TAGS.has(name)) flush();
        else if (name === 'i' || name === 'em') toggle('emphasis', tag[1] === '');
        else if (name === 'b' || name === 'strong') toggle('strong', tag[1] === '');
        i += tag[0].length - 1;
        continue;
      }
    }
    if (c === '*') {
      const kind = html[i + 1] === '*' ? 'strong' : 'emphasis';
      if (kind === 'strong') i++;
      toggle(kind, open[kind] === undefined);
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\u00a0') {
      pendingSpace = text !== '';
      continue;
    }
    if (pendingSpace) text += ' ';
    pendingSpace = false;
    text += c;
  }
  flush();
  return blocks;
}
