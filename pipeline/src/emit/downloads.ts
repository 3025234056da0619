/**
 * dist/downloads/: the data for people who do not use npm. Each package's JSON-LD, the whole
 * graph as N-Quads, and two CSV tables (RFC 4180: UTF-8, CRLF, a header row, quotes where needed):
 * the compliance matrix (one row per Convention article mapped) and the provision versions (one
 * row per paragraph of each version). Refs are resolved by the packages' own accessor, so the CSV
 * says what `refOf` says. The columns are documented in the repository's README.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Dataset } from '@cyberlex/schema';
import { PACKAGE_DIR } from '../paths.js';
import type { Directory } from './accessor.js';
import type { PackageSpec } from './packages.js';
import type { OutputFile } from './write.js';

export const MATRIX_COLUMNS = ['article', 'article_iri', 'title', 'jurisdiction', 'assessment', 'rule', 'cited_provisions', 'cited_provision_iris', 'cited_instruments', 'statement', 'source', 'source_date', 'package'] as const;
export const VERSION_COLUMNS = ['ref', 'article', 'instrument', 'version_iri', 'version_date', 'valid_until', 'status', 'amended_by', 'paragraph', 'text', 'carried_over', 'package'] as const;

interface RefResolver {
  refOf(iri: string): string | undefined;
}

/**
 * The accessor the packages ship, in the CommonJS build their `require` entry loads (the pipeline
 * runs from a bundle in which a dynamic import is not available).
 */
function resolver(dataset: Dataset, directory: Directory): RefResolver {
  const file = join(PACKAGE_DIR, 'lib', 'accessor', 'accessor.cjs');
  const { createAccessor } = createRequire(file)(file) as { createAccessor(d: Dataset, o: { directory: Directory }): RefResolver };
  return createAccessor(dataset, { directory });
}

const FIELD_NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return FIELD_NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export function downloads(built: readonly { spec: PackageSpec; data: Dataset; json: string }[], nquads: string, directory: Directory): OutputFile[] {
  const files: OutputFile[] = built.map(({ spec, json }) => ({ path: `dist/downloads/${spec.dir}.jsonld`, content: json }));
  files.push({ path: 'dist/downloads/graph.nq', content: nquads });
  const matrix: (string | null)[][] = [];
  const versions: (string | boolean | null)[][] = [];
  for (const { spec, data } of built) {
    const refs = resolver(data, directory);
    // an IRI no package names a ref for stays an IRI: never a silent blank
    const ref = (iri: string) => refs.refOf(iri) ?? iri;
    for (const m of data.mappings) {
      matrix.push([
        m.articleRef,
        m.article,
        m.title,
        m.jurisdiction,
        m.assessment,
        m.rule,
        m.provisions.map(ref).join(' '),
        m.provisions.join(' '),
        m.instruments.map(ref).join(' '),
        m.statement,
        m.source,
        m.sourceDate,
        spec.name,
      ]);
    }
    const instrumentRef = new Map(data.instruments.map((i) => [i['@id'], i.ref]));
    for (const p of data.provisions) {
      if (p.kind !== 'article') continue;
      for (const v of p.versions) {
        const common = [p.instrument ? instrumentRef.get(p.instrument) ?? ref(p.instrument) : null, v['@id'], v.versionDate, v.validUntil, v.status, v.amendedBy.map(ref).join(' ')] as const;
        if (v.paragraphs.length === 0) versions.push([p.ref, p.ref, ...common, null, null, null, spec.name]);
        for (const para of v.paragraphs) {
          const paragraphRef = para.number === null ? p.ref : `${p.ref}/${para.number}`;
          versions.push([paragraphRef, p.ref, ...common, para.number, para.text, para.carriedOver, spec.name]);
        }
      }
    }
  }
  files.push({ path: 'dist/downloads/compliance-matrix.csv', content: csv(MATRIX_COLUMNS, matrix) });
  files.push({ path: 'dist/downloads/provision-versions.csv', content: csv(VERSION_COLUMNS, versions) });
  return files;
}
