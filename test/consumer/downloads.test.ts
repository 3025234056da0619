/**
 * dist/downloads/ as someone without npm reads it: Python's rdflib parses every JSON-LD file and
 * graph.nq, Python's csv reads the two tables, and what they read is what the datasets hold. Uses
 * a python3 that has rdflib (Debian's python3-rdflib); where none has, the test says so and skips.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@cyberlex/schema';
import { MATRIX_COLUMNS, VERSION_COLUMNS } from '../../pipeline/src/emit/downloads.js';
import { PACKAGES } from '../../pipeline/src/emit/packages.js';
import { ROOT } from '../helpers/sources.js';

const DOWNLOADS = join(ROOT, 'dist', 'downloads');

/** The first python3 that imports rdflib (a pyenv shim on PATH may hide Debian's). */
function pythonWithRdflib(): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(candidate, ['-c', 'import rdflib'], { encoding: 'utf8' });
    if (r.status === 0) return candidate;
  }
  return null;
}

const READER = String.raw`
import csv, glob, json, os, sys
from rdflib import BNode, ConjunctiveGraph, Graph
d = sys.argv[1]
ground = lambda g: {t for t in g.triples((None, None, None)) if not any(isinstance(x, BNode) for x in t)}
jsonld, union = {}, set()
for f in sorted(glob.glob(os.path.join(d, '*.jsonld'))):
    g = Graph()
    g.parse(f, format='json-ld')
    jsonld[os.path.basename(f)] = len(g)
    union |= ground(g)
nq = ConjunctiveGraph()
nq.parse(os.path.join(d, 'graph.nq'), format='nquads')
nqGround = ground(nq)
def table(name):
    with open(os.path.join(d, name), newline='', encoding='utf-8') as f:
        reader = csv.DictReader(f)
        return {'columns': reader.fieldnames, 'rows': list(reader)}
print(json.dumps({
    'jsonld': jsonld,
    'quads': len(nq),
    'ground': [len(nqGround), len(union)],
    'onlyJsonld': sorted({str(p) for (s, p, o) in union - nqGround}),
    'onlyNquads': sorted({str(p) for (s, p, o) in nqGround - union}),
    'matrix': table('compliance-matrix.csv'),
    'versions': table('provision-versions.csv'),
}))
`;

describe('dist/downloads read by Python', () => {
  it('rdflib reads the JSON-LD and graph.nq, and csv the compliance matrix and provision versions, as the data says', (ctx) => {
    const python = pythonWithRdflib();
    if (python === null) {
      ctx.skip('no python3 with rdflib here (apt-get install python3-rdflib): the downloads were not read by Python');
      return;
    }
    const r = spawnSync(python, ['-c', READER, DOWNLOADS], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    const read = JSON.parse(r.stdout) as {
      jsonld: Record<string, number>;
      quads: number;
      ground: [number, number];
      onlyJsonld: string[];
      onlyNquads: string[];
      matrix: { columns: string[]; rows: Record<string, string>[] };
      versions: { columns: string[]; rows: Record<string, string>[] };
    };
    const datasets = PACKAGES.map((spec) => JSON.parse(readFileSync(join(ROOT, 'packages', spec.dir, 'data.json'), 'utf8')) as Dataset);

    expect(Object.keys(read.jsonld)).toEqual(PACKAGES.map((p) => `${p.dir}.jsonld`).sort());
    for (const [file, triples] of Object.entries(read.jsonld)) expect(triples, file).toBeGreaterThan(0);
    expect(read.quads).toBe(readFileSync(join(DOWNLOADS, 'graph.nq'), 'utf8').trimEnd().split('\n').length);
    // Every triple without a blank node is the same in both, but for the mappings' citations:
    // rdflib 6 ignores JSON-LD 1.1 property-scoped contexts (a mapping's `provisions` and
    // `instruments` are cyberlex:citesProvision / citesInstrument there), which jsonld.js and
    // graph.nq apply. docs/data-use.md tells RDF users to load graph.nq.
    expect(read.ground[0]).toBe(read.ground[1]);
    expect(read.onlyNquads).toEqual(['https://w3id.org/cyberlex/ns#citesInstrument', 'https://w3id.org/cyberlex/ns#citesProvision']);
    expect(read.onlyJsonld).toEqual(['https://w3id.org/cyberlex/ns#instrument', 'https://w3id.org/cyberlex/ns#provision']);

    const mappings = datasets.flatMap((d) => d.mappings);
    expect(read.matrix.columns).toEqual([...MATRIX_COLUMNS]);
    expect(read.matrix.rows.map((row) => row.article)).toEqual(mappings.map((m) => m.articleRef));
    for (const [i, row] of read.matrix.rows.entries()) {
      const m = mappings[i]!;
      expect([row.assessment, row.rule, row.statement, row.cited_provision_iris], m.articleRef).toEqual([m.assessment, m.rule, m.statement ?? '', m.provisions.join(' ')]);
      // refs, never IRIs, in the ref column
      for (const ref of row.cited_provisions!.split(' ').filter(Boolean)) expect(ref, m.articleRef).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]:[^/]/);
    }
    expect(read.matrix.rows.find((row) => row.article === 'ets185:2')?.cited_provisions).toBe('rs-cc:302');

    expect(read.versions.columns).toEqual([...VERSION_COLUMNS]);
    const rows = datasets.flatMap((d) => d.provisions.filter((p) => p.kind === 'article').flatMap((p) => p.versions.flatMap((v) => (v.paragraphs.length === 0 ? [{ p, v, para: null }] : v.paragraphs.map((para) => ({ p, v, para }))))));
    expect(read.versions.rows).toHaveLength(rows.length);
    for (const [i, { p, v, para }] of rows.entries()) {
      const row = read.versions.rows[i]!;
      expect([row.article, row.version_iri, row.version_date, row.valid_until, row.status, row.text], p.ref).toEqual([p.ref, v['@id'], v.versionDate ?? '', v.validUntil ?? '', v.status, para?.text ?? '']);
    }
    const threeMonths = read.versions.rows.find((row) => row.ref === 'rs-cc:199/3' && row.version_date === '');
    expect(threeMonths?.text).toMatch(/three months/);
    expect(threeMonths?.valid_until).toBe('2009-09-11');
  }, 120_000);
});
