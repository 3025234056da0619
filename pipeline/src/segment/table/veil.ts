/**
 * Veiling a cell's spaces before the HTML parser reads it. parse5 cuts text into a new
 * character token at every change between whitespace and anything else, and with positions
 * on (rehype-parse always asks for them) every token copies its text node's location: in
 * prose, that is most of what parsing a cell costs. In the elements a profile cell is written
 * with (paragraphs, lists, inline styles), the tree builder inserts a space exactly as it
 * inserts a letter; only table, frameset and foreign (svg, math) content tells them apart.
 * So a space in text, outside every tag, is read as a no-break space: one UTF-16 unit too, so
 * every position stays, and the text nodes are the same but for those units, which
 * `unveil` gives back.
 *
 * A cell is veiled only when the veil is sure to see its tags where the parser does: every
 * "<" opens a tag of a known element, with double-quoted attribute values free of "<" and ">".
 * Anything else (a comment, a stray "<", an unknown element) is read as written.
 */

const NBSP = '\u00a0';
const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;

/** The elements whose content treats a space and a letter alike (the table segmenter's whole grammar). */
const VEILABLE = new Set(['p', 'li', 'div', 'ul', 'ol', 'b', 'strong', 'i', 'em', 'span', 'u', 'sup', 'sub', 'br']);

/**
 * One tag, anchored at its "<": name, attributes (a name, maybe ="value"), an optional "/".
 * Linear: the name, attribute and value classes exclude whitespace and each other's ends.
 */
const SIMPLE_TAG = /<\/?([A-Za-z][A-Za-z0-9]*)(?:[\t\n\f\r ]+[A-Za-z-]+(?:="[^"<>]*")?)*[\t\n\f\r ]*\/?>/y;

/** The cell with every space outside its tags read as U+00A0; null when its markup is not simple enough to be sure. */
export function veilSpaces(source: string): string | null {
  // The cell's UTF-16 units, changed in place and decoded once: a string replace of every
  // space is several times slower on prose.
  const bytes = Buffer.from(source, 'utf16le');
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, source.length);
  let from = 0;
  for (let open = source.indexOf('<'); open !== -1; open = source.indexOf('<', from)) {
    SIMPLE_TAG.lastIndex = open;
    const tag = SIMPLE_TAG.exec(source);
    if (!tag || !VEILABLE.has(tag[1]!.toLowerCase())) return null;
    veilRange(units, from, open);
    from = SIMPLE_TAG.lastIndex;
  }
  veilRange(units, from, source.length);
  return bytes.toString('utf16le');
}

function veilRange(units: Uint16Array, from: number, to: number): void {
  for (let i = from; i < to; i++) if (units[i] === SPACE) units[i] = NO_BREAK_SPACE;
}

/**
 * A text node's value as written: `value` was read from a veiled cell, and its unit `i` starts
 * at `written[offsets[i]]` (the text the cell is part of, as written). A no-break space the cell
 * writes (or a reference to one) stays one.
 */
export function unveil(value: string, offsets: readonly number[], written: string): string {
  if (!value.includes(NBSP)) return value;
  let text = '';
  for (let i = 0; i < value.length; i++) text += value[i] === NBSP && written[offsets[i]!] === ' ' ? ' ' : value[i];
  return text;
}
