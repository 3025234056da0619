/** A data package's package.json: generated, but its version is the one changesets gave it. */
import type { PackageSpec } from './packages.js';

export const DATA_PACKAGE_FILES = ['index.js', 'index.d.ts', 'data.jsonld', 'context.jsonld', 'schema.json', 'changes.json', 'README.md', 'CHANGELOG.md'];

export function packageJson(spec: PackageSpec, existing: { version?: string } | null, holdsMappings = false): string {
  const pkg = {
    name: spec.name,
    version: existing?.version ?? '0.1.0',
    description: spec.description,
    keywords: spec.keywords,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19.0' },
    exports: {
      '.': { types: './index.d.ts', default: './index.js' },
      './data.jsonld': './data.jsonld',
      './context.jsonld': './context.jsonld',
      './schema.json': './schema.json',
      './changes.json': './changes.json',
      './package.json': './package.json',
    },
    types: './index.d.ts',
    files: DATA_PACKAGE_FILES,
    // what the cyberlex CLI looks for to find, among installed packages, the one a ref lives in
    cyberlex: { instruments: spec.instruments, mappings: holdsMappings },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
