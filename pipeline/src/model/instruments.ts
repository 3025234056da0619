/**
 * Identity knowledge of instruments (pipeline/data/instruments.json): where each lives in the
 * ELI-shaped IRI tree, which codes a State has, and the name of each State's official gazette.
 * Adding a country or a named instrument is an entry there, not code.
 */
import { z } from 'zod';
import { readDataFile } from './data-file.js';
import { JURISDICTION_ID } from './refs.js';

const ELI_PATH = z.string().regex(/^eli\/[a-z0-9-]+(?:\/[a-z0-9-]+)*$/);

const InstrumentsFile = z
  .object({
    $comment: z.string().optional(),
    /** Instrument ref → its path below the base. */
    paths: z.record(z.string().regex(/^[a-z][a-z0-9-]*[a-z0-9]$/), ELI_PATH),
    /** Code suffix of a ref (`<j>-cc`) → its path below `eli/<j>/`. */
    codes: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/)),
    /** Jurisdiction → the standard English name of its official gazette. */
    gazettes: z.record(z.string().regex(new RegExp(`^${JURISDICTION_ID}$`)), z.string().min(1)),
  })
  .strict();

export type InstrumentKnowledge = z.infer<typeof InstrumentsFile>;

export function readInstrumentKnowledge(text?: string): InstrumentKnowledge {
  return readDataFile('data/instruments.json', InstrumentsFile, text);
}

export const INSTRUMENTS: InstrumentKnowledge = readInstrumentKnowledge();

/** The official gazette of a jurisdiction as acts are cited in it, or null where the data does not say. */
export function gazetteName(jurisdiction: string): string | null {
  return Object.hasOwn(INSTRUMENTS.gazettes, jurisdiction) ? INSTRUMENTS.gazettes[jurisdiction]! : null;
}
