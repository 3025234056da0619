import { z } from 'zod';
import { AlternateName, Iri, IsoDate, ProvenanceList, SourceId } from './common.js';

/**
 * Facts from non-legislative sources (status, declaration, strategy, institution, case study,
 * event, letter, statistic …) as schema.org / ELI nodes: one zod object per `kind`, joined in a
 * discriminated union. Every value taken from text keeps provenance: list entries carry their own
 * span; scalar fields name theirs in `evidence`. A date no source gives is null.
 */

/** A year, or a year with a two-digit second year ("2007/08") as the sources write an academic-style span. */
export const Year = z.string().regex(/^\d{4}(?:\/\d{2})?$/).describe('A year (xsd:gYear), or "YYYY/YY".');
/** A calendar year (xsd:gYear). */
export const Year4 = z.string().regex(/^\d{4}$/);
/** A year or a year and month ("2015-09"), for periods the sources give to the month. */
export const YearMonth = z.string().regex(/^\d{4}(?:-\d{2})?$/);

/** Which span states a scalar field's value: `property` is the field's JSON key. */
export const Evidence = z
  .object({ property: z.string().min(1), text: z.string().min(1), provenance: ProvenanceList })
  .strict().meta({ id: 'Evidence' });

/** A piece of text the source gives as one entry (an objective, a goal, an item of a list). */
export const TextEntry = z.object({ text: z.string().min(1), provenance: ProvenanceList }).strict().meta({ id: 'TextEntry' });
/** A numbered entry ("1. Improved and harmonized legislation …"). */
export const NumberedEntry = z.object({ number: z.string(), text: z.string().min(1), provenance: ProvenanceList }).strict().meta({ id: 'NumberedEntry' });
/** A person or body named in a list (an expert, a secretariat member). */
export const NamedEntry = z.object({ name: z.string().min(1), provenance: ProvenanceList }).strict().meta({ id: 'NamedEntry' });

/** A number the source states of something countable ("Participants from 12 countries"). */
export const Count = z
  .object({
    value: z.int().nonnegative(),
    /** What is counted, as the source words it: "countries", "persons", "police officers", "participants". */
    unit: z.string().min(1),
    /** The field or sentence it was stated in, when the source labels it ("Description", "Participants"). */
    label: z.string().nullable(),
    text: z.string().min(1),
    provenance: ProvenanceList,
  })
  .strict().meta({ id: 'Count' });

/** A sum of money or of a virtual currency named in a case study. */
export const Amount = z
  .object({
    value: z.number().nonnegative(),
    /** Upper bound where the source gives a range ("50,000 to 60,000 EUR"); null otherwise. */
    valueMax: z.number().nonnegative().nullable(),
    currency: z.string().min(1),
    kind: z.enum(['gain', 'seized', 'frozen', 'invested', 'profit', 'other']),
    approximate: z.boolean(),
    text: z.string().min(1),
    provenance: ProvenanceList,
  })
  .strict().meta({ id: 'Amount' });

const typeName = z.string().regex(/^(schema|eli|cyberlex|prov):[A-Za-z]+$/);

/** The fields every fact has. */
const base = {
  '@id': Iri,
  '@type': z.array(typeName).min(1),
  /** Every name the source uses for the node (its own name included), each with where it uses it. */
  name: z.string().nullable(),
  alternateNames: z.array(AlternateName),
  description: z.string().nullable(),
  source: SourceId,
  /** When the source said it (the source's own date), not when the fact happened. */
  sourceDate: IsoDate.nullable(),
  provenance: ProvenanceList,
  evidence: z.array(Evidence),
};

/**
 * One kind of fact, named in the JSON Schema's $defs by its kind ("case-study" → CaseStudyFact):
 * named, each kind is its own type in the declarations and its own function in the validator
 * ajv compiles (inlined, the twenty kinds made one 0.8 MB function V8 would not optimise).
 */
const fact = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ ...base, kind: z.literal(kind), ...shape }).strict().meta({ id: factId(kind) });

/** "case-study" → "CaseStudyFact". */
function factId(kind: string): string {
  return `${kind.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}Fact`;
}

/** Where a State stands with a convention ("Statut : Partie"). */
export const ConventionStatusFact = fact('convention-status', {
  about: z.array(Iri).min(1),
  /** The State, as the page names it. */
  country: z.string().nullable(),
  status: z.enum(['party', 'signatory', 'non-party']),
  /** The status as the page words it ("Partie", "Party"). */
  statusLabel: z.string(),
  /** The date it became a party; null where the source gives none. */
  startDate: IsoDate.nullable(),
  /** The date the State ratified or acceded, where the source gives it. */
  dateRatified: IsoDate.nullable(),
  declarations: z.array(Iri),
});

/** A declaration or reservation made to a convention. */
export const DeclarationFact = fact('declaration', {
  concerns: z.array(Iri).min(1),
  text: z.string().min(1),
  author: z.string().nullable(),
  letterDate: IsoDate.nullable(),
  dateRegistered: IsoDate.nullable(),
  registeredAt: z.string().nullable(),
  /** "Or. Engl." — the language of the original. */
  originalLanguage: z.string().nullable(),
  /** From when the declaration applies; null where the source does not say. */
  periodStart: IsoDate.nullable(),
});

/** A national strategy and its action plan. */
export const StrategyFact = fact('strategy', {
  startYear: Year4.nullable(),
  endYear: Year4.nullable(),
  adopted: IsoDate.nullable(),
  actionPlan: z
    .object({ name: z.string(), startYear: Year4.nullable(), endYear: Year4.nullable(), text: z.string(), provenance: ProvenanceList })
    .strict()
    .nullable(),
  goals: z.array(NumberedEntry),
  responsible: Iri.nullable(),
  involved: z.array(Iri),
});

/** A public body (schema:GovernmentOrganization). */
export const OrganizationFact = fact('organization', {
  parentOrganization: Iri.nullable(),
  /** How the source lists it. */
  categories: z.array(z.enum(['specialised-institution', 'other-relevant-authority', 'competent-authority', 'mentioned'])),
  foundingYear: Year.nullable(),
});

/** A case study of the case law section. */
export const CaseStudyFact = fact('case-study', {
  number: z.string(),
  /** Convention articles the case is filed under. */
  filedUnder: z.array(Iri),
  period: z
    .object({ text: z.string(), periodFrom: YearMonth.nullable(), periodTo: YearMonth.nullable(), provenance: ProvenanceList })
    .strict()
    .nullable(),
  /** Persons as the case names them (initials), with the country the case places them in. */
  parties: z.array(z.object({ name: z.string(), country: z.string().nullable(), provenance: ProvenanceList }).strict()),
  countries: z.array(NamedEntry),
  amounts: z.array(Amount),
  /** Criminal Code provisions of the conviction. */
  convictedUnder: z.array(Iri),
  convictions: z.array(z.object({ offence: z.string(), provision: Iri, text: z.string(), provenance: ProvenanceList }).strict()),
  /** The operation the case belongs to, if the case names one. */
  partOf: Iri.nullable(),
});

/** A follow-up the record dates. `dateText` is the source's words; a date it does not fully give is null. */
export const FollowUp = z
  .object({ text: z.string(), dateText: z.string(), startDate: IsoDate.nullable(), endDate: IsoDate.nullable(), provenance: ProvenanceList })
  .strict().meta({ id: 'FollowUp' });

/** A meeting, conference or seminar (schema:Event). */
export const EventFact = fact('event', {
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  location: z.string().nullable(),
  countries: z.array(NamedEntry),
  status: z.string().nullable(),
  /** Programme, project and result identifiers the record lists ("2005/DG1/JP/1624"). */
  identifiers: z.array(z.object({ label: z.string(), codes: z.array(z.string()), title: z.string().nullable(), text: z.string(), provenance: ProvenanceList }).strict()),
  objectives: z.array(TextEntry),
  outcomes: z.array(TextEntry),
  conclusions: z.array(TextEntry),
  followUps: z.array(FollowUp),
  counts: z.array(Count),
  participants: z.string().nullable(),
  experts: z.array(NamedEntry),
  secretariat: z.array(NamedEntry),
  contact: z.string().nullable(),
  dateModified: z.array(IsoDate),
  /** The date the record was printed (page header). */
  datePrinted: IsoDate.nullable(),
  /** Every labelled field of the record, verbatim, in order. */
  fields: z.array(z.object({ label: z.string(), value: z.string(), provenance: ProvenanceList }).strict()),
});

/** A letter (schema:Message). */
export const LetterFact = fact('letter', {
  sender: z.string(),
  recipient: z.string(),
  recipientAddress: z.array(z.string()),
  number: z.string(),
  dateSent: IsoDate.nullable(),
  place: z.string().nullable(),
  subjectLine: z.string().nullable(),
  inReplyTo: z.object({ text: z.string(), date: IsoDate.nullable(), provenance: ProvenanceList }).strict().nullable(),
  signature: z.string().nullable(),
});

/** An age bracket a code defines ("a minor is a person who has reached 14 … but not 18"). Ages: min inclusive, max exclusive. */
export const AgeDefinitionFact = fact('age-definition', {
  term: z.string(),
  minAge: z.int().nonnegative().nullable(),
  maxAge: z.int().nonnegative().nullable(),
  definedIn: Iri.nullable(),
});

/** A criminal offence a source names, with the code's chapter and articles it places it in. */
export const OffenceFact = fact('offence', {
  instrument: Iri.nullable(),
  chapter: Iri.nullable(),
  chapterTitle: z.string().nullable(),
  articles: z.array(Iri),
  /** The chapter's article range as the source gives it, when the offence is not tied to one article. */
  articleRange: z.object({ from: Iri, to: Iri }).strict().nullable(),
});

/** A change in the law a source reports (an amending act coming into force). */
export const AmendmentEventFact = fact('amendment-event', {
  amendingAct: Iri,
  amends: z.array(Iri),
  inForceFrom: IsoDate.nullable(),
  /** What the source says changed, verbatim. */
  changes: z.string(),
});

/** A law, code or protocol a source lists; `refersTo` is the instrument where the project has one. */
export const LegalReferenceFact = fact('legal-reference', {
  refersTo: Iri.nullable(),
  position: z.int().positive(),
});

/** A police or prosecution operation. */
export const OperationFact = fact('operation', {
  startYear: Year4.nullable(),
  conductedBy: z.array(Iri),
});

/** A point of contact (schema:ContactPoint), e.g. a 24/7 network contact point. */
export const ContactPointFact = fact('contact-point', {
  country: z.string().nullable(),
  year: Year.nullable(),
  operatedBy: Iri.nullable(),
});

/** What the kinds of described activity share: the source's text, the year it gives, its counts and list items. */
const described = {
  text: z.string().min(1),
  year: Year.nullable(),
  counts: z.array(Count),
  items: z.array(TextEntry),
  about: z.array(Iri),
};
export const MeasureFact = fact('measure', described);
export const RegisterFact = fact('register', described);
export const DatabaseFact = fact('database', described);
export const CooperationFact = fact('cooperation', described);
export const ResultFact = fact('result', described);
export const InstitutionFact = fact('institution', described);
/** A passage that states no fact of the kinds above, kept so nothing the source says is dropped. */
export const NoteFact = fact('note', described);

export const Fact = z.discriminatedUnion('kind', [
  ConventionStatusFact,
  DeclarationFact,
  StrategyFact,
  OrganizationFact,
  CaseStudyFact,
  EventFact,
  LetterFact,
  AgeDefinitionFact,
  OffenceFact,
  AmendmentEventFact,
  LegalReferenceFact,
  OperationFact,
  ContactPointFact,
  MeasureFact,
  RegisterFact,
  DatabaseFact,
  CooperationFact,
  ResultFact,
  InstitutionFact,
  NoteFact,
]).meta({ id: 'Fact' });

export type Fact = z.infer<typeof Fact>;
export type FactKind = Fact['kind'];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;
export type Evidence = z.infer<typeof Evidence>;
export type TextEntry = z.infer<typeof TextEntry>;
export type Count = z.infer<typeof Count>;
export type Amount = z.infer<typeof Amount>;
export type FollowUp = z.infer<typeof FollowUp>;
/** The kinds whose nodes describe an activity in the source's words (text, year, counts, items). */
export const DESCRIBED_KINDS = ['measure', 'register', 'database', 'cooperation', 'result', 'institution', 'note'] as const;
export type DescribedKind = (typeof DESCRIBED_KINDS)[number];
