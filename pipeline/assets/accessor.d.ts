import type { Conflict, Dataset, Fact, Instrument, Mapping, Paragraph, Provision, Statement, Tombstone, Version } from '@cyberlex/schema';

/**
 * What a provision's answer says about a date: `in-force` / `deleted` (the version's own status),
 * `not-in-force` (not yet or no longer part of the law then), `not-quoted` (a source cites it but
 * no source quotes its text: it has no versions), `structure` (a chapter, section, title or heading).
 */
export type PointInTimeStatus = 'in-force' | 'deleted' | 'not-in-force' | 'not-quoted' | 'structure';

export interface PointInTime {
  ref: string;
  provision: Provision;
  version: Version | null;
  status: PointInTimeStatus;
  paragraphs: Paragraph[];
  /** The version found has `versionDate: null`: it was in force on the date only if it had begun by then. */
  startUnknown: boolean;
}

export interface ProvisionRefParts {
  instrument: string;
  article: string | null;
  paragraph: string | null;
  rest: string[];
  structure: string[];
}

/** Every instrument of the cyberlex packages: `[instrument ref, IRI, npm package]`. */
export type Directory = readonly (readonly [string, string, string])[];

export interface Accessor {
  dataset: Dataset;
  instruments(): Instrument[];
  instrument(ref: string): Instrument | undefined;
  instrumentById(iri: string): Instrument | undefined;
  provisions(): Provision[];
  provision(ref: string): Provision | undefined;
  provisionById(iri: string): Provision | undefined;
  versions(ref: string): Version[];
  /** Throws a TypeError for a date that is not a real `YYYY-MM-DD` day. */
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

export declare function createAccessor(dataset: Dataset, options?: { directory?: Directory }): Accessor;
export declare function isRef(value: unknown): value is string;
export declare function parseRef(ref: unknown): ProvisionRefParts | null;
