/** Shared bits of CLI output. */
import type { Provenance } from '@cyberlex/schema';
import type { Loaded } from './repo.js';

/** Provenance as the CLI prints it: source id, the raw file's path from the repo root, the span. */
export function provenanceOut(loaded: Loaded, provenance: readonly Provenance[]) {
  const files = new Map<string, string>();
  for (const data of loaded.datasets.values()) for (const s of data.sources) files.set(s.id, s.file);
  const seen = new Set<string>();
  const out: { source: string; file: string; start: number; end: number; page?: number }[] = [];
  for (const p of provenance) {
    const key = `${p.source}:${p.page ?? ''}:${p.start}:${p.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: p.source, file: files.get(p.source) ?? '', start: p.start, end: p.end, ...(p.page ? { page: p.page } : {}) });
  }
  return out;
}

/** Wrap prose at 100 columns for the terminal. */
export function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
