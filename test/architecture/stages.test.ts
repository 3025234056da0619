/** The pipeline's imports follow its stages (see stages.ts), and the check itself catches what it should. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backwardImports, importCycles, importGraph, type ImportGraph } from './stages.js';

const SRC = fileURLToPath(new URL('../../pipeline/src', import.meta.url));

describe('the pipeline import graph', () => {
  const graph = importGraph(SRC);

  it('has no import against the order of the stages', () => {
    expect(backwardImports(graph)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the check', () => {
  const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it('reports an import of a later stage, and of a composer, but not of an earlier stage or shared module', () => {
    const g = graph({ 'parse/a.ts': ['link/b.ts', 'segment/c.ts', 'model/d.ts', 'ingest/index.ts'], 'link/b.ts': [], 'segment/c.ts': [], 'model/d.ts': [], 'ingest/index.ts': ['release/e.ts'], 'release/e.ts': [] });
    expect(backwardImports(g)).toEqual(['parse/a.ts → ingest/index.ts', 'parse/a.ts → link/b.ts']);
  });

  it('reports each cycle once', () => {
    const g = graph({ 'validate/a.ts': ['validate/b.ts'], 'validate/b.ts': ['validate/c.ts'], 'validate/c.ts': ['validate/a.ts'], 'validate/d.ts': ['validate/d.ts'] });
    expect(importCycles(g)).toEqual([['validate/a.ts', 'validate/b.ts', 'validate/c.ts'], ['validate/d.ts']]);
  });
});
