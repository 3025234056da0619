/** Checks of a dataset that a schema cannot express. Each returns messages; none throws. */
import type { Dataset, Provenance } from '@cyberlex/schema';
import type { SourceTexts } from './source-texts.js';
import { NOT_CLAIMS } from '../model/claims.js';

export function lintDataset(data: Dataset, texts?: SourceTexts): string[] {
  return [...uniqueIds(data), ...spansInBounds(data, texts), ...versionsOrdered(data), ...attribution(data)];
}


/**
 * Every claim keeps the source that made it: a node's `source` is one of the sources its
 * provenance cites and its `sourceDate` that source's date; a fact drawn from several sources
 * cites, for every value, the spans that gave it (evidence).
 */
function attribution(data: Dataset): string[] {
  const out: string[] = [];
  const dateOf = new Map(data.sources.map((s) => [s.id, s.date]));
  const nodes: { '@id': string; source: string; sourceDate: string | null; provenance: Provenance[]; evidence?: { property: string }[] }[] = [...data.statements, ...data.mappings, ...data.facts];
  for (const node of nodes) {
    const cited = new Set(node.provenance.map((p) => p.source));
    if (node.provenance.length > 0 && !cited.has(node.source)) out.push(`${node['@id']}: source ${node.source} is none of the sources its provenance cites (${[...cited].join(', ')})`);
    if (dateOf.has(node.source) && dateOf.get(node.source) !== node.sourceDate) {
      out.push(`${node['@id']}: sourceDate ${node.sourceDate} is not the date of its source ${node.source} (${dateOf.get(node.source)})`);
    }
    if (cited.size > 1 && node.evidence) {
      const evidenced = new Set(node.evidence.map((e) => e.property));
      for (const [key, value] of Object.entries(node)) {
        if (NOT_CLAIMS.has(key) || value === null || typeof value === 'object' || evidenced.has(key)) continue;
        out.push(`${node['@id']}: ${key} comes from one of ${cited.size} sources, and no evidence says which`);
      }
    }
  }
  return out;
}

function uniqueIds(data: Dataset): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of [data.instruments, data.provisions, data.statements, data.mappings, data.facts, data.conflicts]) {
    for (const node of list) {
      if (seen.has(node['@id'])) out.push(`duplicate @id ${node['@id']}`);
      seen.add(node['@id']);
    }
  }
  return out;
}

function spansInBounds(data: Dataset, texts?: SourceTexts): string[] {
  const out: string[] = [];
  const sha = new Map(data.sources.map((s) => [s.id, s.sha256]));
  JSON.stringify(data, (key, value) => {
    if (key === 'provenance' && Array.isArray(value)) {
      for (const p of value as Provenance[]) {
        if (p.end < p.start) out.push(`span [${p.start}, ${p.end}) of ${p.source} ends before it starts`);
        if (sha.get(p.source) !== p.sha256) out.push(`span of ${p.source} names sha256 ${p.sha256.slice(0, 12)}…, not the source's`);
        const text = texts?.text(p.source, p.page);
        if (texts && text === undefined) out.push(`span names unknown source ${p.source}${p.page ? ` page ${p.page}` : ''}`);
        if (text !== undefined && p.end > text.length) out.push(`span [${p.start}, ${p.end}) is past the end of ${p.source} (${text.length})`);
      }
    }
    return value;
  });
  return out;
}

function versionsOrdered(data: Dataset): string[] {
  const out: string[] = [];
  for (const p of data.provisions) {
    for (let i = 1; i < p.versions.length; i++) {
      const prev = p.versions[i - 1]!;
      const cur = p.versions[i]!;
      if (prev.validUntil === null || (cur.versionDate !== null && prev.validUntil !== cur.versionDate)) {
        out.push(`${p.ref}: version ${i} does not start where version ${i - 1} ends`);
      }
    }
    if (p.versions.length > 0 && p.versions.at(-1)!.validUntil !== null) out.push(`${p.ref}: the latest version has an end date`);
  }
  return out;
}
