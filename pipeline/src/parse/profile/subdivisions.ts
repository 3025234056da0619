/**
 * The grammar of a Convention article's body: numbered paragraphs ("1 Each Party …"),
 * unnumbered text, and sub-paragraphs lettered "a", "b" … with roman "i", "ii" … inside a
 * letter. A list opens after a colon (or right after a paragraph number: "3 a Each Party …");
 * the next label is only ever the next in sequence (the next letter, the next roman numeral,
 * or the letter after the one a roman list sits in), and inside a block it must follow "; ",
 * ": ", ", and " or ", or ". Text that resumes in lower case after a list closes the innermost
 * list and continues its parent ("… which system: i …, ii …, that Party may reserve …").
 */
import type { ProfileContext } from './context.js';
import { cut, type Piece, pieceText, textOf } from './pieces.js';

export interface ItemDraft {
  number: string;
  kind: 'letter' | 'roman';
  /** Offsets into the paragraph's text: where the item's text starts (after its label) and ends. */
  textStart: number;
  end: number;
  children: ItemDraft[];
}

export interface ParagraphDraft {
  number: string | null;
  /** The number as printed, where the paragraph is numbered. */
  label: Piece | null;
  pieces: Piece[];
  items: ItemDraft[];
}

export interface Renumbering {
  paragraph: ParagraphDraft;
  printed: string;
  previous: ParagraphDraft;
}

const PARAGRAPH_NUMBER = /^(\d{1,2}) (?=["“A-Z]|[a-z] \S)/;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
/** What a label may follow inside a block, its space included. */
const SEPARATORS = [': ', '; ', ', and ', ', or ', '; and ', '; or '];

/** Split an article's body (its blocks, as pieces) into paragraphs with their sub-paragraphs. */
export function paragraphsOf(units: readonly Piece[], pc: ProfileContext): { paragraphs: ParagraphDraft[]; renumbered: Renumbering[] } {
  const paragraphs: ParagraphDraft[] = [];
  const renumbered: Renumbering[] = [];
  let lastNumbered: ParagraphDraft | null = null;
  for (const unit of units) {
    const text = pieceText(unit);
    const numbered = PARAGRAPH_NUMBER.exec(text);
    const current = paragraphs[paragraphs.length - 1];
    if (numbered) {
      const label = cut([unit], 0, numbered[1]!.length)[0]!;
      const rest = cut([unit], numbered[0].length, text.length);
      let number = numbered[1]!;
      const draft: ParagraphDraft = { number, label, pieces: rest, items: [] };
      // A number that does not rise is a misprint: number the paragraph by its place, keep what is printed.
      if (lastNumbered && Number(number) <= Number(lastNumbered.number)) {
        renumbered.push({ paragraph: draft, printed: number, previous: lastNumbered });
        number = String(Number(lastNumbered.number) + 1);
        draft.number = number;
      }
      paragraphs.push(draft);
      lastNumbered = draft;
    } else if (current && /^[a-z]/.test(text)) {
      current.pieces.push(unit);
    } else {
      paragraphs.push({ number: null, label: null, pieces: [unit], items: [] });
    }
  }
  for (const p of paragraphs) {
    if (p.pieces.length === 0) pc.fail(p.label!, 'the text of a numbered paragraph');
    p.items = itemsOf(p);
  }
  return { paragraphs, renumbered };
}

type Action = 'root' | 'child' | 'sibling' | 'parent-sibling';
interface Candidate {
  label: string;
  kind: ItemDraft['kind'];
  action: Action;
}

/** One character of what `trimEnd` removes. */
const WHITESPACE = /^\s$/;

/** `text.slice(0, pos).trimEnd().endsWith(':')`, read backwards from `pos` without copying the text before it. */
function endsWithColon(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && WHITESPACE.test(text[i]!)) i--;
  return i >= 0 && text[i] === ':';
}

/** The text before `pos` ends with a separator. Each ends in ":", ";", "and" or "or" and a space: one character rules out most places. */
const followsSeparator = (text: string, pos: number): boolean => {
  const last = text[pos - 2];
  if (last !== ':' && last !== ';' && last !== 'd' && last !== 'r') return false;
  return SEPARATORS.some((s) => pos >= s.length && text.startsWith(s, pos - s.length));
};

const nextLetter = (l: string) => String.fromCharCode(l.charCodeAt(0) + 1);
const nextRoman = (r: string) => ROMAN[ROMAN.indexOf(r) + 1] ?? '';

function itemsOf(paragraph: ParagraphDraft): ItemDraft[] {
  const text = textOf(paragraph.pieces);
  /** Where each piece starts in `text`, rising. */
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraph.pieces) {
    starts.push(offset);
    offset += p.end - p.start + 1;
  }
  const roots: ItemDraft[] = [];
  const stack: ItemDraft[] = [];

  const candidates = (pos: number): Candidate[] => {
    const opener = endsWithColon(text, pos) || (pos === 0 && paragraph.number !== null);
    const top = stack[stack.length - 1];
    if (!top) return opener ? [{ label: 'a', kind: 'letter', action: 'root' }] : [];
    if (top.kind === 'letter') {
      const list: Candidate[] = opener ? [{ label: 'i', kind: 'roman', action: 'child' }] : [];
      return [...list, { label: nextLetter(top.number), kind: 'letter', action: 'sibling' }];
    }
    const parent = stack[stack.length - 2]!;
    return [
      { label: nextRoman(top.number), kind: 'roman', action: 'sibling' },
      { label: nextLetter(parent.number), kind: 'letter', action: 'parent-sibling' },
    ];
  };

  const close = (pos: number) => {
    stack.pop()!.end = pos;
  };

  const accept = (pos: number): boolean => {
    const found = candidates(pos).find((c) => c.label !== '' && text.startsWith(`${c.label} `, pos) && text.length > pos + c.label.length + 1);
    if (!found) return false;
    if (found.action === 'sibling') close(pos);
    if (found.action === 'parent-sibling') {
      close(pos);
      close(pos);
    }
    const item: ItemDraft = { number: found.label, kind: found.kind, textStart: pos + found.label.length + 1, end: -1, children: [] };
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(item);
    stack.push(item);
    return true;
  };

  // A label stands at a piece start or right after a separator's space: only those places are visited, in order.
  let k = 0;
  let nextStart = starts[0] ?? text.length;
  for (let pos = 0; pos < text.length; ) {
    if (pos === nextStart) {
      nextStart = starts[++k] ?? text.length;
      // Lower-case text that is no label resumes after a list: it closes the innermost list.
      if (!accept(pos) && pos > 0 && /^[a-z]/.test(text.slice(pos, pos + 1)) && stack.length > 0) close(pos);
    } else if (followsSeparator(text, pos)) accept(pos);
    const space = text.indexOf(' ', pos);
    pos = Math.min(space === -1 ? text.length : space + 1, nextStart);
  }
  while (stack.length > 0) close(text.length);
  return roots;
}
