import type { Conflict, Dataset, Fact, Instrument, Mapping, Paragraph, Provision, Statement, Tombstone, Version } from '@cyberlex/schema';

export interface PointInTime {
  provision: Provision;
  version: Version | null;
  status: Version['status'] | 'not-in-force';
  paragraphs: Paragraph[];
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
  facts(kind?: string): Fact[];
  conflicts(): Conflict[];
  tombstone(iri: string): Tombstone | undefined;
}

export declare function createAccessor(dataset: Dataset): Accessor;
