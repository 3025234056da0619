import { z } from 'zod';
import { isIsoDate } from '../calendar-date.js';

/** An absolute IRI (every node id and every link). */
export const Iri = z.string().regex(/^https?:\/\/\S+$/).meta({ id: 'Iri', description: 'An absolute IRI.' });

/** A calendar date, xsd:date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDate, { message: 'not a calendar date' })
  .meta({ id: 'IsoDate', description: 'A date, YYYY-MM-DD (xsd:date).' });

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/).meta({ id: 'Sha256' });

/** A manifest id of a raw source, e.g. "rs-law-cybercrime-authorities-2005-2009". */
export const SourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).meta({ id: 'SourceId' });

/**
 * A State by its ISO 3166-1 alpha-2 code in upper case ("RS"); a code with a suffix ("XS-001")
 * names a jurisdiction of the synthetic benchmark corpora.
 */
export const State = z
  .string()
  .regex(/^[A-Z]{2}(?:-[A-Z0-9]+)?$/)
  .meta({ id: 'State', description: 'A State by its ISO 3166-1 alpha-2 code, upper case ("RS").' });

/** Whose law an instrument is: a State's, or the Council of Europe's ("CoE") for its conventions. */
export const Jurisdiction = z
  .string()
  .regex(/^(?:[A-Z]{2}(?:-[A-Z0-9]+)?|CoE)$/)
  .meta({ id: 'Jurisdiction', description: 'A State by its ISO 3166-1 alpha-2 code ("RS"), or "CoE" for the Council of Europe.' });

/** An instrument ref: "ets185", "rs-cc", "rs-cpc", "rs-cybercrime-authorities-law", "rs-og-104-2009". */
export const InstrumentRef = z.string().regex(/^[a-z][a-z0-9-]*[a-z0-9]$/).meta({ id: 'InstrumentRef' });

/**
 * A provision ref: `<instrument>:<article>[/<paragraph>]` (articles keep their letters: `rs-cc:185b`),
 * or a structural unit: `<instrument>:chapter-II[/section-1[/title-1]]`, `…:chapter-II/heading-1`.
 */
export const ProvisionRef = z
  .string()
  .regex(/^[a-z][a-z0-9-]*[a-z0-9]:(?:[0-9]+[a-z]*(?:\/[0-9]+[a-z]*)?(?:\/[a-z0-9]+)*|(?:chapter|section|title|heading)-[A-Za-z0-9]+(?:\/(?:section|title|heading)-[A-Za-z0-9]+)*)$/)
  .meta({ id: 'ProvisionRef' });

/**
 * Where a fact comes from: a `[start, end)` span of a raw source (W3C Web Annotation TextPositionSelector).
 * Offsets count UTF-16 code units of the decoded text (for these sources, all in the BMP, the same as characters).
 * For a PDF source, `page` is set and the span indexes that page's extracted text (written to dist/extracted/).
 */
export const Provenance = z
  .object({
    source: SourceId,
    sha256: Sha256,
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    page: z.int().positive().optional(),
    note: z.string().optional().describe('Why the span is shaped as it is, e.g. text reassembled across a page break.'),
  })
  .strict()
  .meta({ id: 'Provenance' });

export const ProvenanceList = z.array(Provenance).min(1);

/** A name a source uses for a node, with where it uses it. */
export const AlternateName = z
  .object({ name: z.string().min(1), provenance: ProvenanceList })
  .strict()
  .meta({ id: 'AlternateName' });

/** The raw source a dataset was built from. */
export const Source = z
  .object({
    '@id': Iri,
    '@type': z.tuple([z.literal('schema:DigitalDocument')]),
    id: SourceId,
    file: z.string().regex(/^raw\//),
    title: z.string(),
    kind: z.string(),
    publisher: z.string(),
    language: z.string(),
    date: IsoDate.nullable(),
    sha256: Sha256,
    mediaType: z.enum(['text/plain', 'application/pdf']),
  })
  .strict()
  .meta({ id: 'Source' });

export type Provenance = z.infer<typeof Provenance>;
export type AlternateName = z.infer<typeof AlternateName>;
export type Source = z.infer<typeof Source>;
