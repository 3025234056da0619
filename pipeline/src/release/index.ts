/**
 * Release stage: the current build against a baseline (the last released data) → per
 * package, the semantic diff, its lines in words a lawyer reads, the bump, and a changeset.
 * A package the baseline does not have is new: its first CHANGELOG is its release note.
 */
import { PACKAGES, type PackageSpec } from '../emit/packages.js';
import type { ChangeLine } from './amendment.js';
import type { Baseline } from './baseline.js';
import { changesetFor, writeChangesets, type PackageChangeset } from './changeset.js';
import { diffPackage, onlyProvenance, type PackageData, type PackageDiff } from './data-diff.js';
import type { Bump } from './node-lines.js';
import { releaseLines } from './summary.js';

export interface PackageRelease {
  package: string;
  dir: string;
  status: PackageDiff['status'];
  bump: Bump | null;
  lines: ChangeLine[];
  diff: PackageDiff;
  /** The changeset this change calls for; null when unchanged, new, or only provenance moved. */
  changeset: PackageChangeset | null;
  /** Where it was written (from the repository root); null when nothing was written. */
  written: string | null;
  /** True when writing was left out because pending changesets already hold every line. */
  pending: boolean;
}

/** Compare every package the baseline speaks for with the current build. Pure: writes nothing. */
export function planRelease(baseline: Baseline, current: ReadonlyMap<string, PackageData>, specs: readonly PackageSpec[] = PACKAGES): PackageRelease[] {
  const out: PackageRelease[] = [];
  for (const spec of specs) {
    const base = baseline.packages.get(spec.name) ?? null;
    const now = current.get(spec.name) ?? null;
    if (!base && (!baseline.complete || !now)) continue;
    const diff = diffPackage(spec.name, base, now);
    const lines = releaseLines(diff, base?.data ?? null, now?.data ?? null);
    const changeset = diff.status === 'changed' && !onlyProvenance(diff) ? changesetFor(spec.name, lines) : null;
    out.push({ package: spec.name, dir: spec.dir, status: diff.status, bump: changeset?.bump ?? null, lines, diff, changeset, written: null, pending: false });
  }
  return out;
}

/** Plan, then write the changesets of the packages that changed. */
export async function release(root: string, baseline: Baseline, current: ReadonlyMap<string, PackageData>, specs: readonly PackageSpec[] = PACKAGES): Promise<PackageRelease[]> {
  const plan = planRelease(baseline, current, specs);
  const written = await writeChangesets(root, plan.flatMap((p) => (p.changeset ? [p.changeset] : [])));
  return plan.map((p) => ({ ...p, written: written.get(p.package) ?? null, pending: p.changeset !== null && !written.has(p.package) }));
}

/** One line per package for a terminal: "@cyberlex/x: minor — 2 changes (.changeset/data-x-….md)". */
export function releaseReport(p: PackageRelease): string {
  if (p.status === 'added') return `${p.package}: new package (its first CHANGELOG holds its legal history)`;
  if (p.status === 'removed') return `${p.package}: no longer built`;
  if (p.status === 'unchanged') return `${p.package}: unchanged`;
  if (onlyProvenance(p.diff)) return `${p.package}: source positions moved (${p.diff.provenanceOnly} nodes), nothing else; no changeset`;
  const counts = p.lines.length === 1 ? '1 change' : `${p.lines.length} changes`;
  const where = p.written ? ` → ${p.written}` : p.pending ? ' (already in a pending changeset)' : '';
  return `${p.package}: ${p.bump ?? 'no release'} — ${counts}${where}\n${p.lines.map((l) => `           ${l.bump.padEnd(5)} ${l.summary}`).join('\n')}`;
}

export type { Baseline } from './baseline.js';
export type { PackageData, PackageDiff } from './data-diff.js';
