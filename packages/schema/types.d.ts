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
  facts: (({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "convention-status";
    about: Iri[];
    country: string | null;
    status: "party" | "signatory" | "non-party";
    statusLabel: string;
    startDate: IsoDate | null;
    dateRatified: IsoDate | null;
    declarations: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "declaration";
    concerns: Iri[];
    text: string;
    author: string | null;
    letterDate: IsoDate | null;
    dateRegistered: IsoDate | null;
    registeredAt: string | null;
    originalLanguage: string | null;
    periodStart: IsoDate | null;
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
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
    goals: {
      number: string;
      text: string;
      provenance: Provenance[];
    }[];
    responsible: Iri | null;
    involved: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "organization";
    parentOrganization: Iri | null;
    categories: ("specialised-institution" | "other-relevant-authority" | "competent-authority" | "mentioned")[];
    foundingYear: string | null;
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
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
    countries: {
      name: string;
      provenance: Provenance[];
    }[];
    amounts: ({
      value: number;
      valueMax: number | null;
      currency: string;
      kind: "gain" | "seized" | "frozen" | "invested" | "profit" | "other";
      approximate: boolean;
      text: string;
      provenance: Provenance[];
    })[];
    convictedUnder: Iri[];
    convictions: {
      offence: string;
      provision: Iri;
      text: string;
      provenance: Provenance[];
    }[];
    partOf: Iri | null;
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "event";
    startDate: IsoDate | null;
    endDate: IsoDate | null;
    location: string | null;
    countries: {
      name: string;
      provenance: Provenance[];
    }[];
    status: string | null;
    identifiers: ({
      label: string;
      codes: string[];
      title: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    objectives: {
      text: string;
      provenance: Provenance[];
    }[];
    outcomes: {
      text: string;
      provenance: Provenance[];
    }[];
    conclusions: {
      text: string;
      provenance: Provenance[];
    }[];
    followUps: ({
      text: string;
      dateText: string;
      startDate: IsoDate | null;
      endDate: IsoDate | null;
      provenance: Provenance[];
    })[];
    counts: ({
      value: number;
      unit: string;
      label: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    participants: string | null;
    experts: {
      name: string;
      provenance: Provenance[];
    }[];
    secretariat: {
      name: string;
      provenance: Provenance[];
    }[];
    contact: string | null;
    dateModified: IsoDate[];
    datePrinted: IsoDate | null;
    fields: {
      label: string;
      value: string;
      provenance: Provenance[];
    }[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
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
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "age-definition";
    term: string;
    minAge: number | null;
    maxAge: number | null;
    definedIn: Iri | null;
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "offence";
    instrument: Iri | null;
    chapter: Iri | null;
    chapterTitle: string | null;
    articles: Iri[];
    articleRange: {
      from: Iri;
      to: Iri;
    } | null;
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "amendment-event";
    amendingAct: Iri;
    amends: Iri[];
    inForceFrom: IsoDate | null;
    changes: string;
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "legal-reference";
    refersTo: Iri | null;
    position: number;
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "operation";
    startYear: string | null;
    conductedBy: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "contact-point";
    country: string | null;
    year: string | null;
    operatedBy: Iri | null;
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "measure";
    text: string;
    year: string | null;
    counts: ({
      value: number;
      unit: string;
      label: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    items: {
      text: string;
      provenance: Provenance[];
    }[];
    about: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "register";
    text: string;
    year: string | null;
    counts: ({
      value: number;
      unit: string;
      label: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    items: {
      text: string;
      provenance: Provenance[];
    }[];
    about: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "database";
    text: string;
    year: string | null;
    counts: ({
      value: number;
      unit: string;
      label: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    items: {
      text: string;
      provenance: Provenance[];
    }[];
    about: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "cooperation";
    text: string;
    year: string | null;
    counts: ({
      value: number;
      unit: string;
      label: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    items: {
      text: string;
      provenance: Provenance[];
    }[];
    about: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "result";
    text: string;
    year: string | null;
    counts: ({
      value: number;
      unit: string;
      label: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    items: {
      text: string;
      provenance: Provenance[];
    }[];
    about: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "institution";
    text: string;
    year: string | null;
    counts: ({
      value: number;
      unit: string;
      label: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    items: {
      text: string;
      provenance: Provenance[];
    }[];
    about: Iri[];
  }) | ({
    "@id": Iri;
    "@type": string[];
    name: string | null;
    alternateNames: AlternateName[];
    description: string | null;
    source: SourceId;
    sourceDate: IsoDate | null;
    provenance: Provenance[];
    evidence: {
      property: string;
      text: string;
      provenance: Provenance[];
    }[];
    kind: "note";
    text: string;
    year: string | null;
    counts: ({
      value: number;
      unit: string;
      label: string | null;
      text: string;
      provenance: Provenance[];
    })[];
    items: {
      text: string;
      provenance: Provenance[];
    }[];
    about: Iri[];
  }))[];
  conflicts: Conflict[];
  tombstones: Tombstone[];
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
/** An element of `Dataset['facts']`. */
export type Fact = Dataset['facts'][number];

export type Changes = Change[];

export interface Change {
  packageVersion: string | null;
  date: IsoDate | null;
  refs: string[];
  acts: string[];
  bump: "major" | "minor" | "patch";
  summary: string;
}
