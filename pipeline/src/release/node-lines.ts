/**
 * Changelog lines for the nodes that are not provisions — mappings, facts, statements,
 * applications, conflicts, instruments, sources — and the data-semver bump of each:
 * an id removed is major, anything added or any value changed is minor, a corrected text
 * (the same fact, worded as extracted anew) is a patch.
 */
import type { Change } from '@cyberlex/schema';
import type { ChangeLine } from './amendment.js';
import type { Delta, FieldChange, NodeEntry } from './node-diff.js';
import { formatQuote, quoteChanges } from './quote.js';
import { wordDiff } from './word-diff.js';

export type Bump = Change['bump'];

const ORDER: Bump[] = ['patch', 'minor', 'major'];

export function maxBump(bumps: Iterable<Bump>): Bump | null {
  let best: Bump | null = null;
  for (const b of bumps) if (best === null || ORDER.indexOf(b) > ORDER.indexOf(best)) best = b;
  return best;
}

/** Fields whose change is a correction of extracted wording, not of what the data asserts. */
const TEXT_FIELDS = new Set(['text', 'title', 'name', 'description', 'statement', 'alternateNames', 'alternateTitles', 'variants', 'marks', 'items']);

/** Fields that only mirror other changes (a child added or removed, an act added) and are described there. */
const MIRROR_FIELDS = new Set(['hasPart', 'amendedBy', 'amends']);

export function fieldBump(field: string): Bump {
  return TEXT_FIELDS.has(field) ? 'patch' : 'minor';
}

/** One field change in words: quoted words for text, values otherwise. */
export function describeField(f: FieldChange): string {
  if (typeof f.before === 'string' && typeof f.after === 'string' && TEXT_FIELDS.has(f.field)) {
    const quotes = quoteChanges(wordDiff(f.before, f.after)).map(formatQuote);
    return `${f.field} ${quotes.slice(0, 3).join('; ')}${quotes.length > 3 ? `; and ${quotes.length - 3} more changes` : ''}`;
  }
  return `${f.field} ${value(f.before)} → ${value(f.after)}`;
}

function value(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'string') return `'${v.length > 80 ? `${v.slice(0, 77)}…` : v}'`;
  const json = JSON.stringify(v);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

export interface NodeKind {
  /** How a line names one node of this kind: "Implementation mapping for ets185:2". */
  label: (entry: NodeEntry) => string;
  /** Fields not to report (described by other lines). */
  skip?: readonly string[];
  /** Ids that a tombstone in the current data keeps resolvable (not a removal). */
  tombstoned?: ReadonlySet<string>;
}

export function deltaLines(delta: Delta, kind: NodeKind): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const line = (ref: string, bump: Bump, summary: string): ChangeLine => ({ date: null, refs: ref.includes(':') ? [ref] : [], acts: [], bump, summary });
  for (const e of delta.removed) {
    const kept = kind.tombstoned?.has(e.id);
    lines.push(line(e.ref, kept ? 'minor' : 'major', `${kind.label(e)} removed${kept ? ' (its id now points to its replacement)' : ''}.`));
  }
  for (const e of delta.added) lines.push(line(e.ref, 'minor', `${kind.label(e)} added.`));
  for (const e of delta.changed) {
    const fields = e.fields.filter((f) => !MIRROR_FIELDS.has(f.field) && !kind.skip?.includes(f.field));
    if (fields.length === 0) continue;
    const bump = maxBump(fields.map((f) => fieldBump(f.field)))!;
    const verb = bump === 'patch' ? 'corrected' : 'changed';
    lines.push(line(e.ref, bump, `${kind.label(e)} ${verb}: ${fields.map(describeField).join('; ')}.`));
  }
  return lines;
}
