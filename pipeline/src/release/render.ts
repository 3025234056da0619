/**
 * Diffs as a terminal shows them. With colour, inserted words are green and deleted ones red;
 * without (not a TTY, or NO_COLOR set), wdiff's markers keep them readable: [-deleted-]{+inserted+}.
 */
import type { PackageRelease } from './index.js';
import type { Delta } from './node-diff.js';
import type { WordOp } from './word-diff.js';

const GREEN = '\u001b[32m';
const RED = '\u001b[31m';
const RESET = '\u001b[39m';

export function renderOps(ops: readonly WordOp[], colour: boolean): string {
  return ops
    .map((o) => {
      if (o.op === 'equal') return o.text;
      if (colour) return `${o.op === 'insert' ? GREEN : RED}${o.text}${RESET}`;
      return o.op === 'insert' ? `{+${o.text}+}` : `[-${o.text}-]`;
    })
    .join('');
}

export function renderPackageRelease(p: PackageRelease, colour: boolean): string {
  const head = `${p.package}: ${p.status}${p.bump ? ` (${p.bump})` : ''}`;
  if (p.status === 'unchanged') return head;
  const out = [head];
  for (const l of p.lines) out.push(`  ${l.bump.padEnd(5)} ${l.summary}`);
  const d = p.diff;
  const section = (title: string, delta: Delta) => {
    for (const e of delta.added) out.push(`    + ${title} ${e.ref}`);
    for (const e of delta.removed) out.push(`    - ${title} ${e.ref}`);
    for (const e of delta.changed) for (const f of e.fields) out.push(`    ~ ${title} ${e.ref} ${f.field}: ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`);
  };
  if (p.status === 'changed') {
    section('instrument', d.instruments);
    section('provision', d.provisions);
    for (const v of d.versions.added) out.push(`    + version ${v.ref} ${v.versionDate ?? 'undated'}${v.amendedBy.length ? ` by ${v.amendedBy.join(', ')}` : ''}`);
    for (const v of d.versions.removed) out.push(`    - version ${v.ref} ${v.versionDate ?? 'undated'}`);
    for (const v of d.versions.renamed) out.push(`    ~ version ${v.ref} ${v.previousId} → ${v.id}`);
    for (const v of d.versions.changed) for (const f of v.fields) out.push(`    ~ version ${v.ref} ${f.field}: ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`);
    for (const a of d.paragraphs.added) out.push(`    + paragraph ${a.ref}`);
    for (const r of d.paragraphs.removed) out.push(`    - paragraph ${r.ref}`);
    for (const c of d.paragraphs.changed) out.push(`    ~ paragraph ${c.ref}: ${renderOps(c.ops, colour)}`);
    section('statement', d.statements);
    section('mapping', d.mappings);
    section('application', d.applications);
    section('fact', d.facts);
    section('conflict', d.conflicts);
    section('source', d.sources);
    if (d.provenanceOnly > 0) out.push(`    (${d.provenanceOnly} nodes differ only in provenance)`);
  }
  return out.join('\n');
}
