/**
 * A cell written as HTML fragments (`<p>`, `<i>`, `<ul>`, `<p style=…>`): parsed with
 * rehype-parse in fragment mode, never by stripping tags. Every `<p>` or `<li>` is a block;
 * text directly inside a `<ul>` (the PDF conversion put list items there without `<li>`)
 * is a list block; loose text at the top is a line block. Offsets come from the hast
 * nodes' positions, so each character keeps its place in the raw text. The parser reads a
 * cell with its spaces veiled where that is sure to give the same tree (`veil.ts`): faster.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { ExtractedSource } from '../../extract/types.js';
import { isAsciiAlphanumeric } from '../../model/ascii.js';
import { sourceErrorAt } from '../../extract/types.js';
import type { Block } from '../types.js';
import { type IndexedBlock, type LineIndex, makeBlock, type SourceRun } from './block.js';
import { unveil, veilSpaces } from './veil.js';

const parser = unified().use(rehypeParse, { fragment: true });

const BLOCK_TAGS = new Set(['p', 'li', 'div']);
const LIST_TAGS = new Set(['ul', 'ol']);
const STRONG_TAGS = new Set(['b', 'strong']);
const EMPHASIS_TAGS = new Set(['i', 'em']);
const INLINE_TAGS = new Set([...STRONG_TAGS, ...EMPHASIS_TAGS, 'span', 'u', 'sup', 'sub', 'br']);
/** The source never closes its lists; every other element must be closed, or the cell was cut off. */
const MAY_STAY_OPEN = new Set([...LIST_TAGS, 'br']);

interface Style {
  strong: boolean;
  emphasis: boolean;
}

/** A cell as written, and the text rehype-parse reads for it: the same, or with its spaces veiled (`veil.ts`). */
export interface CellText {
  doc: ExtractedSource;
  /** The cell's offset in `doc.text`. */
  start: number;
  source: string;
  parsed: string;
}

/** Blocks of one HTML cell. `start` is the cell's offset in `doc.text`. */
export function htmlBlocks(doc: ExtractedSource, start: number, end: number, lines: LineIndex): IndexedBlock[] {
  const source = doc.text.slice(start, end);
  const lastOpen = source.lastIndexOf('<');
  if (lastOpen > source.lastIndexOf('>')) throw sourceErrorAt(doc, start + lastOpen, 'a complete HTML tag', source.slice(lastOpen));
  checkNesting(doc, start, source);
  const veiled = veilSpaces(source);
  if (veiled !== null) {
    try {
      return readCell({ doc, start, source, parsed: veiled }, lines);
    } catch {
      // The grammar rejects the cell: it is read again as written, so that the error quotes it as written.
    }
  }
  return readCell({ doc, start, source, parsed: source }, lines);
}

/** The blocks of rehype-parse's tree of `cell.parsed`; veiled or not, the same blocks (a property the tests check). */
export function readCell(cell: CellText, lines: LineIndex): IndexedBlock[] {
  const { doc, start, source } = cell;
  const tree = parser.parse(cell.parsed) as Root;
  const blocks: IndexedBlock[] = [];
  let loose: SourceRun[] = [];
  let looseForm: Block['form'] = 'line';

  const flush = () => {
    const block = makeBlock(loose, looseForm, lines);
    if (block) blocks.push(block);
    loose = [];
  };

  const checkClosed = (el: Element) => {
    const pos = el.position;
    if (!pos?.end || MAY_STAY_OPEN.has(el.tagName)) return;
    const close = `</${el.tagName}>`;
    const endOffset = pos.end.offset ?? 0;
    if (endOffset >= close.length && source.startsWith(close, endOffset - close.length)) return; // as written, in lower case: the usual
    if (source.slice(endOffset - close.length, endOffset).toLowerCase() !== close) {
      throw sourceErrorAt(doc, start + endOffset, `"${close}" closing the <${el.tagName}> opened at column ${pos.start.column}`, source.slice(endOffset - 20, endOffset));
    }
  };

  const inline = (node: RootContent, style: Style, into: SourceRun[]) => {
    if (node.type === 'text') {
      into.push(textRun(cell, node, style));
      return;
    }
    if (node.type !== 'element') return;
    if (!INLINE_TAGS.has(node.tagName)) {
      throw sourceErrorAt(doc, start + (node.position?.start.offset ?? 0), `inline markup (<i>, <b>) inside a paragraph`, `<${node.tagName}>`);
    }
    checkClosed(node);
    const inner = { strong: style.strong || STRONG_TAGS.has(node.tagName), emphasis: style.emphasis || EMPHASIS_TAGS.has(node.tagName) };
    for (const child of node.children) inline(child, inner, into);
  };

  const container = (nodes: readonly RootContent[], form: Block['form']) => {
    for (const node of nodes) {
      if (node.type === 'element' && (BLOCK_TAGS.has(node.tagName) || LIST_TAGS.has(node.tagName))) {
        flush();
        checkClosed(node);
        if (LIST_TAGS.has(node.tagName)) {
          container(node.children, 'li');
          flush();
          looseForm = form;
          continue;
        }
        const runs: SourceRun[] = [];
        for (const child of node.children) inline(child, { strong: false, emphasis: false }, runs);
        const block = makeBlock(runs, node.tagName === 'li' ? 'li' : 'p', lines);
        if (block) blocks.push(block);
        continue;
      }
      looseForm = form;
      inline(node, { strong: false, emphasis: false }, loose);
    }
    flush();
  };

  container(tree.children, 'line');
  return blocks;
}

/**
 * A text node as a run with its raw offsets. Where the node's value is its raw text, the run
 * is that span; otherwise each unit is mapped: a character reference (`&amp;`) to where it
 * starts, a CRLF (which the parser reads as LF) to its CR. The run's text is as written.
 */
function textRun(cell: CellText, node: Text, style: Style): SourceRun {
  const { doc, parsed } = cell;
  const veiled = parsed !== cell.source;
  const from = node.position?.start.offset;
  const to = node.position?.end?.offset;
  if (from === undefined || to === undefined) throw new Error('rehype-parse gave a text node without a position');
  const stray = node.value.indexOf('<');
  if (stray !== -1) throw sourceErrorAt(doc, cell.start + from + stray, 'a complete HTML tag', node.value.slice(stray, stray + 20));
  const base = cell.start + from;
  // The usual text node is its raw text: compared in place (as written, it is a slice of the cell).
  if (to - from === node.value.length && parsed.startsWith(node.value, from)) {
    const text = veiled ? cell.source.slice(from, to) : node.value;
    return { text, start: base, offsets: null, strong: style.strong, emphasis: style.emphasis };
  }
  const raw = parsed.slice(from, to);
  const offsets: number[] = [];
  let r = 0;
  for (let v = 0; v < node.value.length; v++) {
    const c = node.value[v];
    offsets.push(base + r);
    const reference = raw[r] === '&' ? referenceAt(raw, r) : null;
    if (reference !== null && !node.value.startsWith(reference, v)) {
      // A reference the parser decoded (one it does not know stays as written, and reads as itself).
      // It can stand for two units (a character outside the BMP): both map to it.
      if (isHighSurrogate(node.value.charCodeAt(v))) {
        offsets.push(base + r);
        v++;
      }
      r += reference.length;
    } else if (raw[r] === c) r++;
    else if (c === '\n' && raw[r] === '\r') r += raw[r + 1] === '\n' ? 2 : 1;
    else throw sourceErrorAt(doc, base + r, `text that reads the same as its markup-free form`, raw.slice(r, r + 20));
  }
  const text = veiled ? unveil(node.value, offsets, doc.text) : node.value;
  return { text, start: base, offsets, strong: style.strong, emphasis: style.emphasis };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A character reference at `at` ("&amp;", "&#38;", "&#x26;", legacy "&copy" without ";"), anchored there. */
const REFERENCE = /&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});?/y;
function referenceAt(raw: string, at: number): string | null {
  REFERENCE.lastIndex = at;
  return REFERENCE.exec(raw)?.[0] ?? null;
}

/**
 * The table's fragments nest a few levels (a list in a paragraph); a cell nested deeper than
 * MAX_NESTING is not this document's grammar, and the HTML parser would recurse once per level.
 * A linear scan of open and close tags, before parsing.
 */
const MAX_NESTING = 64;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);

function checkNesting(doc: ExtractedSource, start: number, source: string): void {
  let depth = 0;
  /** The first ">" at or after the tag name last read (`source.length` if none): searched once per run of tags, not once per "<". */
  let gt = -1;
  for (let i = source.indexOf('<'); i !== -1; i = source.indexOf('<', i + 1)) {
    const close = source[i + 1] === '/';
    const from = i + (close ? 2 : 1);
    let j = from;
    while (j < source.length && isAsciiAlphanumeric(source.charCodeAt(j))) j++;
    if (j === from) continue;
    const name = source.slice(from, j).toLowerCase();
    if (VOID.has(name)) continue;
    if (gt < j) {
      const next = source.indexOf('>', j);
      gt = next === -1 ? source.length : next;
    }
    if (gt < source.length && source[gt - 1] === '/') continue;
    depth += close ? -1 : 1;
    if (depth > MAX_NESTING) throw sourceErrorAt(doc, start + i, `HTML fragments nested at most ${MAX_NESTING} deep`, source.slice(i, i + 40));
  }
}
