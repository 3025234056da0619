/** Shared by the PDF tests: the fixtures extracted once per test file, and the provenance check. */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { manifestEntry, comparable } from '../../../test/helpers/sources.js';
import { extractPdf } from '../../src/extract/pdf/index.js';
import type { ExtractedSource } from '../../src/extract/types.js';
import { createParseContext } from '../../src/parse/context.js';
import type { Block } from '../../src/segment/types.js';
import { repoFile } from './hostile-pdfs.js';

export { comparable };

const cache = new Map<string, Promise<ExtractedSource>>();

/** The fixture PDF `path`, extracted as the source `id` would be if it were published as that PDF. */
export function extractFixture(id: string, path: string): Promise<ExtractedSource> {
  let doc = cache.get(path);
  if (!doc) {
    const bytes = repoFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    doc = extractPdf(bytes, { source: id, file: path, sha256 });
    cache.set(path, doc);
  }
  return doc;
}

/**
 * Every block's provenance, sliced out of its pages' text, gives the block's text back.
 * With `rejoined`, blocks may hold words rejoined over a line break (a hyphen dropped, or
 * a compound's kept without the space): the slices are then compared with the block's
 * text whitespace aside.
 */
export function expectProvenanceSlicesBack(id: string, doc: ExtractedSource, blocks: Block[], rejoined = false): void {
  const same = (a: string) => (rejoined ? a.replace(/\s+/g, '') : comparable(a));
  const ctx = createParseContext({ ...manifestEntry(id), sha256: doc.sha256 }, doc);
  for (const block of blocks) {
    const provenance = ctx.provenance(block.spans);
    expect(provenance.length).toBeGreaterThan(0);
    const sliced = provenance.map((p) => {
      const page = doc.pages!.find((pg) => pg.number === p.page);
      expect(page, `provenance names page ${p.page}`).toBeDefined();
      return page!.text.slice(p.start, p.end);
    });
    expect(same(sliced.join(' '))).toBe(same(block.text));
    // The spans also slice `doc.text` to the same text.
    expect(same(block.spans.map((s) => doc.text.slice(s.start, s.end)).join(' '))).toBe(same(block.text));
  }
}
