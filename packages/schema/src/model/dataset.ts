import { z } from 'zod';
import { Iri, IsoDate, ProvenanceList, Source, SourceId } from './common.js';
import { Instrument, Provision, Statement } from './legislation.js';
import { Applies, Mapping } from './mapping.js';
import { Fact } from './facts.js';

/** Two claims about one fact that do not agree. Both are kept; nothing is resolved. */
export const Conflict = z
  .object({
    '@id': Iri,
    '@type': z.tuple([z.literal('cyberlex:Conflict')]),
    subject: Iri,
    property: z.string(),
    description: z.string(),
    claims: z
      .array(z.object({ value: z.string(), source: SourceId, provenance: ProvenanceList }).strict())
      .min(2),
  })
  .strict()
  .meta({ id: 'Conflict' });

/** A removed or renamed node: its id keeps pointing somewhere. */
export const Tombstone = z
  .object({
    '@id': Iri,
    '@type': z.tuple([z.literal('cyberlex:Tombstone')]),
    ref: z.string(),
    replacedBy: Iri.nullable(),
    reason: z.string(),
    since: z.string(),
  })
  .strict()
  .meta({ id: 'Tombstone' });

/** One package's data: `data.jsonld`. */
export const Dataset = z
  .object({
    '@context': z.record(z.string(), z.unknown()),
    '@id': Iri,
    '@type': z.tuple([z.literal('schema:Dataset')]),
    package: z.string().regex(/^@cyberlex\/[a-z0-9-]+$/),
    name: z.string(),
    description: z.string(),
    sources: z.array(Source),
    instruments: z.array(Instrument),
    provisions: z.array(Provision),
    statements: z.array(Statement),
    mappings: z.array(Mapping),
    applications: z.array(Applies),
    facts: z.array(Fact),
    conflicts: z.array(Conflict),
    tombstones: z.array(Tombstone),
  })
  .strict()
  .meta({ id: 'Dataset' });

/** One entry of a package's legal history: `changes.json`. */
export const Change = z
  .object({
    /** The package version that first shipped it; null for the history the first release holds. */
    packageVersion: z.string().nullable(),
    /** When the law changed (in force), null where no source says. */
    date: IsoDate.nullable(),
    refs: z.array(z.string()),
    acts: z.array(z.string()),
    bump: z.enum(['major', 'minor', 'patch']),
    summary: z.string(),
  })
  .strict()
  .meta({ id: 'Change' });
export const Changes = z.array(Change);

export type Conflict = z.infer<typeof Conflict>;
export type Tombstone = z.infer<typeof Tombstone>;
export type Dataset = z.infer<typeof Dataset>;
export type Change = z.infer<typeof Change>;
export { ProvenanceList };
