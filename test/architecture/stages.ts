/**
 * The pipeline's import graph against its stages: extract → segment → parse → link → validate
 * → emit → release, after `sources/` (raw/ and its manifest). A stage imports only from
 * stages before it, from itself, and from the shared modules (model/, errors, files, paths,
 * cache); the composers (ingest/, inspect/, the package's index and bundle loader) may import
 * any stage. No module may take part in an import cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const STAGES = ['sources', 'extract', 'segment', 'parse', 'link', 'validate', 'emit', 'release'] as const;
const SHARED = new Set(['model', 'errors.ts', 'files.ts', 'paths.ts', 'cache.ts']);

/** module (path from src/) → the modules it imports (static imports, re-exports and dynamic import()). */
export type ImportGraph = Map<string, string[]>;

export function importGraph(src: string): ImportGraph {
  const graph: ImportGraph = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) {
        // TypeScript's own pre-processor: imports, re-exports and import() — not import-like text in strings
        const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
        const targets = importedFiles.map((f) => f.fileName).filter((f) => f.startsWith('.')).map((f) => relative(src, resolve(dirname(path), f.replace(/\.js$/, '.ts'))));
        graph.set(relative(src, path), [...new Set(targets)]);
      }
    }
  };
  walk(src);
  return graph;
}

/** The stage a module belongs to: its index in STAGES, -1 for shared modules, null for composers. */
function stageOf(module: string): number | null {
  const top = module.split('/')[0]!;
  if (SHARED.has(top)) return -1;
  const i = (STAGES as readonly string[]).indexOf(top);
  return i === -1 ? null : i;
}

/** Every import against the order: "parse/x.ts → link/y.ts". */
export function backwardImports(graph: ImportGraph): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const a = stageOf(from);
    for (const to of targets) {
      const b = stageOf(to);
      if (a === null) continue;
      if (b === null || b > a) out.push(`${from} → ${to}`);
    }
  }
  return out.sort();
}

/** Every import cycle, as the modules on it (each cycle once, from its smallest module). */
export function importCycles(graph: ImportGraph): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (m: string) => {
    state.set(m, 'open');
    stack.push(m);
    for (const t of graph.get(m) ?? []) {
      if (state.get(t) === 'open') {
        const cycle = stack.slice(stack.indexOf(t));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join(' → '), canonical);
      } else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(m, 'done');
  };
  for (const m of [...graph.keys()].sort()) if (!state.has(m)) visit(m);
  return [...cycles.values()];
}
