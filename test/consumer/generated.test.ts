/**
 * Generated, not hand-kept: the schema package's JSON Schemas, context and types are what the
 * zod model generates now, and every file of every data package (and of dist/) is what a build
 * would write now — byte for byte. A difference means a hand edit or a stale build
 * (`npm run build` regenerates them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaArtifacts } from '@cyberlex/schema/generate';
import { ingest } from '../../pipeline/src/ingest/index.js';
import { packageFiles } from '../../pipeline/src/emit/package-json.js';
import { PACKAGES } from '../../pipeline/src/emit/packages.js';
import { ROOT } from '../helpers/sources.js';

const onDisk = (path: string): string | null => {
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    return null;
  }
};

describe('generated files', () => {
  it('@cyberlex/schema ships the JSON Schemas, context and types the zod model generates', async () => {
    const artifacts = await schemaArtifacts();
    expect(artifacts.map((a) => a.file).sort()).toEqual(['changes.schema.json', 'context.jsonld', 'schema.json', 'types.d.ts']);
    const stale = artifacts.filter((a) => onDisk(`packages/schema/${a.file}`) !== a.content).map((a) => `packages/schema/${a.file}`);
    expect(stale, 'differ from what the zod model generates: run npm run build').toEqual([]);
  });

  it('every data package holds exactly what a build would write now', async () => {
    const { files } = await ingest({ root: ROOT, frozen: true, dryRun: true, cache: false });
    for (const spec of PACKAGES) {
      const own = files.filter((f) => f.path.startsWith(`packages/${spec.dir}/`)).map((f) => f.path.slice(`packages/${spec.dir}/`.length));
      const akn = own.filter((f) => f === 'akn.xml' || f.startsWith('akn/'));
      // a legislation package also ships its Akoma Ntoso documents, the latest expression first
      expect(akn.length > 0, spec.name).toBe(['@cyberlex/budapest-convention', '@cyberlex/rs-criminal-code', '@cyberlex/rs-criminal-procedure-code', '@cyberlex/rs-cybercrime-authorities-law'].includes(spec.name));
      expect(own.sort(), spec.name).toEqual([...packageFiles(akn.map((path) => ({ path }))), 'package.json'].sort());
    }
    const downloads = files.filter((f) => f.path.startsWith('dist/downloads/')).map((f) => f.path.slice('dist/downloads/'.length));
    expect(downloads.sort()).toEqual(['compliance-matrix.csv', 'graph.nq', 'provision-versions.csv', ...PACKAGES.map((p) => `${p.dir}.jsonld`)].sort());
    const stale = files.filter((f) => onDisk(f.path) !== f.content).map((f) => f.path);
    expect(stale, 'differ from what the build writes: run npm run build').toEqual([]);
  }, 300_000);
});
