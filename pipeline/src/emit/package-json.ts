/** A data package's package.json: generated, but its version is the one changesets gave it. */
import type { Dataset } from '@cyberlex/schema';
import { PROJECT, type PackageSpec } from './packages.js';

/** The version a package has before its first release: data-semver starts at 1.0.0, so `^1` ranges take data additions. */
export const FIRST_VERSION = '1.0.0';

export const DATA_PACKAGE_FILES = [
  'index.js',
  'index.cjs',
  'index.d.ts',
  'index.d.cts',
  'accessor.js',
  'accessor.cjs',
  'calendar-date.js',
  'data.json',
  'data.jsonld',
  'context.jsonld',
  'schema.json',
  'changes.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
];

/** The files a package ships: every package's, then the Akoma Ntoso documents of a legislation package. */
export function packageFiles(akn: readonly { path: string }[]): string[] {
  return [...DATA_PACKAGE_FILES, ...akn.map((d) => d.path).sort()];
}

/**
 * What the package holds, for tools that find a ref's package without loading any data (the CLI):
 * the instruments whose provisions it holds, and whether it holds implementation mappings.
 */
export function cyberlexField(spec: PackageSpec, data: Dataset): { instruments: string[]; mappings: boolean } {
  const byIri = new Map(data.instruments.map((i) => [i['@id'], i.ref]));
  const held = data.provisions.map((p) => byIri.get(p.instrument)).filter((ref): ref is string => ref !== undefined);
  return { instruments: [...new Set([...spec.instruments, ...held])].sort(), mappings: data.mappings.length > 0 };
}

export function packageJson(spec: PackageSpec, data: Dataset, existing: { version?: string } | null, files: readonly string[] = DATA_PACKAGE_FILES): string {
  const pkg = {
    name: spec.name,
    version: existing?.version ?? FIRST_VERSION,
    description: spec.description,
    keywords: spec.keywords,
    homepage: `${PROJECT.repository}/tree/main/packages/${spec.dir}#readme`,
    bugs: { url: `${PROJECT.repository}/issues` },
    repository: { type: 'git', url: `git+${PROJECT.repository}.git`, directory: `packages/${spec.dir}` },
    // the code is MIT; the texts are their publishers' (LICENSE says whose)
    license: 'SEE LICENSE IN LICENSE',
    type: 'module',
    // importing the package parses its data and builds lookup tables: nothing outside it changes
    sideEffects: false,
    engines: { node: '>=20.19.0' },
    main: './index.cjs',
    types: './index.d.cts',
    exports: {
      '.': {
        import: { types: './index.d.ts', default: './index.js' },
        require: { types: './index.d.cts', default: './index.cjs' },
      },
      './data.json': './data.json',
      './data.jsonld': './data.jsonld',
      './context.jsonld': './context.jsonld',
      './schema.json': './schema.json',
      './changes.json': './changes.json',
      // a legislation package's Akoma Ntoso documents: akn.xml the latest, akn/<version>.xml the earlier ones
      ...(files.includes('akn.xml') ? { './akn.xml': './akn.xml' } : {}),
      ...(files.some((f) => f.startsWith('akn/')) ? { './akn/*': './akn/*' } : {}),
      './package.json': './package.json',
    },
    files,
    cyberlex: cyberlexField(spec, data),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * Every instrument of every package as `[ref, IRI, package]`, sorted by ref: the package is the one
 * that holds the instrument's provisions, or (an amending act, an instrument cited as a whole) the
 * first that holds its node. Each package ships it, so a ref found in one package leads to another.
 */
export function instrumentDirectory(built: readonly { spec: PackageSpec; data: Dataset }[]): [string, string, string][] {
  const homes = new Map<string, string>();
  for (const { spec, data } of built) for (const ref of cyberlexField(spec, data).instruments) if (!homes.has(ref)) homes.set(ref, spec.name);
  const rows = new Map<string, [string, string, string]>();
  for (const { spec, data } of built) {
    for (const i of data.instruments) if (!rows.has(i.ref)) rows.set(i.ref, [i.ref, i['@id'], homes.get(i.ref) ?? spec.name]);
  }
  return [...rows.values()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
