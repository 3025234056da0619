/**
 * Instrument nodes for what the profile speaks of: the Convention, the codes it quotes, and
 * laws its answers name (with the names they use, where they use them, and an entry into
 * force an answer states: "From 4/11/2008 Law on corporate liability has been entered into force.").
 * Instruments another source describes in full (the cybercrime authorities law) are cited
 * by IRI only.
 */
import type { AlternateName, Instrument, Provenance, Provision } from '@cyberlex/schema';
import { instrumentIri } from '../../model/iri.js';
import { instrumentNode } from '../../model/nodes.js';
import { CONVENTION, type ProfileInstruments } from './instruments.js';

interface InstrumentDraft {
  names: AlternateName[];
  provenance: Provenance[];
  entryIntoForce: Instrument['entryIntoForce'];
}

/** Instruments cited only by IRI here: another source of the project describes them. */
const DESCRIBED_ELSEWHERE = new Set(['rs-cybercrime-authorities-law']);

export class InstrumentRegistry {
  private readonly drafts = new Map<string, InstrumentDraft>();

  constructor(private readonly instruments: ProfileInstruments) {}

  private draft(ref: string): InstrumentDraft {
    let d = this.drafts.get(ref);
    if (!d) {
      d = { names: [], provenance: [], entryIntoForce: [] };
      this.drafts.set(ref, d);
    }
    return d;
  }

  /** A name an answer uses for an instrument. The Convention's bare "Convention" is no name of its own. */
  named(ref: string, name: string, provenance: Provenance[]): void {
    const d = this.draft(ref);
    d.provenance.push(...provenance);
    if (ref === CONVENTION.ref) return;
    const known = d.names.find((n) => n.name === name);
    if (known) known.provenance.push(...provenance);
    else d.names.push({ name, provenance });
  }

  enteredIntoForce(ref: string, text: string, date: string, provenance: Provenance[]): void {
    this.draft(ref).entryIntoForce.push({ text, date, appliesTo: [], provenance });
  }

  /**
   * The nodes: the Convention and the codes always (their titles are the profile parser's
   * given), other instruments when an answer names them, titled by the first name it uses.
   */
  nodes(provisions: readonly Provision[], amendedBy: ReadonlyMap<string, string[]>): Instrument[] {
    const { criminalCode, criminalProcedureCode } = this.instruments;
    const refs = new Set([CONVENTION.ref, criminalCode.ref, criminalProcedureCode.ref, ...this.drafts.keys()]);
    const out: Instrument[] = [];
    for (const ref of [...refs].sort()) {
      const info = this.instruments.info(ref);
      if (!info || DESCRIBED_ELSEWHERE.has(ref)) continue;
      const d = this.draft(ref);
      const title = info.title ?? d.names[0]?.name;
      if (!title) continue;
      const root = instrumentIri(ref);
      out.push(
        instrumentNode({
          ref,
          kind: info.kind,
          jurisdiction: info.jurisdiction,
          title,
          number: info.number,
          alternateNames: d.names.filter((n) => n.name !== title),
          firstDateEntryInForce: d.entryIntoForce.map((e) => e.date).filter((x): x is string => x !== null).sort()[0] ?? null,
          entryIntoForce: d.entryIntoForce,
          amendedBy: amendedBy.get(root) ?? [],
          hasPart: provisions.filter((p) => p.isPartOf === root).map((p) => p['@id']),
          // In reading order: by page first (a PDF source's spans index their page's text).
          provenance: d.provenance.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.start - b.start),
        }),
      );
    }
    return out;
  }
}
