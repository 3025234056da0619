/**
 * Release stage: the current build against a baseline (the last released data) → per
 * package, the semantic diff, its lines in words a lawyer reads, the bump, and a changeset.
 * A package the baseline does not have is new: its first CHANGELOG is its release note.
 */
import { PACKAGES, type PackageSpec } from '../emit/packages.js';
import type { ChangeLine } from './amendment.js';
import type { Baseline } from './baseline.js';
import { changesetFiles, changesetFor, writeChangesets, type PackageChangeset } from './changeset.js';
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

/**
 * Plan, and the changeset files the plan calls for, unwritten: ingest publishes them in the
 * same generation as the data they describe, so no run can leave one without the other.
 */
export async function prepareRelease(
  root: string,
  baseline: Baseline,
  current: ReadonlyMap<string, PackageData>,
  options: { committed?: Baseline | null; specs?: readonly PackageSpec[] } = {},
): Promise<{ releases: PackageRelease[]; files: { path: string; content: string }[]; owed: string[] }> {
  const specs = options.specs ?? PACKAGES;
  const plan = planRelease(baseline, current, specs);
  // what the last commit says changed, for packages whose disk data already moved past it
  const owed = options.committed ? planRelease(options.committed, current, specs).filter((p) => p.changeset) : [];
  const changesets = new Map(plan.flatMap((p) => (p.changeset ? [[p.package, p.changeset] as const] : [])));
  for (const o of owed) {
    const run = changesets.get(o.package);
    const seen = new Set(run?.lines.map((l) => l.summary));
    changesets.set(o.package, changesetFor(o.package, [...(run?.lines ?? []), ...o.changeset!.lines.filter((l) => !seen.has(l.summary))])!);
  }
  const { files, paths } = await changesetFiles(root, [...changesets.values()]);
  const releases = plan.map((p) => ({ ...p, written: paths.get(p.package) ?? null, pending: p.changeset !== null && !paths.has(p.package) }));
  // a package unchanged by this run whose committed change had no changeset: it has one again
  return { releases, files, owed: owed.filter((o) => paths.has(o.package) && !plan.some((p) => p.package === o.package && p.changeset)).map((o) => `${o.package} → ${paths.get(o.package)}`) };
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
