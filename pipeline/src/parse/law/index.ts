/**
 * Parser for a consolidated law (document kind "consolidated-law"): the instrument, its
 * chapters and numbered headings, articles with paragraphs and items, deleted articles,
 * and the separate articles of an amending law printed after it, with the dates they state.
 */
import type { Instrument, Provenance, Provision } from '@cyberlex/schema';
import { emptyGraph, type Graph } from '../../model/graph.js';
import { instrumentIri, provisionIri } from '../../model/iri.js';
import { instrumentNode, provisionNode, type ParagraphInput, versionNode } from '../../model/nodes.js';
import { segmentDocumentLines } from '../../segment/for-document.js';
import type { Block } from '../../segment/types.js';
import { ruleForName } from '../../model/entity-rules.js';
import type { ParseContext } from '../context.js';
import { articleOrdinal, classify, type LawBlock } from './grammar.js';
import { entryIntoForceClauses } from './entry-into-force.js';
import { mappedText, spansOfRange } from './text-spans.js';

/**
 * Which instruments a law source speaks of, from what it says and its manifest entry: the law
 * is the instrument the linking rules (pipeline/data/entity-rules.json) know by its title, in
 * the entry's jurisdiction; its amending laws are that State's gazette acts, by number.
 */
function lawRefs(ctx: ParseContext, title: string, at: number): { law: string; jurisdiction: string; amendingActRef: (gazetteNumber: string) => string } {
  const j = ctx.entry.jurisdiction ?? ctx.fail(0, 'a "jurisdiction" in the manifest entry of a consolidated law (its acts are that State\'s)');
  const rule = ruleForName(title, ['instrument'], j);
  const law = rule?.ref ?? ctx.fail(at, 'a law the linking rules know by its title (add it to pipeline/data/entity-rules.json)', title);
  return { law, jurisdiction: j.toUpperCase(), amendingActRef: (n) => `${j}-og-${n.replace('/', '-')}` };
}

interface ArticleDraft {
  instrument: string;
  number: string;
  block: Block;
  parent: string;
  deleted: Block | null;
  paragraphs: { block: Block; items: { number: string; block: Block; textStart: number }[] }[];
}

export function parseLaw(ctx: ParseContext): Graph {
  const blocks = segmentDocumentLines(ctx.doc).map((block) => ({ block, parsed: classify(block.text) }));
  const at = (i: number) => blocks[i];
  const failAt = (i: number, expected: string): never => {
    const b = at(i);
    return b ? ctx.fail(b.block.spans[0]!.start, expected, b.block.text) : ctx.fail(ctx.doc.text.length, expected, '(end of file)');
  };

  // Preamble: LAW / title / gazette.
  if (at(0)?.parsed.kind !== 'law-label') failAt(0, 'the label "LAW" that opens a law');
  const titleBlock = at(1);
  if (!titleBlock || titleBlock.parsed.kind !== 'text') failAt(1, 'the title of the law');
  const gazette = at(2)?.parsed;
  if (gazette?.kind !== 'gazette') failAt(2, 'the Official Gazette line, e.g. "(Official Gazette of the Republic of Serbia No 61/2005 and 104/2009)"');
  const g = gazette as Extract<LawBlock, { kind: 'gazette' }>;
  const refs = lawRefs(ctx, `${at(0)!.block.text} ${titleBlock!.block.text}`, titleBlock!.block.spans[0]!.start);
  const amendingRefs = g.numbers.slice(1).map(refs.amendingActRef);

  const lawTitleSpans = [...at(0)!.block.spans, ...titleBlock!.block.spans];
  const law = instrumentNode({
    ref: refs.law,
    kind: 'law',
    jurisdiction: refs.jurisdiction,
    title: `${at(0)!.block.text} ${titleBlock!.block.text}`,
    number: g.numbers[0]!,
    publishedIn: g.numbers.map((n) => `${g.gazette} ${n}`),
    amendedBy: amendingRefs.map(instrumentIri),
    provenance: ctx.provenance([...lawTitleSpans, ...at(2)!.block.spans]),
  });
  const instruments: Instrument[] = [law];
  const provisions: Provision[] = [];
  const articles: ArticleDraft[] = [];

  let instrument = law;
  let chapter: Provision | null = null;
  let heading: Provision | null = null;
  let article: ArticleDraft | null = null;
  let lastOrdinal = 0;

  const addStructure = (node: Provision, parent: { hasPart: string[] }) => {
    provisions.push(node);
    parent.hasPart.push(node['@id']);
  };

  for (let i = 3; i < blocks.length; i++) {
    const { block, parsed } = blocks[i]!;
    const spans = block.spans;
    switch (parsed.kind) {
      case 'chapter': {
        if (instrument !== law) failAt(i, 'an article of the amending law (chapters belong to the law itself)');
        chapter = provisionNode({
          ref: `${refs.law}:chapter-${parsed.number}`, kind: 'chapter', number: parsed.number, title: parsed.title,
          isPartOf: law['@id'], provenance: ctx.provenance(spans),
        });
        addStructure(chapter, law);
        heading = null;
        article = null;
        break;
      }
      case 'heading': {
        if (!chapter || instrument !== law) failAt(i, 'a numbered heading inside a chapter');
        heading = provisionNode({
          ref: `${refs.law}:chapter-${chapter!.number}/heading-${parsed.number}`, kind: 'heading', number: parsed.number,
          title: parsed.title, isPartOf: chapter!['@id'], provenance: ctx.provenance(spans),
        });
        addStructure(heading, chapter!);
        article = null;
        break;
      }
      case 'amending': {
        const amendingGazette = at(i + 1)?.parsed;
        if (amendingGazette?.kind !== 'gazette') failAt(i + 1, 'the Official Gazette line of the amending law');
        const number = (amendingGazette as Extract<LawBlock, { kind: 'gazette' }>).numbers[0]!;
        const ref = refs.amendingActRef(number);
        if (!amendingRefs.includes(ref)) failAt(i + 1, `an amending law named in the law's own gazette line (${g.numbers.slice(1).join(', ')})`);
        instrument = instrumentNode({
          ref, kind: 'amending-act', jurisdiction: refs.jurisdiction, title: parsed.title, number,
          publishedIn: [`${g.gazette} ${number}`], amends: [law['@id']],
          provenance: ctx.provenance([...spans, ...at(i + 1)!.block.spans]),
        });
        instruments.push(instrument);
        chapter = heading = null;
        article = null;
        lastOrdinal = 0;
        i++;
        break;
      }
      case 'article': {
        const ordinal = articleOrdinal(parsed.number);
        if (instrument === law ? ordinal !== lastOrdinal + 1 : ordinal <= lastOrdinal) {
          failAt(i, instrument === law ? `Article ${lastOrdinal + 1} (articles of a law are numbered in sequence)` : `an article number above ${lastOrdinal}`);
        }
        if (instrument === law && !chapter) failAt(i, 'a chapter heading before the first article');
        lastOrdinal = ordinal;
        const parent = heading ?? chapter ?? instrument;
        article = { instrument: instrument.ref, number: parsed.number, block, parent: parent['@id'], deleted: null, paragraphs: [] };
        articles.push(article);
        parent.hasPart.push(provisionIri(`${instrument.ref}:${parsed.number}`));
        break;
      }
      case 'deleted': {
        if (!article || article.paragraphs.length > 0 || article.deleted) failAt(i, 'the text of an article');
        article!.deleted = block;
        break;
      }
      case 'item': {
        const paragraph = article?.paragraphs.at(-1);
        if (!paragraph || article!.deleted) failAt(i, 'a paragraph that introduces the enumerated items');
        paragraph!.items.push({ number: parsed.number, block, textStart: parsed.textStart });
        break;
      }
      case 'text': {
        if (!article || article.deleted) failAt(i, 'an "Article N" heading before this text');
        article!.paragraphs.push({ block, items: [] });
        break;
      }
      default:
        failAt(i, 'a chapter, heading, article or paragraph');
    }
  }

  if (articles.length === 0) failAt(blocks.length, 'at least one article');
  for (const a of articles) {
    if (!a.deleted && a.paragraphs.length === 0) {
      ctx.fail(a.block.spans[0]!.start, `the text of Article ${a.number}`, a.block.text);
    }
  }
  const last = blocks.at(-1)!.block;
  if (!/[.;:)"]$/.test(last.text)) ctx.fail(last.spans.at(-1)!.end, 'the end of a sentence (the file looks truncated)', last.text.slice(-40));

  for (const a of articles) provisions.push(...articleProvisions(ctx, a, law, instruments));
  return { ...emptyGraph(), instruments, provisions };
}

/** The article, its paragraphs as provisions, its one version, and the entry-into-force facts it states. */
function articleProvisions(ctx: ParseContext, a: ArticleDraft, law: Instrument, instruments: readonly Instrument[]): Provision[] {
  const ref = `${a.instrument}:${a.number}`;
  const owner = instruments.find((i) => i.ref === a.instrument)!;
  const paragraphs: ParagraphInput[] = a.paragraphs.map((p, index) => {
    const items = p.items.map((it) => {
      // The item's text starts after its marker ("- 1) "); map that offset back to the raw text.
      const mapped = mappedText(ctx.doc, it.block);
      const textSpans = spansOfRange(mapped, it.textStart, mapped.text.length);
      return { number: it.number, text: mapped.text.slice(it.textStart), items: [], provenance: ctx.provenance(textSpans) };
    });
    const text = [p.block.text, ...p.items.map((it) => it.block.text)].join(' ');
    return {
      number: String(index + 1),
      text,
      marks: p.block.marks,
      items,
      provenance: ctx.provenance([...p.block.spans, ...p.items.flatMap((it) => it.block.spans)]),
    };
  });
  for (const p of a.paragraphs) recordEntryIntoForce(ctx, owner, p.block);
  const headingProvenance = ctx.provenance(a.block.spans);
  const version = versionNode(ref, {
    versionDate: null,
    validUntil: null,
    status: a.deleted ? 'deleted' : 'in-force',
    // A consolidated text that prints "(Deleted)" records a deletion made by one of the
    // amending laws it names; these sources name exactly one.
    amendedBy: a.deleted ? law.amendedBy : [],
    paragraphs,
    provenance: a.deleted ? ctx.provenance([...a.block.spans, ...a.deleted.spans]) : headingProvenance,
  });
  const article = provisionNode({
    ref, kind: 'article', number: a.number, title: null, isPartOf: a.parent,
    hasPart: paragraphs.map((p) => provisionIri(`${ref}/${p.number}`)),
    versions: [version],
    provenance: headingProvenance,
  });
  const paragraphNodes = paragraphs.map((p) =>
    provisionNode({ ref: `${ref}/${p.number}`, kind: 'paragraph', number: p.number, title: null, isPartOf: article['@id'], provenance: p.provenance }),
  );
  return [article, ...paragraphNodes];
}

/** Entry-into-force clauses of a paragraph (its own text, not its items) become dated facts on the instrument the article belongs to. */
function recordEntryIntoForce(ctx: ParseContext, owner: Instrument, paragraph: Block): void {
  const mapped = mappedText(ctx.doc, paragraph);
  for (const clause of entryIntoForceClauses(mapped.text)) {
    const appliesTo = clause.articles.length === 0 ? [owner['@id']] : clause.articles.map((n) => provisionIri(`${owner.ref}:${n}`));
    const spans = spansOfRange(mapped, clause.start, clause.end);
    const entry = { text: mapped.text.slice(clause.start, clause.end), date: clause.date, appliesTo, provenance: ctx.provenance(spans) };
    owner.entryIntoForce.push(entry);
    if (clause.articles.length === 0 && clause.date !== null && owner.firstDateEntryInForce === null) owner.firstDateEntryInForce = clause.date;
  }
}
