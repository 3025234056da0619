/**
 * Loss caught before it ships: an ingest that would empty a package, or remove more than a set
 * share of a package's nodes, is refused unless the run is told removals are meant
 * (`allowRemovals`, the CLI's --allow-removals). A source cut short, a manifest entry dropped by
 * mistake or a parser that stopped reading halfway all look like this, and a plausible smaller
 * package would otherwise ship as a major release.
 */
import type { Dataset } from '@cyberlex/schema';
import { SourceError } from '../errors.js';
import { datasetNodes } from '../emit/tombstones.js';
import type { Baseline } from '../release/baseline.js';

/** More than this share of a package's nodes gone in one ingest needs allowRemovals. */
export const REMOVAL_SHARE = 0.1;

export interface Removal {
  package: string;
  removed: number;
  of: number;
  /** Refs of some nodes removed, for the message. */
  examples: string[];
}

/**
 * Per package of the baseline, the nodes the current build no longer has: neither their id nor
 * anything that identifies them (a ref, what a version realizes and from when) is in any
 * package now. A node whose IRI changed (a version that gained a date) is not lost.
 */
export function removals(baseline: Baseline, current: ReadonlyMap<string, Dataset>): Removal[] {
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const data of current.values()) {
    for (const node of datasetNodes(data)) {
      ids.add(node.id);
      for (const key of node.keys) keys.add(key);
    }
  }
  const out: Removal[] = [];
  for (const [name, base] of baseline.packages) {
    const nodes = datasetNodes(base.data);
    const lost = nodes.filter((n) => !ids.has(n.id) && !n.keys.some((k) => keys.has(k)));
    if (lost.length > 0) out.push({ package: name, removed: lost.length, of: nodes.length, examples: lost.slice(0, 3).map((n) => n.ref) });
  }
  return out;
}

/** Throw, naming the package and what it would lose, when a removal is over the limit. */
export function assertRemovalsAllowed(found: readonly Removal[], allowRemovals: boolean): void {
  if (allowRemovals) return;
  // the worst first: a package emptied says more than one that lost a few nodes with it
  for (const r of [...found].sort((a, b) => b.removed / b.of - a.removed / a.of)) {
    const emptied = r.removed === r.of;
    if (!emptied && r.removed <= r.of * REMOVAL_SHARE) continue;
    const what = emptied ? `all ${r.of} of its nodes` : `${r.removed} of its ${r.of} nodes (more than ${Math.round(REMOVAL_SHARE * 100)}%)`;
    throw new SourceError(
      r.package,
      {},
      `an ingest to keep its data, but this one would remove ${what}, e.g. ${r.examples.join(', ')}; a source may be cut short or missing from raw/manifest.json — if the removal is meant, run again with --allow-removals`,
    );
  }
}
