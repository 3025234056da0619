/**
 * The grammar of a consolidated law as these translations lay it out, one recogniser
 * per block kind. Each returns the parts it found, with offsets into the block's raw text,
 * or null. The state machine in ./index.ts decides what may follow what.
 *
 *   law        := LAW_LABEL TITLE GAZETTE chapter+ amending?
 *   chapter    := CHAPTER_HEADING (heading | article)+
 *   heading    := NUMBERED_HEADING article+
 *   article    := ARTICLE_HEADING (DELETED | paragraph+)
 *   paragraph  := TEXT item*
 *   item       := "- " N ")" TEXT
 *   amending   := AMENDING_HEADING GAZETTE article+
 */

export type LawBlock =
  | { kind: 'law-label' }
  | { kind: 'gazette'; gazette: string; numbers: string[] }
  | { kind: 'chapter'; number: string; title: string }
  | { kind: 'heading'; number: string; title: string }
  | { kind: 'article'; number: string }
  | { kind: 'deleted' }
  | { kind: 'item'; number: string; textStart: number }
  | { kind: 'amending'; title: string }
  | { kind: 'text' };

const GAZETTE = /^\(Official Gazette of (the [A-Za-z ]+?) No ([0-9]+\/[0-9]{4}(?: and [0-9]+\/[0-9]{4})*)\)$/;
const CHAPTER = /^([IVXLC]+) ([A-Z][A-Z ,'-]*[A-Z])$/;
const HEADING = /^([0-9]+)\. ([A-Z][^\n]*)$/;
const ARTICLE = /^Article ([0-9]+[a-z]?)$/;
const ITEM = /^- ([0-9]+)\) /;
const AMENDING = /^A separate Article of the (Amending Law [^\n]+)$/;

/** Classify one block by its text (markup removed, whitespace collapsed). Offsets index that text. */
export function classify(text: string): LawBlock {
  if (text === 'LAW') return { kind: 'law-label' };
  if (text === '(Deleted)') return { kind: 'deleted' };
  let m = GAZETTE.exec(text);
  if (m) return { kind: 'gazette', gazette: `Official Gazette of ${m[1]}`, numbers: m[2]!.split(' and ') };
  m = ARTICLE.exec(text);
  if (m) return { kind: 'article', number: m[1]! };
  m = CHAPTER.exec(text);
  if (m) return { kind: 'chapter', number: m[1]!, title: m[2]! };
  m = HEADING.exec(text);
  if (m) return { kind: 'heading', number: m[1]!, title: m[2]! };
  m = AMENDING.exec(text);
  if (m) return { kind: 'amending', title: m[1]! };
  m = ITEM.exec(text);
  if (m) return { kind: 'item', number: m[1]!, textStart: m[0].length };
  return { kind: 'text' };
}

/** The numeric part of an article number, for sequence checks ("185b" → 185). */
export function articleOrdinal(number: string): number {
  return Number.parseInt(number, 10);
}
