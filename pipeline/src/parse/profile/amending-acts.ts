/**
 * Amendments and the acts that made them, resolved by what each marker says, not by where it
 * stands, once the whole source is read:
 *
 *   "amendment 11/9/2009 “Official gazette of Republic Serbia 72/2009”"  names its date and act;
 *   "amendment 11/9/2009"                 its date; its act is the one act of that date the source
 *                                         names anywhere (none: no act; two: an error);
 *   "amendment", "amendment like above"   no date: the article's own dated amendment (if it has
 *                                         one date, else the nearest before this marker); failing
 *                                         that, the amendment before it in the same answer; failing
 *                                         that, the amendment before it in the source ("above").
 *
 * The act is emitted as an amending-act instrument, titled as the source words it; what it
 * amends is derived from the articles it amended.
 */
import type { Instrument } from '@cyberlex/schema';
import { gazetteName } from '../../model/instruments.js';
import { instrumentIri } from '../../model/iri.js';
import { instrumentNode } from '../../model/nodes.js';
import type { AmendmentMarker } from './answer.js';
import type { Gazette } from './amendment.js';
import type { ProfileContext } from './context.js';
import type { Piece } from './pieces.js';

interface ActDraft {
  ref: string;
  gazette: Gazette;
  date: string;
  pieces: Piece[];
  amends: Set<string>;
}


/** An amendment as its marker states it, where it stands. */
export interface StatedAmendment {
  /** The date the marker gives; null when it gives none ("amendment", "amendment like above"). */
  given: string | null;
  /** The act the marker names by its gazette, or null. */
  named: string | null;
  instrument: string;
  /** The ref of the article whose amended text the marker opens. */
  article: string;
  /** Which answer (right cell) it stands in, and its place in the source. */
  answer: number;
  seq: number;
  piece: Piece;
}

interface Resolved {
  date: string;
  named: string | null;
}

export class AmendmentActs {
  private readonly acts = new Map<string, ActDraft>();
  private readonly stated: StatedAmendment[] = [];
  private readonly byMarker = new Map<Piece, StatedAmendment>();
  private resolved: Map<StatedAmendment, Resolved> | null = null;
  private answer = 0;

  constructor(private readonly pc: ProfileContext) {}

  /** The answers are read in document order; markers are grouped by the answer they stand in. */
  beginAnswer(): void {
    this.answer += 1;
  }

  /**
   * Record a marker that opens amended text of an article, or refers back to one ("amendment
   * like above" with no text: recorded so that later undated markers can speak of it). The
   * marker of an amendment that also inserted the next article is one statement.
   */
  state(marker: AmendmentMarker, instrument: string, article: string): StatedAmendment {
    const known = this.byMarker.get(marker.piece);
    if (known) return known;
    let named: string | null = null;
    if (marker.gazette) {
      const date = marker.date ?? this.pc.fail(marker.piece, 'a date before the gazette ("amendment D/M/YYYY “…”")');
      named = `${this.pc.instruments.prefix}-og-${marker.gazette.number}-${marker.gazette.year}`;
      const act = this.acts.get(named);
      if (act && act.date !== date) this.pc.fail(marker.piece, `the date ${act.date} that this act was given before`);
      const draft = act ?? { ref: named, gazette: marker.gazette, date, pieces: [], amends: new Set<string>() };
      draft.pieces.push(marker.piece);
      this.acts.set(named, draft);
    }
    const stated: StatedAmendment = { given: marker.date, named, instrument, article, answer: this.answer, seq: this.stated.length, piece: marker.piece };
    this.stated.push(stated);
    this.byMarker.set(marker.piece, stated);
    return stated;
  }

  /** The date of a stated amendment, once every marker of the source has been read. */
  dateOf(stated: StatedAmendment): string {
    return stated.given ?? this.resolve().get(stated)!.date;
  }

  /** The act that made a stated amendment, once every marker of the source has been read. */
  actOf(stated: StatedAmendment): string | null {
    const date = this.dateOf(stated);
    let act = stated.named ?? (stated.given === null ? this.resolve().get(stated)!.named : null);
    if (act === null) {
      const ofDate = [...this.acts.values()].filter((a) => a.date === date);
      if (ofDate.length > 1) {
        const names = ofDate.map((a) => `“${a.gazette.text}”`).join(' and ');
        this.pc.fail(stated.piece, `the act of this amendment named, since the source names two acts of ${date} (${names})`);
      }
      act = ofDate[0]?.ref ?? null;
    }
    if (act) this.acts.get(act)!.amends.add(instrumentIri(stated.instrument));
    return act;
  }

  /** Dates (and named acts) for the markers that give none, in document order. */
  private resolve(): Map<StatedAmendment, Resolved> {
    if (this.resolved) return this.resolved;
    const resolved = new Map<StatedAmendment, Resolved>();
    const of = (s: StatedAmendment): Resolved => (s.given !== null ? { date: s.given, named: s.named } : resolved.get(s)!);
    this.resolved = resolved;
    for (const s of this.stated) if (s.given === null) resolved.set(s, of(this.source(s)));
    return resolved;
  }

  /** The amendment an undated marker speaks of (see the module's comment); earlier ones are resolved first. */
  private source(s: StatedAmendment): StatedAmendment {
    const before = this.stated.slice(0, s.seq).reverse();
    // the article's own amendments: dated ones anywhere, undated ones already resolved
    const own = this.stated.filter((o) => o !== s && o.article === s.article && (o.given !== null || o.seq < s.seq));
    const ownDates = [...new Set(own.map((o) => this.dateOf(o)))].sort();
    if (ownDates.length === 1) return own[0]!;
    if (ownDates.length > 1) {
      return before.find((o) => own.includes(o)) ?? this.pc.fail(s.piece, `a date on this amendment, since ${s.article} has amendments of ${ownDates.join(' and ')}`);
    }
    return before.find((o) => o.answer === s.answer) ?? before[0] ?? this.pc.fail(s.piece, 'a date on the first amendment ("amendment D/M/YYYY …")');
  }

  instruments(): Instrument[] {
    return [...this.acts.values()].map((a) => {
      const gazette = gazetteName(this.pc.instruments.prefix);
      return instrumentNode({
        ref: a.ref,
        kind: 'amending-act',
        jurisdiction: this.pc.instruments.jurisdiction,
        title: a.gazette.text,
        number: `${a.gazette.number}/${a.gazette.year}`,
        publishedIn: gazette ? [`${gazette} ${a.gazette.number}/${a.gazette.year}`] : [],
        firstDateEntryInForce: a.date,
        amends: [...a.amends].sort(),
        provenance: this.pc.provenance(a.pieces),
      });
    });
  }
}
