import { z } from 'zod';
import { AlternateName, Iri, IsoDate, ProvenanceList, SourceId } from './common.js';

/**
 * A fact from a non-legislative source (status, declaration, strategy, institution, case study,
 * event, letter, statistic …) as a schema.org / ELI node. `kind` says which; the fields a kind
 * uses are documented on the field.
 */
export const Fact = z
  .object({
    '@id': Iri,
    '@type': z.array(z.string().regex(/^(schema|eli|cyberlex|prov):[A-Za-z]+$/)).min(1),
    kind: z.string().regex(/^[a-z][a-z-]*$/),
    name: z.string().nullable(),
    alternateNames: z.array(AlternateName),
    description: z.string().nullable(),
    source: SourceId,
    /** When the source said it. */
    sourceDate: IsoDate.nullable(),
    provenance: ProvenanceList,
  })
  .strict();

export type Fact = z.infer<typeof Fact>;
