/**
 * Names of linked entities found in the sources' text: for each rule that scans, every place a
 * source names the entity by one of the rule's names, within the text a parser took data from
 * (the spans of the graph's provenance — never page chrome or footers). A defined term right
 * after a mention ("a cyber crime unit (hereinafter: the Unit)") is a name of the same entity.
 * Leftmost-longest: at each word the longest name wins, so "Special Anti-Cyber Crime Division"
 * is the prosecutor's division, not the police one.
 */
import type { Provenance } from '@cyberlex/schema';
import type { Graph } from '../../model/graph.js';
import { nameTokens, type NameToken } from '../../model/names.js';
import { appliesIn, ENTITY_RULES, type EntityRule } from '../../model/entity-rules.js';

export interface SourceText {
  source: string;
  sha256: string;
  text: string;
  /** The manifest's jurisdiction id of the source ("rs"), where it gives one: which rules read its names. */
  jurisdiction?: string;
}

/** A name a source gives an entity the rules link, with every place it gives it. */
export interface Alias {
  target: string;
  rule: string;
  name: string;
  provenance: Provenance[];
}

interface Mention {
  rule: EntityRule;
  start: number;
  end: number;
}

const DEFINITION = /\(hereinafter[:.]\s*([^)]{1,80})\)/g;

export function findMentions(graph: Graph, texts: readonly SourceText[]): Alias[] {
  const aliases = new Map<string, Alias>();
  const patterns = new Map<string | undefined, ReturnType<typeof scanPatterns>>();
  const covered = coveredSpans(graph);
  for (const doc of texts) {
    if (!patterns.has(doc.jurisdiction)) patterns.set(doc.jurisdiction, scanPatterns(doc.jurisdiction));
    for (const [start, end] of covered.get(doc.source) ?? []) {
      const mentions = scan(nameTokens(doc.text, start, end), patterns.get(doc.jurisdiction)!);
      mentions.push(...definitions(doc.text, start, end, mentions));
      for (const m of mentions) {
        const name = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
        const key = `${m.rule.iri}\u0000${name}\u0000${doc.source}`;
        const alias = aliases.get(key) ?? { target: m.rule.iri, rule: m.rule.id, name, provenance: [] };
        alias.provenance.push({ source: doc.source, sha256: doc.sha256, start: m.start, end: m.end });
        aliases.set(key, alias);
      }
    }
  }
  return [...aliases.values()];
}

/** Names to scan for in a source of `jurisdiction`, by first word, longest first. */
function scanPatterns(jurisdiction: string | undefined): Map<string, { words: string[]; rule: EntityRule }[]> {
  const byFirst = new Map<string, { words: string[]; rule: EntityRule }[]>();
  for (const rule of ENTITY_RULES) {
    if (!rule.scan || !appliesIn(rule, jurisdiction)) continue;
    for (const name of rule.names) {
      if (name.endsWith(' *')) continue;
      const words = name.split(' ');
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, rule });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

function scan(tokens: readonly NameToken[], patterns: Map<string, { words: string[]; rule: EntityRule }[]>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = patterns.get(tokens[i]!.word)?.find((p) => p.words.every((w, k) => tokens[i + k]?.word === w));
    if (!hit) {
      i++;
      continue;
    }
    out.push({ rule: hit.rule, start: tokens[i]!.start, end: tokens[i + hit.words.length - 1]!.end });
    i += hit.words.length;
  }
  return out;
}

function definitions(text: string, start: number, end: number, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(DEFINITION)) {
    const open = start + m.index;
    const before = mentions.find((x) => x.end <= open && text.slice(x.end, open).trim() === '');
    if (!before) continue;
    const termStart = open + m[0].indexOf(m[1]!);
    out.push({ rule: before.rule, start: termStart, end: termStart + m[1]!.trimEnd().length });
  }
  return out;
}

/**
 * Per source, the merged `[start, end)` spans that some node's provenance cites (plain-text
 * sources). One walk of the graph for all sources: a walk per source would grow with
 * sources × graph, which is quadratic in the number of sources.
 */
export function coveredSpans(graph: Graph): Map<string, [number, number][]> {
  const bySource = new Map<string, [number, number][]>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && o.page === undefined && typeof o.sha256 === 'string') {
        const spans = bySource.get(o.source) ?? [];
        spans.push([o.start, o.end]);
        bySource.set(o.source, spans);
      } else Object.values(o).forEach(visit);
    }
  };
  visit(graph);
  return new Map([...bySource].map(([source, spans]) => [source, mergeSpans(spans)]));
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}
