/**
 * The citation grammar of the national answers, over tokens:
 *
 *   citation  := chapter | articles | ordinal PARAGRAPH | PARAGRAPH numbers
 *   chapter   := "Chapter" N [name]
 *   articles  := ARTICLE ["(s)"] [":"] item (sep item)*
 *   item      := N ["-" N] [name] [[","] PARAGRAPH numbers | numbers]
 *   numbers   := N (sep N)*            (stops before an N that "paragraph" follows: that one is an article)
 *   sep       := "," | "and" | ", and"
 *   name      := "(" quote ")" | [","] ["named as"] quote
 *
 * "article 300 paragraph 1, 2 and 3 and article 302 1 and 2" → 300/1, 300/2, 300/3, 302/1, 302/2;
 * "in paragraph 17, 18 …" after "article 112 of …" and "the first paragraph" take the last article cited.
 *
 * Which instrument a citation is of: the name right after its run of citations ("… of CCRS",
 * "article 185 Penal code"); else the last name before it in the answer; else the first name
 * after it; else the instrument the answers spoke of last (the profile's rows run on).
 */
import { type Token, tokenize } from './citation-tokens.js';
import type { Mention, ProfileInstruments } from './instruments.js';

export interface Citation {
  kind: 'article' | 'chapter';
  instrument: string;
  /** Article numbers (a range spelled out), or the chapter number. */
  numbers: string[];
  paragraphs: string[];
  /** A name the answer gives the article or chapter ("named as “…”"), with its offsets. */
  name: { text: string; start: number; end: number } | null;
  /** Where the citation is in the text. */
  start: number;
  end: number;
}

export interface StatementCitations {
  citations: Citation[];
  mentions: Mention[];
  /** The instrument the answer spoke of last: the context for the next answer. */
  lastInstrument: string | null;
  /** Mentions no citation was bound to: instruments cited as a whole. */
  wholeInstruments: Mention[];
}

interface Draft extends Omit<Citation, 'instrument' | 'start' | 'end'> {
  from: number;
  to: number;
}

const ARTICLE = new Set(['article', 'articles', 'art']);
const PARAGRAPH = new Set(['paragraph', 'paragraphs', 'par', 'para']);
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const RUN_GLUE = new Set([',', 'and', 'at', 'the', 'in']);
const NAME_GLUE = new Set(['of', 'the', '(']);
const MAX_RANGE = 300;

export function readCitations(text: string, context: string | null, instruments: ProfileInstruments, fail: (expected: string) => never): StatementCitations {
  const tokens = tokenize(text);
  // The grammar asks for a token in lower case many times over: each is put in lower case once.
  const lowered = tokens.map((t) => t.text.toLowerCase());
  const lower = (k: number) => lowered[k] ?? '';
  const mentions = instruments.findMentions(text, tokens);
  const inMention = new Set(mentions.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
  const drafts: Draft[] = [];
  let i = 0;
  const isNumber = (k: number) => tokens[k]?.kind === 'number';
  const isSep = (k: number) => lower(k) === ',' || lower(k) === 'and';
  const articleAt = (k: number) => isNumber(k) && PARAGRAPH.has(lower(k + 1));

  /** N (sep N)* from k; stops before an article number. Returns the numbers and the index after them. */
  const numbers = (k: number): [string[], number] => {
    const out: string[] = [];
    while (isNumber(k) && !(out.length > 0 && articleAt(k))) {
      out.push(tokens[k]!.text);
      let next = k + 1;
      while (isSep(next)) next++;
      if (next === k + 1 || !isNumber(next) || articleAt(next)) return [out, k + 1];
      k = next;
    }
    return [out, k];
  };

  const mentionAt = new Map(mentions.map((m) => [m.from, m]));
  /**
   * An optional name after a citation; returns it and the index after it. A name after
   * "of <instrument>" is taken without consuming the instrument, which binding still needs.
   */
  const name = (k: number): [Draft['name'], number] => {
    let j = k;
    if (lower(j) === '(' && tokens[j + 1]?.kind === 'quote' && lower(j + 2) === ')') return [quoteName(tokens[j + 1]!), j + 3];
    const via = lower(j) === 'of' ? mentionAt.get(j + 1) : undefined;
    if (via) {
      const [given] = name(via.to);
      return [given, k];
    }
    if (lower(j) === ',') j++;
    if (lower(j) === 'named' && lower(j + 1) === 'as') j += 2;
    return tokens[j]?.kind === 'quote' ? [quoteName(tokens[j]!), j + 1] : [null, k];
  };

  const lastArticle = () => [...drafts].reverse().find((d) => d.kind === 'article');

  while (i < tokens.length) {
    const word = lower(i);
    if (word === 'chapter' && isNumber(i + 1)) {
      const [given, after] = name(i + 2);
      drafts.push({ kind: 'chapter', numbers: [tokens[i + 1]!.text], paragraphs: [], name: given, from: i, to: i + 2 });
      i = after;
      continue;
    }
    if (ARTICLE.has(word) && !inMention.has(i)) {
      let k = i + 1;
      if (lower(k) === '(' && lower(k + 1) === 's' && lower(k + 2) === ')') k += 3;
      if (lower(k) === ':') k++;
      if (!isNumber(k)) {
        i++;
        continue;
      }
      while (isNumber(k)) {
        const start = k;
        let list = [tokens[k]!.text];
        k++;
        if (tokens[k]?.kind === 'dash' && isNumber(k + 1)) {
          list = range(tokens[k - 1]!.text, tokens[k + 1]!.text, fail);
          k += 2;
        }
        let [given, afterName] = name(k);
        k = afterName;
        let paragraphs: string[] = [];
        const commaThenParagraph = lower(k) === ',' && PARAGRAPH.has(lower(k + 1));
        if (PARAGRAPH.has(lower(k)) || commaThenParagraph) {
          [paragraphs, k] = numbers(k + (commaThenParagraph ? 2 : 1));
        } else if (isNumber(k)) {
          [paragraphs, k] = numbers(k); // "article 302 1 and 2": the numbers after an article are its paragraphs
        }
        if (!given) [given, k] = name(k);
        drafts.push({ kind: 'article', numbers: list, paragraphs, name: given, from: start, to: k });
        let next = k;
        while (isSep(next)) next++;
        if (next === k || !isNumber(next)) break;
        k = next;
      }
      i = k;
      continue;
    }
    const ordinal = ORDINALS.indexOf(word);
    if (ordinal !== -1 && PARAGRAPH.has(lower(i + 1)) && lastArticle()) {
      lastArticle()!.paragraphs.push(String(ordinal + 1));
      i += 2;
      continue;
    }
    if (PARAGRAPH.has(word) && isNumber(i + 1) && lastArticle()) {
      const [list, after] = numbers(i + 1);
      lastArticle()!.paragraphs.push(...list);
      i = after;
      continue;
    }
    i++;
  }
  return bind(drafts, mentions, tokens, context, fail);
}

function quoteName(t: Token): Draft['name'] {
  const text = t.text.trim();
  const lead = t.text.length - t.text.trimStart().length;
  return { text, start: t.start + 1 + lead, end: t.start + 1 + lead + text.length };
}

function range(from: string, to: string, fail: (expected: string) => never): string[] {
  const a = Number(from);
  const b = Number(to);
  if (!/^\d+$/.test(from) || !/^\d+$/.test(to) || b < a || b - a > MAX_RANGE) fail(`an article range "from-to" with from ≤ to (found ${from}-${to})`);
  return Array.from({ length: b - a + 1 }, (_, k) => String(a + k));
}

/** Give each run of citations its instrument (see the module comment). */
function bind(drafts: Draft[], mentions: Mention[], tokens: Token[], context: string | null, fail: (expected: string) => never): StatementCitations {
  const bound = new Set<Mention>();
  const citations: Citation[] = [];
  let runStart = 0;
  for (let d = 0; d < drafts.length; d++) {
    const next = drafts[d + 1];
    const endsRun = !next || !tokens.slice(drafts[d]!.to, next.from).every((t) => RUN_GLUE.has(t.text.toLowerCase()));
    if (!endsRun) continue;
    const run = drafts.slice(runStart, d + 1);
    const first = run[0]!;
    const last = run[run.length - 1]!;
    let after = last.to;
    while (tokens[after] && (NAME_GLUE.has(tokens[after]!.text.toLowerCase()) || tokens[after]!.kind === 'quote')) after++;
    const direct = mentions.find((m) => m.from === after || m.from === last.to);
    const before = [...mentions].reverse().find((m) => m.to <= first.from);
    const later = mentions.find((m) => m.from >= last.to);
    const instrument = direct?.instrument ?? before?.instrument ?? later?.instrument ?? context;
    if (instrument === null) fail('the instrument a citation is of (CCRS, CPC …) named in the answer or an answer before it');
    for (const m of [direct ?? before ?? later]) if (m) bound.add(m);
    for (const r of run) {
      const start = tokens[r.from]!.start;
      const end = tokens[Math.max(r.from, r.to - 1)]!.end;
      citations.push({ kind: r.kind, instrument: instrument!, numbers: r.numbers, paragraphs: r.paragraphs, name: r.name, start, end });
    }
    runStart = d + 1;
  }
  const lastMention = mentions[mentions.length - 1];
  const lastCitation = citations[citations.length - 1];
  const lastInstrument = lastMention && (!lastCitation || lastMention.from > drafts[drafts.length - 1]!.from) ? lastMention.instrument : (lastCitation?.instrument ?? context);
  return { citations, mentions, lastInstrument, wholeInstruments: mentions.filter((m) => !bound.has(m)) };
}
