/**
 * Linking: one node per real entity across all sources.
 *
 * 1. Each fact node of a kind the rules cover (organisation, operation, contact point, listed
 *    law) whose name is one of a rule's names takes the rule's canonical IRI; every link to
 *    its old IRI is rewritten.
 * 2. Nodes that now share an '@id' are merged (merge.ts); disagreeing values become conflicts.
 * 3. Counts of one thing on one node that differ become conflicts.
 * 4. Names: every name of a re-identified node, and every place a source's text names a
 *    scanned entity (mentions.ts), is an alias of the canonical node — listed in `aliases`
 *    and added to that node's alternateNames when the node is in the graph. The Budapest
 *    Convention and the cybercrime authorities law are Instruments other parsers emit: they
 *    get their alternate names this way (the side list, not partial Instrument nodes).
 */
import type { Conflict, Fact, Instrument } from '@cyberlex/schema';
import { emptyGraph, type Graph } from '../../model/graph.js';
import { ConflictLog, countConflicts } from './conflicts.js';
import { findMentions, type Alias, type SourceText } from './mentions.js';
import { mergeById, unionNames } from './merge.js';
import { ruleForName, type RuleKind } from '../../model/entity-rules.js';

export type { Alias, SourceText } from './mentions.js';

export interface Linked {
  graph: Graph;
  /** The conflicts linking found (the graph's `conflicts` also holds those the parsers reported). */
  conflicts: Conflict[];
  aliases: Alias[];
}

const LINKED_KINDS: readonly RuleKind[] = ['organization', 'operation', 'contact-point', 'legal-reference'];

export function linkEntities(graphs: readonly Graph[], texts: readonly SourceText[] = []): Linked {
  const all: Graph = emptyGraph();
  // Not cloned: linking never changes a parsed node in place (rewriteIris and merging build new ones).
  for (const g of graphs) {
    all.instruments.push(...g.instruments);
    all.provisions.push(...g.provisions);
    all.statements.push(...g.statements);
    all.mappings.push(...g.mappings);
    all.applications.push(...g.applications);
    all.facts.push(...g.facts);
    all.conflicts.push(...g.conflicts);
  }

  // 1. Canonical IRIs by rule.
  const canonical = new Map<string, string>();
  const nameAliases: Alias[] = [];
  const jurisdictionOf = new Map(texts.map((t) => [t.source, t.jurisdiction]));
  for (const fact of all.facts) {
    const names = [...(fact.name ? [fact.name] : []), ...fact.alternateNames.map((n) => n.name)];
    const jurisdiction = jurisdictionOf.get(fact.source);
    if (LINKED_KINDS.includes(fact.kind as RuleKind)) {
      const rule = names.map((n) => ruleForName(n, [fact.kind as RuleKind], jurisdiction)).find((r) => r !== null);
      if (rule) {
        if (rule.iri !== fact['@id']) canonical.set(fact['@id'], rule.iri);
        nameAliases.push(...fact.alternateNames.map((n) => ({ target: rule.iri, rule: rule.id, name: n.name, provenance: n.provenance })));
      }
    }
    // A listed law that names an instrument the project has gives that instrument its name.
    if (fact.kind === 'legal-reference' && fact.refersTo) {
      const rule = names.map((n) => ruleForName(n, ['instrument'], jurisdiction)).find((r) => r !== null);
      nameAliases.push(...fact.alternateNames.map((n) => ({ target: fact.refersTo!, rule: rule?.id ?? 'legal-reference', name: n.name, provenance: n.provenance })));
    }
  }
  const rewritten = rewriteIris(all, canonical);

  // 2. Merge by '@id'.
  const log = new ConflictLog();
  const graph: Graph = {
    instruments: mergeById(rewritten.instruments, log),
    provisions: mergeById(rewritten.provisions, log),
    statements: mergeById(rewritten.statements, log),
    mappings: mergeById(rewritten.mappings, log),
    applications: mergeById(rewritten.applications, log),
    facts: mergeById(rewritten.facts, log),
    conflicts: rewritten.conflicts,
  };

  // 3. Counts that disagree.
  for (const fact of graph.facts) if ('counts' in fact) countConflicts(fact, log);

  // 4. Names.
  const aliases = collapseAliases([...nameAliases, ...findMentions(graph, texts)]);
  // Ids are unique after the merge; a fact and an instrument never share one.
  const named = new Map<string, Fact | Instrument>([...graph.instruments, ...graph.facts].map((n) => [n['@id'], n]));
  for (const [target, names] of groupBy(aliases, (a) => a.target)) {
    const node = named.get(target);
    if (node) node.alternateNames = unionNames(node.alternateNames, names.map((a) => ({ name: a.name, provenance: a.provenance })));
  }
  graph.conflicts = [...graph.conflicts, ...log.conflicts];
  return { graph, conflicts: log.conflicts, aliases };
}

/**
 * Every string equal to a re-identified IRI, anywhere in the graph, becomes the canonical one.
 * Copy on change: an object or array with nothing to rewrite is returned as it is (most of the
 * graph), which is safe because nothing after this step changes a node in place — merging
 * builds new nodes and copies an array before it appends to it.
 */
function rewriteIris(graph: Graph, canonical: ReadonlyMap<string, string>): Graph {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return canonical.get(v) ?? v;
    if (Array.isArray(v)) {
      let out: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const x = walk(v[i]);
        if (x !== v[i]) (out ??= v.slice())[i] = x;
      }
      return out ?? v;
    }
    if (v !== null && typeof v === 'object') {
      let out: Record<string, unknown> | null = null;
      for (const k of Object.keys(v)) {
        const before = (v as Record<string, unknown>)[k];
        const x = walk(before);
        if (x !== before) (out ??= { ...v })[k] = x;
      }
      return out ?? v;
    }
    return v;
  };
  return walk(graph) as Graph;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** One alias per target and name, its provenance unioned, in first-seen order. */
function collapseAliases(aliases: readonly Alias[]): Alias[] {
  return [...groupBy(aliases, (a) => `${a.target}\u0000${a.name}`).values()].map((same) => {
    const [united] = unionNames([], same.map((a) => ({ name: a.name, provenance: a.provenance })));
    return { ...same[0]!, provenance: united!.provenance };
  });
}
