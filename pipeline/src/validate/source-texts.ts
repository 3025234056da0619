/**
 * The texts provenance spans index, read from a built repository: each raw source (and each
 * PDF's extracted pages) read once, however many spans name it — a dataset holds thousands.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '@cyberlex/schema';

export interface SourceTexts {
  /** Source id → the text provenance spans index (PDF: page number → page text). */
  text(source: string, page?: number): string | undefined;
}

export function sourceTextsOnDisk(root: string, sources: readonly Pick<Source, 'id' | 'file'>[]): SourceTexts {
  const files = new Map(sources.map((s) => [s.id, s.file]));
  const raw = new Map<string, string | undefined>();
  const pages = new Map<string, string[] | undefined>();
  const once = <T>(cache: Map<string, T>, key: string, read: () => T): T => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as T;
  };
  return {
    text(source, page) {
      const file = files.get(source);
      if (file === undefined) return undefined;
      if (page === undefined) return once(raw, source, () => readIfThere(join(root, file)));
      // a PDF's spans index its extracted pages, as ingest wrote them beside the datasets
      const extracted = once(pages, source, () => readIfThere(join(root, 'dist', 'extracted', `${source}.txt`))?.split('\n\f\n'));
      return extracted?.[page - 1];
    },
  };
}

function readIfThere(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
