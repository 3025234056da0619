import { z } from 'zod';
import { AlternateName, InstrumentRef, Iri, IsoDate, Jurisdiction, Provenance, ProvenanceList, ProvisionRef, SourceId } from './common.js';

/** A law, a code, a convention or an amending act (eli:LegalResource). */
export const Instrument = z
  .object({
    '@id': Iri,
    '@type': z.tuple([z.literal('eli:LegalResource'), z.literal('schema:Legislation')]),
    ref: InstrumentRef,
    kind: z.enum(['convention', 'code', 'law', 'amending-act']),
    title: z.string().min(1),
    alternateNames: z.array(AlternateName),
    /** "ETS 185", "61/2005" … as the sources number it. */
    number: z.string().nullable(),
    /** Where it was published: "Official Gazette of the Republic of Serbia 104/2009". */
    publishedIn: z.array(z.string()),
    jurisdiction: Jurisdiction,
    language: z.literal('en'),
    legalValue: z.literal('unofficial'),
    /** The date it first came into force, if a source gives it. */
    firstDateEntryInForce: IsoDate.nullable(),
    /** The source's own words on when it comes into force, verbatim. */
    entryIntoForce: z.array(z.object({ text: z.string(), date: IsoDate.nullable(), appliesTo: z.array(Iri), provenance: ProvenanceList }).strict()),
    amends: z.array(Iri),
    amendedBy: z.array(Iri),
    hasPart: z.array(Iri),
    provenance: z.array(Provenance),
  })
  .strict()
  .meta({ id: 'Instrument' });

/** An enumerated item ("- 1)", "a", "ii") inside a paragraph, nested as the source nests it. */
export interface Item {
  number: string;
  text: string;
  items: Item[];
  provenance: Provenance[];
}
export const Item: z.ZodType<Item> = z
  .lazy(() => z.object({ number: z.string(), text: z.string().min(1), items: z.array(Item), provenance: ProvenanceList }).strict())
  .meta({ id: 'Item' });

/** Changed words, as the source marks them (bold), offsets into the paragraph's text. */
export const Mark = z.object({ kind: z.enum(['strong', 'emphasis']), start: z.int().nonnegative(), end: z.int().nonnegative() }).strict().meta({ id: 'Mark' });

/** One paragraph of one version of an article (eli:LegalExpression of a paragraph). */
export const Paragraph = z
  .object({
    '@id': Iri,
    realizes: Iri,
    /** "1", "2" … ; null for an article's unnumbered text. */
    number: z.string().nullable(),
    /** The whole paragraph, items included, as the source says it. */
    text: z.string().min(1),
    marks: z.array(Mark),
    items: z.array(Item),
    /** True when the amendment did not restate this paragraph and it carries over from the version before. */
    carriedOver: z.boolean(),
    provenance: ProvenanceList,
  })
  .strict()
  .meta({ id: 'Paragraph' });

export const ProvisionStatus = z.enum(['in-force', 'deleted']);

/** A version of an article: its text from a date, and the act that made it. */
export const Version = z
  .object({
    '@id': Iri,
    '@type': z.tuple([z.literal('eli:LegalExpression')]),
    realizes: Iri,
    /** The date this text took effect; null where no source says. */
    versionDate: IsoDate.nullable(),
    /** The date the next version took effect; null while current (or unknown). */
    validUntil: IsoDate.nullable(),
    status: ProvisionStatus,
    amendedBy: z.array(Iri),
    paragraphs: z.array(Paragraph),
    language: z.literal('en'),
    legalValue: z.literal('unofficial'),
    provenance: z.array(Provenance),
  })
  .strict()
  .meta({ id: 'Version' });

/** A text of a paragraph that a second quote of the same provision gives differently. */
export const Variant = z
  .object({ paragraph: Iri, text: z.string(), provenance: ProvenanceList })
  .strict()
  .meta({ id: 'Variant' });

/** A subdivision of an instrument: chapter, section, title, heading, article, paragraph (eli:LegalResourceSubdivision). */
export const Provision = z
  .object({
    '@id': Iri,
    '@type': z.tuple([z.literal('eli:LegalResourceSubdivision')]),
    ref: ProvisionRef,
    instrument: Iri,
    kind: z.enum(['chapter', 'section', 'title', 'heading', 'article', 'paragraph']),
    number: z.string().nullable(),
    title: z.string().nullable(),
    isPartOf: Iri,
    hasPart: z.array(Iri),
    /**
     * Whether a source gives the provision's text (for a chapter, section or title: its heading):
     * "quoted"; or only cites it, "cited-only" — it then has no versions, and whether and when it
     * was in force is in no source.
     */
    textStatus: z.enum(['quoted', 'cited-only']),
    /** Articles only: every version, oldest first. */
    versions: z.array(Version),
    variants: z.array(Variant),
    alternateTitles: z.array(AlternateName),
    provenance: z.array(Provenance),
  })
  .strict()
  .meta({ id: 'Provision' });

/** What a source says about a provision ("not amendment", "can be applied"), verbatim. */
export const Statement = z
  .object({
    '@id': Iri,
    '@type': z.tuple([z.literal('cyberlex:Statement')]),
    about: z.array(Iri).min(1),
    kind: z.enum(['not-amended', 'amended', 'amendment-reference', 'applicability', 'note']),
    text: z.string().min(1),
    source: SourceId,
    /** When the source said it (the source's date), not when the law changed. */
    sourceDate: IsoDate.nullable(),
    provenance: ProvenanceList,
  })
  .strict()
  .meta({ id: 'Statement' });

export type Instrument = z.infer<typeof Instrument>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Version = z.infer<typeof Version>;
export type Provision = z.infer<typeof Provision>;
export type Statement = z.infer<typeof Statement>;
export type Variant = z.infer<typeof Variant>;
export type Mark = z.infer<typeof Mark>;
export type ProvisionStatus = z.infer<typeof ProvisionStatus>;
