/* Generated from the zod model in @cyberlex/schema by `npm run build`. Do not edit. */

export interface AgeDefinitionFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "age-definition";
  term: string;
  minAge: number | null;
  maxAge: number | null;
  definedIn: Iri | null;
}

export interface AlternateName {
  name: string;
  provenance: Provenance[];
}

export interface AmendmentEventFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "amendment-event";
  amendingAct: Iri;
  amends: Iri[];
  inForceFrom: IsoDate | null;
  changes: string;
}

export interface Amount {
  value: number;
  valueMax: number | null;
  currency: string;
  kind: "gain" | "seized" | "frozen" | "invested" | "profit" | "other";
  approximate: boolean;
  text: string;
  provenance: Provenance[];
}

export interface Applies {
  "@id": Iri;
  applies: Iri[];
}

export type Assessment = "provided" | "partial" | "general" | "not-provided" | "unstated";

export interface CaseStudyFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "case-study";
  number: string;
  filedUnder: Iri[];
  period: ({
    text: string;
    periodFrom: string | null;
    periodTo: string | null;
    provenance: Provenance[];
  }) | null;
  parties: ({
    name: string;
    country: string | null;
    provenance: Provenance[];
  })[];
  countries: NamedEntry[];
  amounts: Amount[];
  convictedUnder: Iri[];
  convictions: {
    offence: string;
    provision: Iri;
    text: string;
    provenance: Provenance[];
  }[];
  partOf: Iri | null;
}

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

export interface ContactPointFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "contact-point";
  country: string | null;
  year: string | null;
  operatedBy: Iri | null;
}

export interface ConventionStatusFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "convention-status";
  about: Iri[];
  country: string | null;
  status: "party" | "signatory" | "non-party";
  statusLabel: string;
  startDate: IsoDate | null;
  dateRatified: IsoDate | null;
  declarations: Iri[];
}

export interface CooperationFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "cooperation";
  text: string;
  year: string | null;
  counts: Count[];
  items: TextEntry[];
  about: Iri[];
}

export interface Count {
  value: number;
  unit: string;
  label: string | null;
  text: string;
  provenance: Provenance[];
}

export interface DatabaseFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "database";
  text: string;
  year: string | null;
  counts: Count[];
  items: TextEntry[];
  about: Iri[];
}

export interface Dataset {
  "@context": { [key: string]: unknown };
  "@id": Iri;
  "@type": ["schema:Dataset"];
  package: string;
  name: string;
  description: string;
  sources: Source[];
  instruments: Instrument[];
  provisions: Provision[];
  statements: Statement[];
  mappings: Mapping[];
  applications: Applies[];
  facts: Fact[];
  conflicts: Conflict[];
  tombstones: Tombstone[];
}

export interface DeclarationFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "declaration";
  concerns: Iri[];
  text: string;
  author: string | null;
  letterDate: IsoDate | null;
  dateRegistered: IsoDate | null;
  registeredAt: string | null;
  originalLanguage: string | null;
  periodStart: IsoDate | null;
}

export interface EventFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "event";
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  location: string | null;
  countries: NamedEntry[];
  status: string | null;
  identifiers: ({
    label: string;
    codes: string[];
    title: string | null;
    text: string;
    provenance: Provenance[];
  })[];
  objectives: TextEntry[];
  outcomes: TextEntry[];
  conclusions: TextEntry[];
  followUps: FollowUp[];
  counts: Count[];
  participants: string | null;
  experts: NamedEntry[];
  secretariat: NamedEntry[];
  contact: string | null;
  dateModified: IsoDate[];
  datePrinted: IsoDate | null;
  fields: {
    label: string;
    value: string;
    provenance: Provenance[];
  }[];
}

export interface Evidence {
  property: string;
  text: string;
  provenance: Provenance[];
}

export type Fact = ConventionStatusFact | DeclarationFact | StrategyFact | OrganizationFact | CaseStudyFact | EventFact | LetterFact | AgeDefinitionFact | OffenceFact | AmendmentEventFact | LegalReferenceFact | OperationFact | ContactPointFact | MeasureFact | RegisterFact | DatabaseFact | CooperationFact | ResultFact | InstitutionFact | NoteFact;

export interface FollowUp {
  text: string;
  dateText: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  provenance: Provenance[];
}

export interface InstitutionFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "institution";
  text: string;
  year: string | null;
  counts: Count[];
  items: TextEntry[];
  about: Iri[];
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
  jurisdiction: Jurisdiction;
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

/** A State by its ISO 3166-1 alpha-2 code ("RS"), or "CoE" for the Council of Europe. */
export type Jurisdiction = string;

export interface LegalReferenceFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "legal-reference";
  refersTo: Iri | null;
  position: number;
}

export interface LetterFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "letter";
  sender: string;
  recipient: string;
  recipientAddress: string[];
  number: string;
  dateSent: IsoDate | null;
  place: string | null;
  subjectLine: string | null;
  inReplyTo: ({
    text: string;
    date: IsoDate | null;
    provenance: Provenance[];
  }) | null;
  signature: string | null;
}

export interface Mapping {
  "@id": Iri;
  "@type": ["cyberlex:ImplementationMapping"];
  article: Iri;
  articleRef: ProvisionRef;
  title: string;
  jurisdiction: State;
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

export interface MeasureFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "measure";
  text: string;
  year: string | null;
  counts: Count[];
  items: TextEntry[];
  about: Iri[];
}

export interface NamedEntry {
  name: string;
  provenance: Provenance[];
}

export interface NoteFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "note";
  text: string;
  year: string | null;
  counts: Count[];
  items: TextEntry[];
  about: Iri[];
}

export interface NumberedEntry {
  number: string;
  text: string;
  provenance: Provenance[];
}

export interface OffenceFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "offence";
  instrument: Iri | null;
  chapter: Iri | null;
  chapterTitle: string | null;
  articles: Iri[];
  articleRange: {
    from: Iri;
    to: Iri;
  } | null;
}

export interface OperationFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "operation";
  startYear: string | null;
  conductedBy: Iri[];
}

export interface OrganizationFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "organization";
  parentOrganization: Iri | null;
  categories: ("specialised-institution" | "other-relevant-authority" | "competent-authority" | "mentioned")[];
  foundingYear: string | null;
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
  textStatus: "quoted" | "cited-only";
  versions: Version[];
  variants: Variant[];
  alternateTitles: AlternateName[];
  provenance: Provenance[];
}

export type ProvisionRef = string;

export interface RegisterFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "register";
  text: string;
  year: string | null;
  counts: Count[];
  items: TextEntry[];
  about: Iri[];
}

export interface ResultFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "result";
  text: string;
  year: string | null;
  counts: Count[];
  items: TextEntry[];
  about: Iri[];
}

export type Sha256 = string;

export interface Source {
  "@id": Iri;
  "@type": ["schema:DigitalDocument"];
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

/** A State by its ISO 3166-1 alpha-2 code, upper case ("RS"). */
export type State = string;

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

export interface StrategyFact {
  "@id": Iri;
  "@type": string[];
  name: string | null;
  alternateNames: AlternateName[];
  description: string | null;
  source: SourceId;
  sourceDate: IsoDate | null;
  provenance: Provenance[];
  evidence: Evidence[];
  kind: "strategy";
  startYear: string | null;
  endYear: string | null;
  adopted: IsoDate | null;
  actionPlan: ({
    name: string;
    startYear: string | null;
    endYear: string | null;
    text: string;
    provenance: Provenance[];
  }) | null;
  goals: NumberedEntry[];
  responsible: Iri | null;
  involved: Iri[];
}

export interface TextEntry {
  text: string;
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
/** Instrument refs of every cyberlex package (see `directory`). */
export type AnyInstrumentRef = "ets185"
  | "rs-cc"
  | "rs-cc-amendments-2017"
  | "rs-corporate-liability-law"
  | "rs-cpc"
  | "rs-cybercrime-authorities-law"
  | "rs-og-104-2009"
  | "rs-og-72-2009";
/** A ref in any cyberlex package, by its instrument: `rs-cc:199/3`, `ets185:chapter-II`. */
export type AnyRef = `${AnyInstrumentRef}:${string}`;
/** Convention articles with an implementation mapping in this package. */
export type MappedArticleRef = never;
export type FactKind = "event";
/** A calendar date, `YYYY-MM-DD`; the accessor also checks the day exists (a TypeError otherwise). */
export type CalendarDate = `${number}-${number}-${number}`;

/**
 * `in-force` / `deleted`: the status of the version in force on the date. `not-in-force`: not part of the
 * law on the date (before its first version, or a paragraph a later amendment added). `not-quoted`: a
 * provision sources cite but none quotes (it has no versions). `structure`: a chapter, section, title or heading.
 */
export type PointInTimeStatus = 'in-force' | 'deleted' | 'not-in-force' | 'not-quoted' | 'structure';

/** A provision as it stood on a date. */
export interface PointInTime {
  ref: Ref;
  /** The provision's node (for a paragraph ref, the paragraph's node where the data has one, else its article's). */
  provision: Provision;
  /** The version in force on the date; null when none is (or for structure and not-quoted provisions). */
  version: Version | null;
  status: PointInTimeStatus;
  /** The version's paragraphs (just the one, for a paragraph ref); empty when not in force. */
  paragraphs: Paragraph[];
  /**
   * True when the version found has `versionDate: null`: no source dates its start, so it was in force on
   * the date only if it had begun by then. The answer does not assert it.
   */
  startUnknown: boolean;
}

/** A ref's parts, as `parseRef` reads them. */
export interface ProvisionRefParts {
  instrument: string;
  article: string | null;
  paragraph: string | null;
  rest: string[];
  structure: string[];
}

export interface Accessor {
  dataset: Dataset;
  instruments(): Instrument[];
  instrument(ref: string): Instrument | undefined;
  instrumentById(iri: string): Instrument | undefined;
  provisions(): Provision[];
  provision(ref: string): Provision | undefined;
  provisionById(iri: string): Provision | undefined;
  versions(ref: string): Version[];
  at(ref: string, date?: string): PointInTime | undefined;
  statements(ref: string): Statement[];
  mappings(): Mapping[];
  mapping(articleRef: string): Mapping | undefined;
  mappingsOf(ref: string): Mapping[];
  facts(kind?: string): Fact[];
  conflicts(): Conflict[];
  tombstone(iri: string): Tombstone | undefined;
  packageOf(ref: string): string | undefined;
  iriOf(ref: string): string | undefined;
  refOf(iri: string): string | undefined;
}

/** The package's dataset, as shipped in data.json (and data.jsonld). */
export declare const dataset: Dataset;
/** Every instrument of the cyberlex packages: [instrument ref, IRI, npm package]. */
export declare const directory: readonly (readonly [AnyInstrumentRef, Iri, string])[];
/** The query functions over any cyberlex dataset (another package's `dataset`, or data.json read by hand). */
export declare function createAccessor(dataset: Dataset, options?: { directory?: readonly (readonly [string, string, string])[] }): Accessor;
/** True when `value` is shaped as a provision ref (`rs-cc:199/3`, `ets185:chapter-II/section-1`); whether a package holds it is `provision(ref)`. */
export declare function isRef(value: unknown): value is string;
export declare function parseRef(ref: unknown): ProvisionRefParts | null;
export declare function instruments(): Instrument[];
export declare function instrument(ref: InstrumentRefIn): Instrument | undefined;
export declare function instrumentById(iri: Iri): Instrument | undefined;
export declare function provisions(): Provision[];
export declare function provision(ref: Ref): Provision | undefined;
export declare function provisionById(iri: Iri): Provision | undefined;
/** Every version of the article (a paragraph ref: of its article), oldest first. */
export declare function versions(ref: ArticleRef | ParagraphRef): Version[];
/**
 * What the provision said on `date` (a real day, `YYYY-MM-DD`, else a TypeError naming it); without a date,
 * the latest version. Undefined for a ref the package does not hold.
 */
export declare function at(ref: Ref, date?: CalendarDate): PointInTime | undefined;
/** What the sources say about the provision: for an article, about it or any of its paragraphs; for a paragraph, about it or its whole article. */
export declare function statements(ref: ArticleRef | ParagraphRef): Statement[];
export declare function mappings(): Mapping[];
export declare function mapping(articleRef: MappedArticleRef): Mapping | undefined;
/** The implementation mappings that cite the provision (for an article: it or any of its paragraphs), whichever package holds it. */
export declare function mappingsOf(ref: AnyRef): Mapping[];
export declare function facts(kind?: FactKind): Fact[];
export declare function conflicts(): Conflict[];
/** An id this package had in an earlier version and no longer has: the ref it had and the id that replaced it, if any. */
export declare function tombstone(iri: Iri): Tombstone | undefined;
/** The npm package that holds a ref's instrument (`rs-cc:199/3` → `@cyberlex/rs-criminal-code`), or undefined. */
export declare function packageOf(ref: AnyRef | AnyInstrumentRef): string | undefined;
/** The IRI a ref names (for any instrument in `directory`), or undefined. */
export declare function iriOf(ref: AnyRef): Iri | undefined;
/** The ref an IRI names (a mapping's cited provision, a statement's subject), or undefined. */
export declare function refOf(iri: string): AnyRef | undefined;
