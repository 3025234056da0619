/**
 * Amendments and the acts that made them. "amendment 11/9/2009 “Official gazette of
 * Republic Serbia 72/2009”" names both; "amendment 11/9/2009" alone takes the act of the
 * amendment before it if that one has the same date; a bare "amendment" takes the date and
 * act of the amendment before it. The act is emitted as an amending-act instrument, titled
 * as the source words it; what it amends is derived from the articles it amended.
 */
import type { Instrument } from '@cyberlex/schema';
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

/** Where the Official Gazette is cited by number in its standard English name. */
const GAZETTE_NAME: Record<string, string> = { rs: 'Official Gazette of the Republic of Serbia' };

export class AmendmentActs {
  private readonly acts = new Map<string, ActDraft>();
  private last: { date: string; act: string | null } | null = null;

  constructor(private readonly pc: ProfileContext) {}

  /** The date and act of an amendment marker that opens amended text, in document order. */
  resolve(marker: AmendmentMarker, instrument: string): { date: string; act: string | null } {
    const date = marker.date ?? this.last?.date ?? this.pc.fail(marker.piece, 'a date on the first amendment ("amendment D/M/YYYY …")');
    let act: string | null = null;
    if (marker.gazette) {
      act = `${this.pc.instruments.prefix}-og-${marker.gazette.number}-${marker.gazette.year}`;
      const known = this.acts.get(act);
      if (known && known.date !== date) this.pc.fail(marker.piece, `the date ${known.date} that this act was given before`);
      const draft = known ?? { ref: act, gazette: marker.gazette, date, pieces: [], amends: new Set<string>() };
      draft.pieces.push(marker.piece);
      this.acts.set(act, draft);
    } else if (this.last && this.last.date === date) {
      act = this.last.act;
    }
    if (act) this.acts.get(act)!.amends.add(instrumentIri(instrument));
    this.last = { date, act };
    return { date, act };
  }

  instruments(): Instrument[] {
    return [...this.acts.values()].map((a) => {
      const gazette = GAZETTE_NAME[this.pc.instruments.prefix];
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
