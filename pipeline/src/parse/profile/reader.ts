/**
 * Reading a country profile's table, row by row, in document order: the header's labelled
 * values, the Convention's structure and articles on the left, and on the right each
 * national answer — its words (citations, assessment), the code articles it quotes
 * (gathered across rows into provisions with versions) and a declaration it records.
 */
import type { Conflict, Mapping, Provision, Statement } from '@cyberlex/schema';
import { emptyGraph, type Graph } from '../../model/graph.js';
import { nodeIri, provisionIri, withBase } from '../../model/iri.js';
import type { Table } from '../../segment/types.js';
import type { ParseContext } from '../context.js';
import { AmendmentActs } from './amending-acts.js';
import { isoDate } from './amendment.js';
import { type Answer, readAnswer } from './answer.js';
import { Chapters } from './chapters.js';
import { type Citation, readCitations, type StatementCitations } from './citations.js';
import { CodeArticles } from './code-articles.js';
import { type ProfileContext, profileContext } from './context.js';
import { type ConventionArticle, conventionArticle } from './convention.js';
import { factNodes } from './fact-nodes.js';
import { declarationIn, headerFact, type ProfileFacts } from './facts.js';
import { InstrumentRegistry } from './instrument-nodes.js';
import { CONVENTION } from './instruments.js';
import { Applications, citedRefs, mappingNode } from './mapping.js';
import { cut, indexBlocks, pieceText, textOf } from './pieces.js';
import { type ProfileRow, profileRows } from './rows.js';
import { ConventionStructure } from './structure.js';

/** A sentence ends between two citations: a full stop (not "par.") before a capital letter. */
const SENTENCE_END = /[.!?]\s+[A-Z]/;

export interface ProfileResult {
  graph: Graph;
  facts: ProfileFacts;
}

type ArticleRow = Extract<ProfileRow, { kind: 'article' }>;

const NO_CITATIONS: StatementCitations = { citations: [], mentions: [], wholeInstruments: [], lastInstrument: null };
const ENTERED_INTO_FORCE = /\b(?:entered|entry) into force\b/;
const DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

export function readProfile(table: Table, ctx: ParseContext): ProfileResult {
  return withBase(() => {
    indexBlocks(ctx.doc.text, table.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks)));
    const reader = new ProfileReader(profileContext(ctx, table));
    for (const row of profileRows(table, reader.pc)) reader.row(row);
    return reader.finish();
  });
}

class ProfileReader {
  private readonly structure: ConventionStructure;
  private readonly chapters: Chapters;
  private readonly acts: AmendmentActs;
  private readonly codes: CodeArticles;
  private readonly registry: InstrumentRegistry;
  private readonly applications = new Applications();
  private readonly facts: ProfileFacts = { country: null, signature: null, ratification: null, declarations: [] };
  private readonly convention: Provision[] = [];
  private readonly mappings: Mapping[] = [];
  private readonly conflicts: Conflict[] = [];
  private readonly statements: Statement[] = [];
  /** The instrument the answers spoke of last, and the code: the profile's answers run on from row to row. */
  private context: string | null = null;
  private code: string | null = null;

  constructor(readonly pc: ProfileContext) {
    this.structure = new ConventionStructure(CONVENTION.ref, pc);
    this.chapters = new Chapters(pc);
    this.acts = new AmendmentActs(pc);
    this.registry = new InstrumentRegistry(pc.instruments);
    this.codes = new CodeArticles(pc, this.acts, this.chapters);
  }

  row(row: ProfileRow): void {
    if (row.kind === 'label') headerFact(row.label, row.value, this.facts, this.pc);
    if (row.kind === 'structure') for (const h of row.headings) this.structure.open(h);
    if (row.kind === 'article') this.articleRow(row);
  }

  private articleRow(row: ArticleRow): void {
    const ref = `${CONVENTION.ref}:${row.number}`;
    const article = conventionArticle(CONVENTION.ref, row.heading, row.left, this.structure.adopt(ref), this.pc);
    this.convention.push(article.provision, ...article.paragraphs);
    this.conflicts.push(...article.conflicts);

    const answer = readAnswer(row.right, this.pc);
    this.acts.beginAnswer();
    const statement = answer.prose.length > 0 ? textOf(answer.prose) : null;
    const cited = statement === null ? NO_CITATIONS : readCitations(statement, this.context, this.pc.instruments, (expected) => this.pc.fail(answer.prose[0]!, expected));
    this.context = cited.lastInstrument ?? this.context;
    for (const m of cited.mentions) this.registry.named(m.instrument, m.name, this.pc.provenance(cut(answer.prose, m.start, m.end)));
    this.enteredIntoForce(answer, cited);
    const quoted = this.quotes(answer, cited);
    this.citedNames(answer, cited);
    if (statement !== null) this.citedProvisions(answer, cited, statement);

    const articleIri = provisionIri(ref);
    const { instruments } = this.pc;
    const national = cited.citations.filter((c) => instruments.isNational(c.instrument));
    this.applications.add(national, articleIri);
    const mapping = mappingNode({
      articleRef: ref,
      title: article.title,
      statement,
      citations: cited.citations,
      wholeInstruments: cited.wholeInstruments.map((m) => m.instrument).filter((i) => instruments.isNational(i)),
      quoted,
      provenance: statement === null ? this.emptyAnswer(article) : this.pc.provenance(answer.prose),
      jurisdictionSlug: instruments.prefix,
      jurisdiction: instruments.jurisdiction,
      source: this.pc.parse.entry.id,
      sourceDate: this.pc.parse.entry.date,
    });
    this.mappings.push(mapping);
    const applicable = this.applicability(mapping, national, answer);
    if (applicable) this.statements.push(applicable);
    const declaration = declarationIn(articleIri, answer.prose, this.pc);
    if (declaration) this.facts.declarations.push(declaration);
  }

  private emptyAnswer(article: ConventionArticle) {
    return this.pc.provenance([article.heading], 'the national answer is empty: the Convention heading locates the row');
  }

  /**
   * The code articles an answer quotes, gathered into the codes. A quote is of the code its
   * article is cited from in the answer, else of the one code the answer names, else of the
   * code the answers named last.
   */
  private quotes(answer: Answer, cited: StatementCitations): string[] {
    const named = [...cited.citations.map((c) => ({ at: c.start, instrument: c.instrument })), ...cited.mentions.map((m) => ({ at: m.start, instrument: m.instrument }))]
      .filter((x) => this.pc.instruments.isQuotedCode(x.instrument))
      .sort((a, b) => a.at - b.at);
    const only = new Set(named.map((x) => x.instrument));
    const quoted = answer.excerpts.map((excerpt) => {
      const byNumber = cited.citations.find((c) => c.kind === 'article' && this.pc.instruments.isQuotedCode(c.instrument) && c.numbers.includes(excerpt.number));
      const instrument = byNumber?.instrument ?? (only.size === 1 ? [...only][0]! : this.code);
      if (!instrument) this.pc.fail(excerpt.heading, 'the code a quoted article is from (CCRS, CPC …) named in this answer or one before it');
      return this.codes.add(instrument, excerpt);
    });
    this.code = named[named.length - 1]?.instrument ?? this.code;
    // "not amendment" after the answer's own words speaks of the articles it cites.
    const citedArticles = cited.citations.filter((c) => c.kind === 'article' && this.pc.instruments.isQuotedCode(c.instrument));
    for (const marker of answer.looseMarkers) {
      if (citedArticles.length === 0) this.pc.fail(marker.piece, 'a quoted or cited article for the marker to speak of');
      for (const c of citedArticles) for (const n of c.numbers) this.codes.aboutCited(c.instrument, n, marker);
    }
    return quoted;
  }

  /** Names the answer gives the chapters and articles it cites ("named as “…”"). */
  private citedNames(answer: Answer, cited: StatementCitations): void {
    for (const c of cited.citations) {
      if (!this.pc.instruments.isQuotedCode(c.instrument)) continue;
      const name = c.name ? { text: c.name.text, pieces: cut(answer.prose, c.name.start, c.name.end) } : null;
      if (c.kind === 'chapter') this.chapters.cited(c.instrument, c.numbers[0]!, cut(answer.prose, c.start, c.end), name);
      else if (name && c.numbers.length === 1) this.codes.name(c.instrument, c.numbers[0]!, name.text, name.pieces);
    }
  }

  /**
   * Every article and paragraph of a quoted code the answer cites, each in the chapter the same
   * sentence names before it ("In Chapter 27 at the article 300 …", "the Chapter 20, at the
   * article 199 …; as well as, article 200"): nodes even where no source quotes their text.
   */
  private citedProvisions(answer: Answer, cited: StatementCitations, statement: string): void {
    let chapter: Citation | null = null;
    for (const c of cited.citations) {
      if (!this.pc.instruments.isQuotedCode(c.instrument)) continue;
      if (c.kind === 'chapter') {
        chapter = c;
        continue;
      }
      const sameSentence = chapter !== null && chapter.instrument === c.instrument && !SENTENCE_END.test(statement.slice(chapter.end, c.start));
      const pieces = cut(answer.prose, c.start, c.end);
      for (const n of c.numbers) this.codes.cited(c.instrument, n, c.paragraphs, pieces, sameSentence ? chapter!.numbers[0]! : null);
    }
  }

  /** "From 4/11/2008 Law on corporate liability has been entered into force.": a date of entry into force for the law it names. */
  private enteredIntoForce(answer: Answer, cited: StatementCitations): void {
    let offset = 0;
    for (const p of answer.prose) {
      const text = pieceText(p);
      const start = offset;
      offset += text.length + 1;
      const date = DATE.exec(text);
      if (!ENTERED_INTO_FORCE.test(text) || !date) continue;
      const named = cited.mentions.filter((m) => m.start >= start && m.end <= start + text.length && this.pc.instruments.isNational(m.instrument));
      const iso = isoDate(date[1]!, date[2]!, date[3]!) ?? this.pc.fail(p, 'a valid day/month/year date');
      if (named.length === 1) this.registry.enteredIntoForce(named[0]!.instrument, text, iso, this.pc.provenance([p]));
    }
  }

  /**
   * "It is not directly prescribed, but general provisions of article 85 … can be applied": what
   * the answer says of the provisions it cites, kept as a statement about them (beside the
   * mapping, which speaks of the Convention article).
   */
  private applicability(mapping: Mapping, national: readonly Citation[], answer: Answer): Statement | null {
    if (mapping.rule !== 'general-provisions' || mapping.statement === null) return null;
    const about = [...new Set(national.flatMap(citedRefs).map(provisionIri))];
    if (about.length === 0) return null;
    const entry = this.pc.parse.entry;
    return {
      '@id': nodeIri('statement', `${entry.id}/${mapping.articleRef.replace(':', '-')}-applicability`),
      '@type': ['cyberlex:Statement'],
      about,
      kind: 'applicability',
      text: mapping.statement,
      source: entry.id,
      sourceDate: entry.date,
      provenance: this.pc.provenance(answer.prose),
    };
  }

  finish(): ProfileResult {
    const built = this.codes.build();
    const acts = this.acts.instruments();
    const amendedBy = new Map<string, string[]>();
    for (const act of acts) for (const target of act.amends) amendedBy.set(target, [...(amendedBy.get(target) ?? []), act['@id']]);
    const provisions = [...this.structure.provisions, ...this.convention, ...this.chapters.provisions(), ...built.provisions];
    const instruments = this.registry
      .nodes(provisions, amendedBy)
      .map((i) => (i.ref === CONVENTION.ref ? { ...i, hasPart: this.structure.topLevel } : i));
    const entry = this.pc.parse.entry;
    const factGraph = factNodes(this.facts, { source: entry.id, sourceDate: entry.date, convention: CONVENTION.ref });

    const graph = emptyGraph();
    graph.instruments.push(...instruments, ...acts);
    graph.provisions.push(...provisions);
    graph.statements.push(...built.statements, ...this.statements);
    graph.mappings.push(...this.mappings);
    graph.applications.push(...this.applications.nodes());
    graph.facts.push(...factGraph.facts);
    graph.conflicts.push(...this.conflicts, ...built.conflicts, ...factGraph.conflicts);
    return { graph, facts: this.facts };
  }
}
