/** Cutting the linked graph into the packages of ./packages.ts. */
import type { Conflict, Provenance } from '@cyberlex/schema';
import type { Graph } from '../model/graph.js';
import { instrumentIri } from '../model/iri.js';
import type { PackageSpec } from './packages.js';

export function selectPackageGraph(graph: Graph, spec: PackageSpec, all: readonly PackageSpec[]): Graph {
  const home = new Set(spec.instruments.map(instrumentIri));
  const claimedElsewhere = new Set(all.flatMap((p) => p.instruments).map(instrumentIri));
  const fromOwnSources = (prov: readonly Provenance[]) => prov.length > 0 && prov.every((p) => spec.sources.includes(p.source));

  const instruments = graph.instruments.filter(
    (i) =>
      home.has(i['@id']) ||
      // the acts that amend a home instrument belong to its legal history
      (home.size > 0 && i.amends.some((a) => home.has(a))) ||
      // instruments no legislation package is home to stay with the source that names them
      (!claimedElsewhere.has(i['@id']) && !graph.instruments.some((j) => j.amendedBy.includes(i['@id'])) && fromOwnSources(i.provenance)),
  );
  const instrumentIds = new Set(instruments.map((i) => i['@id']));
  const provisions = graph.provisions.filter((p) => instrumentIds.has(p.instrument));
  const provisionIds = new Set(provisions.map((p) => p['@id']));
  const statements = graph.statements.filter((s) => s.about.some((a) => provisionIds.has(a)));
  const mappings = graph.mappings.filter((m) => spec.sources.includes(m.source));
  // eli:applies links of the provisions this package's own mappings cite (another profile's stay with it)
  const cited = new Set(mappings.flatMap((m) => m.provisions));
  const applications = graph.applications.filter((a) => cited.has(a['@id']));
  const facts = graph.facts.filter((f) => spec.sources.includes(f.source));
  const ids = new Set([...instrumentIds, ...provisionIds, ...mappings.map((m) => m['@id']), ...facts.map((f) => f['@id'])]);
  const conflicts = graph.conflicts.filter((c) => ids.has(c.subject) || concernsSources(c, spec.sources));
  return { instruments, provisions, statements, mappings, applications, facts, conflicts };
}

function concernsSources(c: Conflict, sources: readonly string[]): boolean {
  return c.claims.some((claim) => sources.includes(claim.source));
}
