/**
 * The source registry: `raw/manifest.json`, one entry a source. Like a lockfile, it records
 * each file's sha256; ingestion compares the files against it.
 */
import { z } from 'zod';
import { JURISDICTION_ID } from '../model/refs.js';

export const ManifestEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Path inside raw/. */
    file: z.string().min(1),
    title: z.string().min(1),
    /** Document kind; picks the parser from the registry (parse/registry.ts). */
    kind: z.string().min(1),
    publisher: z.string().min(1),
    language: z.string().min(2),
    /** The document's own date, where known. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Jurisdiction id, for sources (like country profiles) that can exist once per country. */
    jurisdiction: z.string().regex(new RegExp(`^${JURISDICTION_ID}$`)).optional(),
  })
  .strict();

export const Manifest = z.object({ sources: z.array(ManifestEntry) }).strict();

export type ManifestEntry = z.infer<typeof ManifestEntry>;
export type Manifest = z.infer<typeof Manifest>;
