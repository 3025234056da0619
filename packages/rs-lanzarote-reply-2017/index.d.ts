/* Generated from the zod model in @cyberlex/schema by `npm run build`. Do not edit. */

export interface AlternateName {
  name: string;
  provenance: Provenance[];
}

export interface Applies {
  "@id": Iri;
  applies: Iri[];
}

export type Assessment = "provided" | "partial" | "general" | "not-provided" | "unstated";

export interface Conflict {
  "@id": Iri;
  "@type": ["cyberlex:Conflict"];
  subject: Iri;
  property: string;
  description: string;
  claims: {
    value: string;
    source: SourceId;
    provenance: Provenance[];
  }[];
}

export interface Instrument {
  "@id": Iri;
  "@type": ["eli:LegalResource", "schema:Legislation"];
  ref: InstrumentRef;
  kind: "convention" | "code" | "law" | "amending-act";
  title: string;
  alternateNames: AlternateName[];
  number: string | null;
  publishedIn: string[];
  jurisdiction: "RS" | "CoE";
  language: "en";
  legalValue: "unofficial";
  firstDateEntryInForce: IsoDate | null;
  entryIntoForce: ({
    text: string;
    date: IsoDate | null;
    appliesTo: Iri[];
    provenance: Provenance[];
  })[];
  amends: Iri[];
  amendedBy: Iri[];
  hasPart: Iri[];
  provenance: Provenance[];
}

export type InstrumentRef = string;

/** An absolute IRI. */
export type Iri = string;

/** A date, YYYY-MM-DD (xsd:date). */
export type IsoDate = string;

export interface Item {
  number: string;
  text: string;
  items: Item[];
  provenance: Provenance[];
}

export interface Mapping {
  "@id": Iri;
  "@type": ["cyberlex:ImplementationMapping"];
  article: Iri;
  articleRef: ProvisionRef;
  title: string;
  jurisdiction: "RS";
  statement: string | null;
  provisions: Iri[];
  instruments: Iri[];
  quoted: Iri[];
  assessment: Assessment;
  rule: string;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
}

export interface Mark {
  kind: "strong" | "emphasis";
  start: number;
  end: number;
}

export interface Paragraph {
  "@id": Iri;
  realizes: Iri;
  number: string | null;
  text: string;
  marks: Mark[];
  items: Item[];
  carriedOver: boolean;
  provenance: Provenance[];
}

export interface Provenance {
  source: SourceId;
  sha256: Sha256;
  start: number;
  end: number;
  page?: number;
  /** Why the span is shaped as it is, e.g. text reassembled across a page break. */
  note?: string;
}

export interface Provision {
  "@id": Iri;
  "@type": ["eli:LegalResourceSubdivision"];
  ref: ProvisionRef;
  instrument: Iri;
  kind: "chapter" | "section" | "title" | "heading" | "article" | "paragraph";
  number: string | null;
  title: string | null;
  isPartOf: Iri;
  hasPart: Iri[];
  versions: Version[];
  variants: Variant[];
  alternateTitles: AlternateName[];
  provenance: Provenance[];
}

export type ProvisionRef = string;

export type Sha256 = string;

export interface Source {
  "@id": Iri;
  "@type": "schema:DigitalDocument";
  id: SourceId;
  file: string;
  title: string;
  kind: string;
  publisher: string;
  language: string;
  date: IsoDate | null;
  sha256: Sha256;
  mediaType: "text/plain" | "application/pdf";
}

export type SourceId = string;

export interface Statement {
  "@id": Iri;
  "@type": ["cyberlex:Statement"];
  about: Iri[];
  kind: "not-amended" | "amended" | "amendment-reference" | "applicability" | "note";
  text: string;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
}

export interface Tombstone {
  "@id": Iri;
  "@type": ["cyberlex:Tombstone"];
  ref: string;
  replacedBy: Iri | null;
  reason: string;
  since: string;
}

export interface Variant {
  paragraph: Iri;
  text: string;
  provenance: Provenance[];
}

export interface Version {
  "@id": Iri;
  "@type": ["eli:LegalExpression"];
  realizes: Iri;
  versionDate: IsoDate | null;
  validUntil: IsoDate | null;
  status: "in-force" | "deleted";
  amendedBy: Iri[];
  paragraphs: Paragraph[];
  language: "en";
  legalValue: "unofficial";
  provenance: Provenance[];
}

export type Changes = Change[];

export interface Change {
  packageVersion: string | null;
  date: IsoDate | null;
  refs: string[];
  acts: string[];
  bump: "major" | "minor" | "patch";
  summary: string;
}

/** Refs of the articles in this package. */
export type ArticleRef =
  | never;
/** Refs of the paragraphs in this package. */
export type ParagraphRef =
  | never;
/** Refs of chapters, sections, titles and headings in this package. */
export type StructureRef =
  | never;
export type Ref = ArticleRef | ParagraphRef | StructureRef;
/** Instrument refs in this package. */
export type InstrumentRefIn = never;
/** Convention articles with an implementation mapping in this package. */
export type MappedArticleRef = never;
export type FactKind = never;

/** A provision as it stood on a date. */
export interface PointInTime {
  provision: Provision;
  /** The version in force on the date; null before the first version. */
  version: Version | null;
  status: Version['status'] | 'not-in-force';
  /** The version's paragraphs (just the one, for a paragraph ref); empty when not in force. */
  paragraphs: Paragraph[];
}

/** The package's dataset, as shipped in data.jsonld. */
export declare const dataset: Dataset;
export declare function instruments(): Instrument[];
export declare function instrument(ref: InstrumentRefIn): Instrument | undefined;
export declare function instrumentById(iri: Iri): Instrument | undefined;
export declare function provisions(): Provision[];
export declare function provision(ref: Ref): Provision | undefined;
export declare function provisionById(iri: Iri): Provision | undefined;
/** Every version of the article (a paragraph ref: of its article), oldest first. */
export declare function versions(ref: ArticleRef | ParagraphRef): Version[];
/** What the provision said on `date` (YYYY-MM-DD); without a date, the latest version. */
export declare function at(ref: ArticleRef | ParagraphRef, date?: `${number}-${number}-${number}`): PointInTime | undefined;
/** What the sources say about the article ("not amendment" …). */
export declare function statements(ref: ArticleRef | ParagraphRef): Statement[];
export declare function mappings(): Mapping[];
export declare function mapping(articleRef: MappedArticleRef): Mapping | undefined;
export declare function facts(kind?: FactKind): Fact[];
export declare function conflicts(): Conflict[];
