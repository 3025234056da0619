/**
 * What the CLI uses of a data package's module: its public exports only (the accessor every
 * data package ships). `mappingsOf`, `isRef` and `refOf` are newer exports; an older package may lack them.
 */
import type { Dataset, Instrument, Mapping, Paragraph, Provision, Statement, Version } from '@cyberlex/schema';

export type Status = 'in-force' | 'deleted' | 'not-in-force' | 'not-quoted' | 'structure';

export interface PointInTime {
  ref?: string;
  provision: Provision;
  version: Version | null;
  status: Status;
  paragraphs: Paragraph[];
  /** True when no source dates the start of the version answered. */
  startUnknown?: boolean;
}

export interface DataModule {
  dataset: Dataset;
  instruments(): Instrument[];
  instrumentById(iri: string): Instrument | undefined;
  provisions(): Provision[];
  provision(ref: string): Provision | undefined;
  provisionById(iri: string): Provision | undefined;
  versions(ref: string): Version[];
  at(ref: string, date?: string): PointInTime | undefined;
  statements(ref: string): Statement[];
  mappings(): Mapping[];
  mapping(articleRef: string): Mapping | undefined;
  mappingsOf?(ref: string): Mapping[];
  isRef?(value: unknown): boolean;
  /** The ref of any cyberlex provision or instrument IRI, from the directory of instruments every package ships. */
  refOf?(iri: string): string | undefined;
}
