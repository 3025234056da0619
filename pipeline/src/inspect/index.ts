/**
 * What `cyberlex extract` shows: a source file as the pipeline sees it — its text, and its
 * table rows where it is a two-column table (a text file with TAB-separated rows, or a PDF
 * whose lines fall into two columns). The segmenters (and the HTML parser) load when a file
 * is inspected, so importing the pipeline does not pay for them.
 */
import { basename } from 'node:path';
import { SourceError } from '../errors.js';
import type { Table } from '../segment/types.js';
import { sha256 } from '../sources/registry.js';
import { extract } from '../extract/index.js';
import type { ExtractedSource } from '../extract/types.js';

export async function inspectSource(bytes: Uint8Array, file: string): Promise<{ doc: ExtractedSource; table: Table | null }> {
  const source = basename(file).replace(/\.[a-z]+$/i, '');
  const doc = await extract(bytes, { source, file, sha256: sha256(bytes) });
  let table: Table | null = null;
  if (doc.pages === null) {
    if (doc.text.includes('\t')) table = (await import('../segment/table/index.js')).segmentTable(doc);
  } else {
    // A PDF is a table when its lines fall into two columns; a single-column one is shown as text.
    const { segmentPdfTable } = await import('../segment/pdf-table/index.js');
    try {
      table = segmentPdfTable(doc);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
    }
  }
  return { doc, table };
}
