/**
 * Building fact nodes: the fixed parts (IRI, types, source, source date) filled the same way by
 * every fact parser, and provenance for logical segments.
 */
import type { AlternateName, Evidence, FactKind, FactOf, Provenance } from '@cyberlex/schema';
import { nodeIri } from '../../model/iri.js';
import type { ParseContext } from '../context.js';
import { rawOffset, rawSpans, textOf, trim, type LogicalText, type Segment } from './text.js';

/** schema.org / ELI / PROV types per fact kind. */
export const FACT_TYPES: Record<FactKind, string[]> = {
  'convention-status': ['cyberlex:ConventionStatus'],
  declaration: ['cyberlex:Declaration'],
  strategy: ['schema:CreativeWork', 'cyberlex:Strategy'],
  organization: ['schema:GovernmentOrganization'],
  'case-study': ['cyberlex:CaseStudy'],
  event: ['schema:Event'],
  letter: ['schema:Message'],
  'age-definition': ['schema:DefinedTerm'],
  offence: ['cyberlex:Offence'],
  'amendment-event': ['prov:Activity', 'cyberlex:AmendmentEvent'],
  'legal-reference': ['cyberlex:LegalReference'],
  operation: ['prov:Activity', 'cyberlex:Operation'],
  'contact-point': ['schema:ContactPoint'],
  measure: ['cyberlex:Measure'],
  register: ['cyberlex:Register'],
  database: ['schema:Dataset', 'cyberlex:Database'],
  cooperation: ['cyberlex:Cooperation'],
  result: ['cyberlex:Result'],
  institution: ['cyberlex:InstitutionalArrangement'],
  note: ['cyberlex:Note'],
};

type BaseKey = '@id' | '@type' | 'kind' | 'source' | 'sourceDate' | 'alternateNames' | 'evidence' | 'description' | 'name';

/** What a parser says about a fact; the rest is filled in. */
export type FactFields<K extends FactKind> = Omit<FactOf<K>, BaseKey> & {
  name?: string | null;
  description?: string | null;
  alternateNames?: AlternateName[];
  evidence?: Evidence[];
};

/** A fact node: IRI `…/id/<kind>/<source>/<local>`. */
export function factNode<K extends FactKind>(ctx: ParseContext, kind: K, local: string, fields: FactFields<K>): FactOf<K> {
  return {
    '@id': factIri(ctx, kind, local),
    '@type': FACT_TYPES[kind],
    kind,
    name: null,
    alternateNames: [],
    description: null,
    source: ctx.entry.id,
    sourceDate: ctx.entry.date,
    evidence: [],
    ...fields,
  } as unknown as FactOf<K>;
}

export function factIri(ctx: ParseContext, kind: FactKind, local: string): string {
  return nodeIri(kind, `${ctx.entry.id}/${local}`);
}

/** Binds a parse context to one logical text: text and provenance of segments. */
export class Reader {
  constructor(
    readonly ctx: ParseContext,
    readonly lt: LogicalText,
  ) {}

  /** The segment's text; paragraph breaks inside it read as spaces. */
  text(seg: Segment): string {
    return textOf(this.lt, trim(this.lt, seg)).replace(/\n/g, ' ');
  }

  /** Provenance of a segment; a rejoined split word makes several spans, noted. */
  provenance(seg: Segment, note?: string): Provenance[] {
    const spans = rawSpans(this.lt, seg);
    if (spans.length === 0) return this.fail(seg.from, 'text');
    return this.ctx.provenance(spans, note ?? (spans.length > 1 ? 'a word split across lines in the source is rejoined' : undefined));
  }

  /** Provenance of several segments in reading order (e.g. the paragraphs of one case study). */
  provenanceAll(segs: readonly Segment[], note?: string): Provenance[] {
    return segs.flatMap((s) => this.provenance(s, note));
  }

  entry(seg: Segment): { text: string; provenance: Provenance[] } {
    return { text: this.text(seg), provenance: this.provenance(seg) };
  }

  name(seg: Segment): AlternateName {
    return { name: this.text(seg), provenance: this.provenance(seg) };
  }

  evidence(property: string, seg: Segment): Evidence {
    return { property, text: this.text(seg), provenance: this.provenance(seg) };
  }

  fail(at: number, expected: string, found?: string): never {
    return this.ctx.fail(rawOffset(this.lt, at), expected, found);
  }
}
