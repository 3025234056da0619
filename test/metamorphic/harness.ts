/**
 * Metamorphic ingestion: a copy of raw/ and the built packages, a source transformed as a
 * publisher would, a dry-run ingest, and the data compared with the baseline node by node.
 * Provenance (spans, hashes) is set aside: an edit moves the spans of everything after it,
 * and the span tests prove those elsewhere. What is left must differ by exactly the change
 * the transformation calls for.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@cyberlex/schema';
import { ingest, type IngestSummary } from '../../pipeline/src/ingest/index.js';
import { PACKAGES } from '../../pipeline/src/emit/packages.js';
import { ROOT } from '../helpers/sources.js';

/** The node arrays of a dataset whose items carry an `@id`. */
const NODE_ARRAYS = ['sources', 'instruments', 'provisions', 'statements', 'mappings', 'applications', 'facts', 'conflicts', 'tombstones'] as const;

export interface Delta {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface Run {
  /** Per package name, its dataset. */
  datasets: Map<string, Dataset>;
  summary: IngestSummary;
}

/** A workspace holding raw/ and packages/ as the repository has them, to transform and ingest. */
export class Workspace {
  readonly root = mkdtempSync(join(tmpdir(), 'cyberlex-metamorphic-'));

  constructor() {
    cpSync(join(ROOT, 'raw'), join(this.root, 'raw'), { recursive: true });
    cpSync(join(ROOT, 'packages'), join(this.root, 'packages'), { recursive: true, filter: (src) => !src.includes('node_modules') });
  }

  read(file: string): string {
    return readFileSync(join(this.root, 'raw', file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.root, 'raw', file), text);
  }

  /** Put raw/ back as the repository has it. */
  reset(): void {
    rmSync(join(this.root, 'raw'), { recursive: true, force: true });
    cpSync(join(ROOT, 'raw'), join(this.root, 'raw'), { recursive: true });
  }

  async ingest(): Promise<Run> {
    const summary = await ingest({ root: this.root, frozen: false, dryRun: true });
    const datasets = new Map<string, Dataset>();
    for (const spec of PACKAGES) {
      const file = summary.files.find((f) => f.path === `packages/${spec.dir}/data.jsonld`);
      if (file) datasets.set(spec.name, JSON.parse(file.content) as Dataset);
    }
    return { datasets, summary };
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** A value with every `provenance` and `sha256` left out, for comparing what the data says. */
export function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'provenance' && k !== 'sha256') out[k] = withoutProvenance(v);
  return out;
}

/** `<package> <array> <@id>` of every node added, removed or changed, provenance aside. */
export function delta(before: Map<string, Dataset>, after: Map<string, Dataset>): Delta {
  const out: Delta = { added: [], removed: [], changed: [] };
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(name) as unknown as Record<string, { '@id': string }[]> | undefined;
    const b = after.get(name) as unknown as Record<string, { '@id': string }[]> | undefined;
    for (const array of NODE_ARRAYS) {
      const left = new Map((a?.[array] ?? []).map((n) => [n['@id'], JSON.stringify(withoutProvenance(n))]));
      const right = new Map((b?.[array] ?? []).map((n) => [n['@id'], JSON.stringify(withoutProvenance(n))]));
      for (const [id, json] of right) {
        const was = left.get(id);
        if (was === undefined) out.added.push(`${name} ${array} ${id}`);
        else if (was !== json) out.changed.push(`${name} ${array} ${id}`);
      }
      for (const id of left.keys()) if (!right.has(id)) out.removed.push(`${name} ${array} ${id}`);
    }
  }
  for (const list of [out.added, out.removed, out.changed]) list.sort();
  return out;
}
