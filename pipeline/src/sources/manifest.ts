/**
 * The source registry: `raw/manifest.json`, one entry a source. Like a lockfile, it records
 * each file's sha256; ingestion compares the files against it. Every value is checked for
 * what it claims to be: a date is a day that exists, a language a BCP 47 tag.
 */
import { parseIsoDate } from '@cyberlex/schema';
import { z } from 'zod';
import { JURISDICTION_ID } from '../model/refs.js';

/**
 * True for a well-formed BCP 47 language tag ("en", "sr-Latn-RS"), as the platform's Intl reads
 * them, whose language is an ISO 639 code: the 5–8 letter language subtags BCP 47's syntax
 * allows are reserved and none is registered, so "english" is refused.
 */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && /^[A-Za-z]{2,3}(?:-|$)/.test(tag);
  } catch {
    return false; // RangeError: not a structurally valid language tag
  }
}

export const ManifestEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Path inside raw/ (sources/confine.ts refuses any other). */
    file: z.string().min(1),
    title: z.string().min(1),
    /** Document kind; picks the parser from the registry (parse/registry.ts). */
    kind: z.string().min(1),
    publisher: z.string().min(1),
    language: z.string().refine(isLanguageTag, { message: 'expected a BCP 47 language tag (en, sr-Latn)' }),
    /** The document's own date, where known: a day of the calendar, through the one date parser. */
    date: z.string().refine((d) => parseIsoDate(d) !== null, { message: 'expected a calendar date YYYY-MM-DD that exists' }).nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Jurisdiction id, for sources (like country profiles) that can exist once per country. */
    jurisdiction: z.string().regex(new RegExp(`^${JURISDICTION_ID}$`)).optional(),
  })
  .strict();

export const Manifest = z.object({ sources: z.array(ManifestEntry) }).strict();

export type ManifestEntry = z.infer<typeof ManifestEntry>;
export type Manifest = z.infer<typeof Manifest>;
