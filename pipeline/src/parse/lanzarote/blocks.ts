/**
 * The reply's body as blocks: a paragraph with the bulleted items that follow it, grouped
 * under the section headings ("Legal framework:", "Institutional framework", "Results achieved").
 *
 *   body    := block* (HEADING block*)* SIGNATURE?
 *   block   := PARAGRAPH ITEM* | ITEM+          (items straight after a heading have no lead)
 *   HEADING := a capitalised phrase of at most four words, no full stop
 */
import type { Reader } from '../kit/fact.js';
import { textOf, trim, type Segment } from '../kit/text.js';
import { isBullet } from './layout.js';

const HEADING = /^[A-Z][a-z]+(?: [a-z]+){0,3}:?$/;
/** The signature line, in Serbian Cyrillic capitals. */
const SIGNATURE = /^[\u0400-\u04ff][\u0400-\u04ff ]*$/;

export interface Block {
  /** The heading of the section it is in (its text), or null before the first heading. */
  section: string | null;
  lead: Segment | null;
  items: Segment[];
}

export interface Body {
  blocks: Block[];
  signature: Segment | null;
}

/** Cut the paragraphs from `start` on into blocks and sections. */
export function bodyBlocks(r: Reader, body: readonly Segment[]): Body {
  const blocks: Block[] = [];
  let section: string | null = null;
  let signature: Segment | null = null;
  for (const para of body) {
    const text = textOf(r.lt, para);
    if (signature) r.fail(para.from, 'nothing after the signature', text);
    if (SIGNATURE.test(text)) {
      signature = para;
    } else if (isBullet(text)) {
      const item = trim(r.lt, { from: para.from + 1, to: para.to });
      const last = blocks.at(-1);
      if (last && last.section === section) last.items.push(item);
      else blocks.push({ section, lead: null, items: [item] });
    } else if (HEADING.test(text)) {
      section = text.replace(/:$/, '');
    } else {
      blocks.push({ section, lead: para, items: [] });
    }
  }
  return { blocks, signature };
}
