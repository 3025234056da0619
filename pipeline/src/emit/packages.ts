/**
 * Which package holds what (pipeline/data/packages.json): one package per instrument or
 * dataset. Legislation packages take their instruments (and the acts that amend them), the
 * provisions of those and what sources say about them; dataset packages take the facts of
 * their sources. Adding a package is an entry there, checked by the schema below.
 */
import { z } from 'zod';
import { readDataFile } from '../model/data-file.js';

const Ref = z.string().regex(/^[a-z][a-z0-9-]*[a-z0-9]$/);

const PackageSpecSchema = z
  .object({
    /** npm name. */
    name: z.string().regex(/^@cyberlex\/[a-z0-9-]+$/),
    /** Folder under packages/. */
    dir: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    /** Instruments this package is the home of (refs). */
    instruments: z.array(Ref),
    /** Sources whose facts, mappings and leftover instruments this package holds. */
    sources: z.array(Ref),
    keywords: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  })
  .strict()
  .refine((p) => p.name === `@cyberlex/${p.dir}`, { message: 'a name that is @cyberlex/<dir>' });

const PackagesFile = z
  .object({
    $comment: z.string().optional(),
    /** Where the project lives: the packages' repository, homepage and bugs fields, and their READMEs' absolute links. */
    project: z.object({ repository: z.string().regex(/^https:\/\/\S+[^/]$/), blob: z.string().regex(/^https:\/\/\S+[^/]$/) }).strict(),
    packages: z.array(PackageSpecSchema).min(1),
  })
  .strict()
  .refine((f) => new Set(f.packages.map((p) => p.dir)).size === f.packages.length, { message: 'each package once' });

export type PackageSpec = z.infer<typeof PackageSpecSchema>;

export function readPackageSpecs(text?: string): z.infer<typeof PackagesFile> {
  return readDataFile('data/packages.json', PackagesFile, text);
}

const FILE = readPackageSpecs();

/** Where the project lives (a registry's page resolves no relative link). */
export const PROJECT: { readonly repository: string; readonly blob: string } = FILE.project;

export const PACKAGES: PackageSpec[] = FILE.packages;
