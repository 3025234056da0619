/**
 * The articles of the Serbian codes as the answers quote them, gathered across rows: the
 * same article quoted under several Convention articles is one provision with every quote
 * in its provenance. The text first quoted wins; a later quote that reads differently is
 * kept as a variant. An amendment's paragraphs replace those with the same number, new
 * numbers are added and the rest carry over; an article an amendment inserted exists only
 * from the amendment's date.
 */
import type { Conflict, Mark, Provision, Statement, Variant, Version } from '@cyberlex/schema';
import { instrumentIri, nodeIri, provisionIri, slug } from '../../model/iri.js';
import { type ParagraphInput, provisionNode, versionNode } from '../../model/nodes.js';
import type { AmendmentMarker, Excerpt } from './answer.js';
import type { Marker } from './amendment.js';
import type { Chapters } from './chapters.js';
import type { ProfileContext } from './context.js';
import type { AmendmentActs, StatedAmendment } from './amending-acts.js';
import { alternateTitles } from './alternate-titles.js';
import { marksOf, type Piece, pieceText, textOf } from './pieces.js';
import { byNumber } from '../../model/order.js';

interface Quote {
  number: string | null;
  text: string;
  marks: Mark[];
  pieces: Piece[];
}

interface ParagraphDraft extends Quote {
  /** Every quote of this paragraph with this text (the first included). */
  quotes: Piece[][];
  /** Quotes that read differently; each keeps its first quote's pieces and all its quotes. */
  variants: (Quote & { quotes: Piece[][] })[];
}

interface AmendedText {
  /** The amendment as its first marker states it; its date and act are resolved when the articles are built. */
  stated: StatedAmendment;
  markers: Piece[];
  paragraphs: Map<string, ParagraphDraft>;
}

interface ArticleDraft {
  instrument: string;
  number: string;
  chapterIri: string | null;
  /** Titles of the quoted headings, in document order. */
  titles: { text: string; pieces: Piece[] }[];
  /** Names the answers give the article in their own words. */
  names: { text: string; pieces: Piece[] }[];
  pieces: Piece[];
  base: Map<string, ParagraphDraft>;
  /** Amended texts in document order: one per dated marker's date, one per undated marker until resolved. */
  amendments: AmendedText[];
  markers: Marker[];
  /** Where the answers cite the article, and the paragraphs they cite by number (each with where). */
  citations: Piece[];
  citedParagraphs: Map<string, Piece[]>;
}

const key = (n: string | null) => n ?? '';

export class CodeArticles {
  private readonly drafts = new Map<string, ArticleDraft>();
  private readonly statements: Statement[] = [];
  private readonly statementCount = new Map<string, number>();

  constructor(
    private readonly pc: ProfileContext,
    private readonly acts: AmendmentActs,
    private readonly chapters: Chapters,
  ) {}

  /** Add one quote of an article (from one row), in document order. */
  add(instrument: string, excerpt: Excerpt): string {
    const d = this.draft(instrument, excerpt.number);
    d.pieces.push(excerpt.heading);
    if (excerpt.title) d.titles.push({ text: pieceText(excerpt.title), pieces: [excerpt.title] });
    if (excerpt.chapter && !d.chapterIri) {
      d.chapterIri = this.chapters.heading(instrument, excerpt.chapter.number, excerpt.chapter.heading, excerpt.chapter.title);
      this.chapters.contains(instrument, excerpt.chapter.number, provisionIri(`${instrument}:${excerpt.number}`));
    }
    for (const segment of excerpt.segments) {
      if (segment.paragraphs.length === 0) {
        // a marker that refers back to an amendment shown elsewhere: no text, but later undated markers may speak of it
        if (segment.amendment) this.acts.state(segment.amendment, instrument, `${instrument}:${excerpt.number}`);
        continue;
      }
      const target = segment.amendment ? this.amended(d, segment.amendment) : d.base;
      for (const p of segment.paragraphs) {
        const pieces = p.pieces;
        d.pieces.push(...(p.label ? [p.label] : []), ...pieces);
        if (pieces.length === 0) this.pc.fail(p.label!, `the text of paragraph (${p.number})`);
        merge(target, { number: p.number, text: textOf(pieces), marks: marksOf(pieces), pieces });
      }
    }
    for (const marker of excerpt.markers) {
      d.pieces.push(marker.piece);
      this.state(instrument, excerpt.number, marker);
    }
    d.markers.push(...excerpt.markers);
    return provisionIri(`${instrument}:${excerpt.number}`);
  }

  /** A marker the answer puts after its own words, about an article it cites but does not quote. */
  aboutCited(instrument: string, number: string, marker: Marker): void {
    const d = this.draft(instrument, number);
    d.markers.push(marker);
    this.state(instrument, number, marker);
  }

  /**
   * An answer cites the article (and these of its paragraphs), in the chapter the same sentence
   * names, if any: a provision no source quotes is still a node, with its citations.
   */
  cited(instrument: string, number: string, paragraphs: readonly string[], pieces: Piece[], chapter: string | null): void {
    const d = this.draft(instrument, number);
    d.citations.push(...pieces);
    for (const p of paragraphs) d.citedParagraphs.set(p, [...(d.citedParagraphs.get(p) ?? []), ...pieces]);
    if (chapter !== null && !d.chapterIri) {
      d.chapterIri = this.chapters.placed(instrument, chapter, provisionIri(`${instrument}:${number}`));
    }
  }

  /** A name an answer gives an article ("article 302 of CCRS “Illegal access …”"). */
  name(instrument: string, number: string, text: string, pieces: Piece[]): void {
    this.draft(instrument, number).names.push({ text, pieces });
  }

  build(): { provisions: Provision[]; statements: Statement[]; conflicts: Conflict[] } {
    const provisions: Provision[] = [];
    const conflicts: Conflict[] = [];
    const ordered = [...this.drafts.values()].sort((a, b) => a.instrument.localeCompare(b.instrument) || byNumber(a.number, b.number));
    for (const d of ordered) {
      if (d.base.size === 0 && d.amendments.length === 0) {
        provisions.push(...this.citedOnly(d)); // cited, never quoted: a node without text
        continue;
      }
      const amended = this.byDate(d);
      provisions.push(...this.article(d, amended));
      const conflict = this.amendedConflict(d, amended);
      if (conflict) conflicts.push(conflict);
    }
    return { provisions, statements: this.statements, conflicts };
  }

  private draft(instrument: string, number: string): ArticleDraft {
    const ref = `${instrument}:${number}`;
    let d = this.drafts.get(ref);
    if (!d) {
      d = { instrument, number, chapterIri: null, titles: [], names: [], pieces: [], base: new Map(), amendments: [], markers: [], citations: [], citedParagraphs: new Map() };
      this.drafts.set(ref, d);
    }
    return d;
  }

  private amended(d: ArticleDraft, marker: AmendmentMarker): Map<string, ParagraphDraft> {
    const stated = this.acts.state(marker, d.instrument, `${d.instrument}:${d.number}`);
    const same = (t: AmendedText) => t.stated === stated || (stated.given !== null && t.stated.given === stated.given);
    let text = d.amendments.find(same);
    if (!text) {
      text = { stated, markers: [], paragraphs: new Map() };
      d.amendments.push(text);
    }
    text.markers.push(marker.piece);
    return text.paragraphs;
  }

  private state(instrument: string, number: string, marker: Marker): void {
    if (marker.kind === 'amendment' && marker.role === 'opens') return;
    const ref = `${instrument}:${number}`;
    const n = (this.statementCount.get(ref) ?? 0) + 1;
    this.statementCount.set(ref, n);
    const kind = marker.kind === 'not-amended' ? 'not-amended' : marker.role === 'refers-back' ? 'amendment-reference' : 'amended';
    this.statements.push({
      '@id': nodeIri('statement', `${this.pc.parse.entry.id}/${slug(ref)}-${n}`),
      '@type': ['cyberlex:Statement'],
      about: [provisionIri(ref)],
      kind,
      text: marker.text,
      source: this.pc.parse.entry.id,
      sourceDate: this.pc.parse.entry.date,
      provenance: this.pc.provenance([marker.piece]),
    });
  }

  private article(d: ArticleDraft, amended: ReadonlyMap<string, AmendedText>): Provision[] {
    const ref = `${d.instrument}:${d.number}`;
    const work = provisionIri(ref);
    const dates = [...amended.keys()].sort();
    const versions: Version[] = [];
    const variants: Variant[] = [];
    let current = new Map<string, { draft: ParagraphDraft; carried: boolean }>();
    const texts: { date: string | null; paragraphs: Map<string, ParagraphDraft>; act: string | null; markers: Piece[] }[] = [];
    if (d.base.size > 0) texts.push({ date: null, paragraphs: d.base, act: null, markers: [] });
    for (const date of dates) {
      const { paragraphs, stated, markers } = amended.get(date)!;
      texts.push({ date, paragraphs, act: this.acts.actOf(stated), markers });
    }
    texts.forEach((t, i) => {
      const next = new Map<string, { draft: ParagraphDraft; carried: boolean }>();
      for (const [k, p] of current) next.set(k, { draft: p.draft, carried: true });
      for (const [k, p] of t.paragraphs) next.set(k, { draft: p, carried: false });
      current = next;
      const validUntil = i + 1 < texts.length ? texts[i + 1]!.date : null;
      const keys = [...current.keys()].sort(byNumber);
      const paragraphs: ParagraphInput[] = keys.map((k) => {
        const { draft, carried } = current.get(k)!;
        return { number: draft.number, text: draft.text, marks: draft.marks, carriedOver: carried, provenance: this.pc.provenance(draft.pieces) };
      });
      const own = [...t.paragraphs.values()].flatMap((p) => p.pieces);
      const version = versionNode(ref, {
        versionDate: t.date,
        validUntil,
        status: 'in-force',
        amendedBy: t.act ? [instrumentIri(t.act)] : [],
        provenance: this.pc.provenance([...t.markers, ...own]),
        paragraphs,
      });
      versions.push(version);
      for (const p of t.paragraphs.values()) {
        const expression = version.paragraphs.find((x) => x.number === p.number)!;
        for (const v of p.variants) variants.push({ paragraph: expression['@id'], text: v.text, provenance: this.pc.provenance(v.pieces) });
      }
    });
    const numbers = [...new Set(texts.flatMap((t) => [...t.paragraphs.values()].map((p) => p.number)))].filter((n): n is string => n !== null).sort(byNumber);
    const citedOnly = [...d.citedParagraphs.keys()].filter((n) => !numbers.includes(n)).sort(byNumber).map((n) => this.citedParagraph(d, n));
    const paragraphProvisions = numbers.map((n) => {
      const quotes = texts.flatMap((t) => {
        const p = t.paragraphs.get(n);
        return p ? [...p.quotes.flat(), ...p.variants.flatMap((v) => v.quotes.flat())] : [];
      });
      return provisionNode({ ref: `${ref}/${n}`, kind: 'paragraph', number: n, title: null, isPartOf: work, provenance: this.pc.provenance(quotes) });
    });
    const [title, ...others] = d.titles;
    const article = provisionNode({
      ref,
      kind: 'article',
      number: d.number,
      title: title?.text ?? null,
      isPartOf: d.chapterIri ?? instrumentIri(d.instrument),
      hasPart: [...paragraphProvisions, ...citedOnly].map((p) => p['@id']).sort(),
      versions,
      variants,
      alternateTitles: alternateTitles([...others, ...d.names], title?.text ?? null, (pieces) => this.pc.provenance(pieces)),
      provenance: this.pc.provenance(d.pieces),
    });
    return [article, ...paragraphProvisions, ...citedOnly];
  }

  /** An article the answers cite (and name) but never quote: its ref, its citations, no versions. */
  private citedOnly(d: ArticleDraft): Provision[] {
    const ref = `${d.instrument}:${d.number}`;
    const paragraphs = [...d.citedParagraphs.keys()].sort(byNumber).map((n) => this.citedParagraph(d, n));
    const article = provisionNode({
      ref,
      kind: 'article',
      number: d.number,
      title: null,
      isPartOf: d.chapterIri ?? instrumentIri(d.instrument),
      hasPart: paragraphs.map((p) => p['@id']).sort(),
      textStatus: 'cited-only',
      alternateTitles: alternateTitles(d.names, null, (pieces) => this.pc.provenance(pieces)),
      provenance: this.pc.provenance([...d.citations, ...d.markers.map((m) => m.piece)]),
    });
    return [article, ...paragraphs];
  }

  private citedParagraph(d: ArticleDraft, n: string): Provision {
    const ref = `${d.instrument}:${d.number}`;
    return provisionNode({ ref: `${ref}/${n}`, kind: 'paragraph', number: n, title: null, isPartOf: provisionIri(ref), textStatus: 'cited-only', provenance: this.pc.provenance(d.citedParagraphs.get(n)!) });
  }

  /**
   * An article's amended texts by date, once every marker's date is known: texts whose markers
   * turn out to share a date are one text, their quotes merged in the order they were read.
   * Called once per article (merging adds to the drafts).
   */
  private byDate(d: ArticleDraft): Map<string, AmendedText> {
    const out = new Map<string, AmendedText>();
    for (const t of d.amendments) {
      const date = this.acts.dateOf(t.stated);
      const known = out.get(date);
      if (!known) {
        out.set(date, t);
        continue;
      }
      const merged: AmendedText = { stated: known.stated, markers: [...known.markers, ...t.markers], paragraphs: new Map(known.paragraphs) };
      for (const p of t.paragraphs.values()) for (const q of quotesOf(p)) merge(merged.paragraphs, q);
      out.set(date, merged);
    }
    return out;
  }

  /** The answers say both "not amendment" and show an amendment of the same article: keep both claims. */
  private amendedConflict(d: ArticleDraft, byDate: ReadonlyMap<string, AmendedText>): Conflict | null {
    const notAmended = d.markers.filter((m) => m.kind === 'not-amended');
    const amended = [...byDate.entries()].map(([date, a]) => ({ date, markers: a.markers }));
    if (notAmended.length === 0 || amended.length === 0) return null;
    const ref = `${d.instrument}:${d.number}`;
    return {
      '@id': nodeIri('conflict', `${this.pc.parse.entry.id}/${slug(ref)}-amended`),
      '@type': ['cyberlex:Conflict'],
      subject: provisionIri(ref),
      property: 'amended',
      description: `The profile says Article ${d.number} was not amended, and also quotes an amendment of it.`,
      claims: [
        { value: 'not amended', source: this.pc.parse.entry.id, provenance: this.pc.provenance(notAmended.map((m) => m.piece)) },
        { value: `amended ${amended.map((a) => a.date).join(', ')}`, source: this.pc.parse.entry.id, provenance: this.pc.provenance(amended.flatMap((a) => a.markers)) },
      ],
    };
  }
}

/** Every quote of a paragraph draft, its variants' included, as merge() takes them. */
function quotesOf(p: ParagraphDraft): Quote[] {
  return [
    ...p.quotes.map((pieces) => ({ number: p.number, text: p.text, marks: p.marks, pieces })),
    ...p.variants.flatMap((v) => v.quotes.map((pieces) => ({ number: v.number, text: v.text, marks: v.marks, pieces }))),
  ];
}

/** The first quote of a paragraph keeps its text; a later quote that reads the same adds provenance, one that differs is a variant. */
function merge(target: Map<string, ParagraphDraft>, quote: Quote): void {
  const known = target.get(key(quote.number));
  if (!known) {
    // Written out, not spread: an object spread followed by more keys is many times slower in Node 20.
    target.set(key(quote.number), { number: quote.number, text: quote.text, marks: quote.marks, pieces: quote.pieces, quotes: [quote.pieces], variants: [] });
    return;
  }
  if (known.text === quote.text) {
    known.quotes.push(quote.pieces);
    return;
  }
  const variant = known.variants.find((v) => v.text === quote.text);
  if (variant) variant.quotes.push(quote.pieces);
  else known.variants.push({ number: quote.number, text: quote.text, marks: quote.marks, pieces: quote.pieces, quotes: [quote.pieces] });
}
