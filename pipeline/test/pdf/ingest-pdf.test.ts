/**
 * A source published as a PDF enters ingestion as it always has: its manifest entry names a
 * .pdf file in raw/. Here the law, printed by LibreOffice (test/fixtures/pdf/libreoffice),
 * replaces the law's text file in a copy of the inputs: the law's package holds the same
 * data as from the text, provenance aside.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyInputs } from '../../../test/helpers/repo-copy.js';
import { ingest } from '../../src/ingest/index.js';
import { ROOT } from './hostile-pdfs.js';

const LAW = 'rs-law-cybercrime-authorities-2005-2009';
const PACKAGE = 'packages/rs-cybercrime-authorities-law/data.jsonld';
const copies: (() => void)[] = [];
afterAll(() => copies.forEach((cleanup) => cleanup()));

/** A JSON value with every provenance list, and the source's file and hash, left out. */
function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !/provenance|sha256|file|mediaType|page/i.test(key))
        .map(([key, v]) => [key, withoutProvenance(v)]),
    );
  }
  return value;
}

async function ingestWith(pdf: string | null): Promise<unknown> {
  const copy = copyInputs();
  copies.push(copy.cleanup);
  if (pdf) {
    const manifestPath = join(copy.root, 'raw', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sources: { id: string; file: string; sha256: string }[] };
    const entry = manifest.sources.find((s) => s.id === LAW)!;
    rmSync(join(copy.root, 'raw', entry.file));
    copyFileSync(new URL(pdf, ROOT), join(copy.root, 'raw', `${LAW}.pdf`));
    entry.file = `${LAW}.pdf`;
    entry.sha256 = createHash('sha256').update(readFileSync(join(copy.root, 'raw', entry.file))).digest('hex');
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  await ingest({ root: copy.root, frozen: true });
  return JSON.parse(readFileSync(join(copy.root, PACKAGE), 'utf8'));
}

describe('a manifest entry naming a PDF printed by a third-party producer', () => {
  it('ingests, and the package holds what the text source gives, provenance aside', async () => {
    const fromText = await ingestWith(null);
    const fromPdf = await ingestWith(`test/fixtures/pdf/libreoffice/${LAW}.pdf`);
    expect(withoutProvenance(fromPdf)).toEqual(withoutProvenance(fromText));
    expect(JSON.stringify(fromPdf)).toContain(`${LAW}.pdf`);
  }, 120_000);
});
