/**
 * Conflicts: two claims about one fact that do not agree. Both claims are kept with their
 * provenance; nothing is resolved. Found where merged nodes hold different values for a field,
 * and where one node holds counts of the same thing that differ (12 vs 16 countries).
 */
import type { Conflict, Provenance } from '@cyberlex/schema';
import { base, nodeIri, slug } from '../../model/iri.js';

export interface Claim {
  value: string;
  provenance: Provenance[];
}

export class ConflictLog {
  readonly conflicts: Conflict[] = [];
  private readonly ids = new Set<string>();
  /** Conflicts by subject and property: one each, however many merges find it. */
  private readonly bySubject = new Map<string, Conflict>();

  /**
   * Record a conflict; claims without provenance cannot be cited and are left out. A second
   * conflict on the same subject and property adds its claims to the first (one claim a value).
   */
  add(subject: string, property: string, description: string, claims: readonly Claim[]): void {
    const cited = claims.filter((c) => c.provenance.length > 0);
    const key = `${subject}\u0000${property}`;
    const known = this.bySubject.get(key);
    if (known) {
      for (const c of cited) {
        const same = known.claims.find((k) => k.value === c.value);
        if (!same) known.claims.push({ value: c.value, source: c.provenance[0]!.source, provenance: c.provenance });
        else for (const p of c.provenance) if (!same.provenance.some((q) => q.source === p.source && q.start === p.start && q.end === p.end)) same.provenance.push(p);
      }
      return;
    }
    if (cited.length < 2) return;
    const local = `${slug(subject.startsWith(base()) ? subject.slice(base().length) : subject)}--${slug(property)}`;
    let id = nodeIri('conflict', local);
    for (let n = 2; this.ids.has(id); n++) id = nodeIri('conflict', `${local}-${n}`);
    this.ids.add(id);
    const conflict: Conflict = {
      '@id': id,
      '@type': ['cyberlex:Conflict'],
      subject,
      property,
      description,
      claims: cited.map((c) => ({ value: c.value, source: c.provenance[0]!.source, provenance: c.provenance })),
    };
    this.conflicts.push(conflict);
    this.bySubject.set(key, conflict);
  }
}

interface Counted {
  value: number;
  unit: string;
  label: string | null;
  text: string;
  provenance: Provenance[];
}

/** Counts of one unit on one node that differ: each distinct value is a claim. */
export function countConflicts(node: { '@id': string; name?: string | null; counts?: Counted[] }, log: ConflictLog): void {
  const byUnit = new Map<string, Map<number, Counted[]>>();
  for (const c of node.counts ?? []) {
    const values = byUnit.get(c.unit) ?? new Map<number, Counted[]>();
    values.set(c.value, [...(values.get(c.value) ?? []), c]);
    byUnit.set(c.unit, values);
  }
  for (const [unit, values] of byUnit) {
    if (values.size < 2) continue;
    const claims = [...values.entries()].map(([value, counts]) => ({ value: String(value), provenance: counts.flatMap((c) => c.provenance) }));
    const where = [...values.values()].map((cs) => cs.map((c) => (c.label ? `${c.label}: "${c.text}"` : `"${c.text}"`)).join(', ')).join(' vs ');
    log.add(node['@id'], `counts/${unit}`, `${node.name ?? node['@id']}: the number of ${unit} differs (${where})`, claims);
  }
}
