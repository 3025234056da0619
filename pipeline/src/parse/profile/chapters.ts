/**
 * Chapters of the Serbian codes the profile speaks of: quoted as headings ("CHAPTER TWENTY
 * CRIMINAL OFFENCES AGAINST INTELLECTUAL PROPERTY", above the articles quoted from it) or
 * cited ("Chapter 34 of CPC named as “…”"). One provision per chapter; the heading's title
 * wins, a name an answer gives is kept as an alternate title.
 */
import type { Provision } from '@cyberlex/schema';
import { instrumentIri, provisionIri } from '../../model/iri.js';
import { provisionNode } from '../../model/nodes.js';
import { alternateTitles } from './alternate-titles.js';
import type { ProfileContext } from './context.js';
import { type Piece, pieceText } from './pieces.js';
import { byNumber } from '../../model/order.js';

interface ChapterDraft {
  instrument: string;
  number: string;
  title: { text: string; pieces: Piece[] } | null;
  names: { text: string; pieces: Piece[] }[];
  pieces: Piece[];
  articles: Set<string>;
}

export class Chapters {
  private readonly drafts = new Map<string, ChapterDraft>();

  constructor(private readonly pc: ProfileContext) {}

  static ref(instrument: string, number: string): string {
    return `${instrument}:chapter-${number}`;
  }

  private draft(instrument: string, number: string): ChapterDraft {
    const ref = Chapters.ref(instrument, number);
    let d = this.drafts.get(ref);
    if (!d) {
      d = { instrument, number, title: null, names: [], pieces: [], articles: new Set() };
      this.drafts.set(ref, d);
    }
    return d;
  }

  /** A quoted heading: its title is the chapter's title. Returns the chapter's IRI. */
  heading(instrument: string, number: string, heading: Piece, title: Piece | null): string {
    const d = this.draft(instrument, number);
    d.pieces.push(heading);
    if (title && !d.title) d.title = { text: pieceText(title), pieces: [title] };
    return provisionIri(Chapters.ref(instrument, number));
  }

  /** A citation, with the name the answer gives the chapter, if any. Returns the chapter's IRI. */
  cited(instrument: string, number: string, at: Piece[], name: { text: string; pieces: Piece[] } | null): string {
    const d = this.draft(instrument, number);
    d.pieces.push(...at);
    if (name) d.names.push(name);
    return provisionIri(Chapters.ref(instrument, number));
  }

  contains(instrument: string, number: string, articleIri: string): void {
    this.draft(instrument, number).articles.add(articleIri);
  }

  /** An answer places an article in the chapter ("In Chapter 27 at the article 300 …"). Returns the chapter's IRI. */
  placed(instrument: string, number: string, articleIri: string): string {
    this.contains(instrument, number, articleIri);
    return provisionIri(Chapters.ref(instrument, number));
  }

  provisions(): Provision[] {
    return [...this.drafts.entries()]
      .sort(([a], [b]) => byNumber(a, b))
      .map(([ref, d]) => {
        const title = d.title?.text ?? d.names[0]?.text ?? null;
        return provisionNode({
          ref,
          kind: 'chapter',
          number: d.number,
          title,
          isPartOf: instrumentIri(d.instrument),
          hasPart: [...d.articles].sort(),
          textStatus: d.title !== null ? 'quoted' : 'cited-only',
          alternateTitles: alternateTitles(d.names, title, (pieces) => this.pc.provenance(pieces)),
          provenance: this.pc.provenance(d.pieces),
        });
      });
  }
}
