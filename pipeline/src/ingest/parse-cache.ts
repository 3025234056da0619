/**
 * Parse cache: a source whose extracted text, manifest entry and parser code are the same as
 * last time parses to the same graph, so a rerun after one source changed re-parses only that
 * one. Keys hash all of those (and the IRI base); entries live in
 * node_modules/.cache/cyberlex/parse/ (never committed) and land by rename, so a crash or a
 * concurrent run leaves no half-written entry.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedSource } from '../extract/types.js';
import type { Graph } from '../model/graph.js';
import { base } from '../model/iri.js';
import type { ManifestEntry } from '../sources/manifest.js';
import { CODE_DIR, DATA_DIR, PACKAGE_DIR } from '../paths.js';

export const PARSE_CACHE_DIR = join('node_modules', '.cache', 'cyberlex', 'parse');

export interface ParseCache {
  /** The cached graph, or the parser's result (then cached). */
  parse(entry: ManifestEntry, doc: ExtractedSource, parse: () => Promise<Graph>): Promise<Graph>;
  readonly hits: number;
}

export async function openParseCache(root: string): Promise<ParseCache> {
  const dir = join(root, PARSE_CACHE_DIR);
  const code = codeVersion();
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    async parse(entry, doc, parse) {
      const file = join(dir, `${entry.id}-${cacheKey(entry, doc, code)}.json`);
      const cached = await readFile(file, 'utf8').catch(() => null);
      if (cached !== null) {
        try {
          const graph = JSON.parse(cached) as Graph;
          hits++;
          return graph;
        } catch {
          // an unreadable entry is parsed again and overwritten
        }
      }
      const graph = await parse();
      await mkdir(dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(graph));
      await rename(temp, file);
      return graph;
    },
  };
}

export function cacheKey(entry: ManifestEntry, doc: ExtractedSource, code: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(entry));
  hash.update(`\0${doc.sha256}\0${doc.mediaType}\0${doc.textOffset}\0${base()}\0${code}\0`);
  hash.update(doc.text);
  hash.update(JSON.stringify(doc.pages?.map((p) => [p.number, p.offset, p.text.length]) ?? null));
  return hash.digest('hex').slice(0, 32);
}

let version: string | null = null;

/**
 * The version of the code that turns a source into a graph: a hash of every module of the
 * pipeline (src/ under tests, lib/ when built). Any change to them invalidates the cache,
 * which errs on the side of parsing again. Read synchronously: ~150 small files, where a
 * round trip to the thread pool for each cost more than reading them.
 */
export function codeVersion(): string {
  if (version === null) {
    const hash = createHash('sha256');
    // the code, and the knowledge files it reads (linking rules …): either changes what a parser makes
    for (const file of [...listFiles(CODE_DIR), ...listFiles(DATA_DIR)]) {
      hash.update(`${file.slice(PACKAGE_DIR.length)}\0`);
      hash.update(readFileSync(file));
    }
    version = hash.digest('hex');
  }
  return version;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (/\.(?:[cm]?js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
