import { z } from 'zod';
import { Iri, IsoDate, ProvenanceList, ProvisionRef, SourceId, State } from './common.js';

/** How far a national statement says the Convention article is implemented. */
export const Assessment = z.enum(['provided', 'partial', 'general', 'not-provided', 'unstated']).meta({ id: 'Assessment' });

/** A Convention article → the national answer to it (cyberlex:ImplementationMapping). */
export const Mapping = z
  .object({
    '@id': Iri,
    '@type': z.tuple([z.literal('cyberlex:ImplementationMapping')]),
    article: Iri,
    articleRef: ProvisionRef,
    title: z.string(),
    jurisdiction: State,
    /** The national answer's own words (quoted provisions aside), verbatim; null where the cell is empty. */
    statement: z.string().nullable(),
    /** Provisions the statement cites, parsed into refs (paragraph refs where it names paragraphs). */
    provisions: z.array(Iri),
    /** Instruments or parts of them cited as a whole ("Chapter 34 of CPC", "the Law on …"). */
    instruments: z.array(Iri),
    /** Provisions quoted in the answer (their text lives in the instrument packages). */
    quoted: z.array(Iri),
    assessment: Assessment,
    /** Id of the rule in the assessment rule table that decided it. */
    rule: z.string(),
    source: SourceId,
    sourceDate: IsoDate.nullable(),
    provenance: ProvenanceList,
  })
  .strict()
  .meta({ id: 'Mapping' });

/** eli:applies — a national provision applies (without strictly transposing) a Convention article. */
export const Applies = z
  .object({ '@id': Iri, applies: z.array(Iri).min(1) })
  .strict()
  .meta({ id: 'Applies' });

export type Assessment = z.infer<typeof Assessment>;
export type Mapping = z.infer<typeof Mapping>;
export type Applies = z.infer<typeof Applies>;
