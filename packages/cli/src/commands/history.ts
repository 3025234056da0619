/** `cyberlex history <ref> [--json]`: every version of a provision, and what sources say about it. */
import { parseArgs } from 'node:util';
import { accessorFor, instrumentRef, loadDatasets } from '../repo.js';
import { CliError } from '../run.js';
import { wrap } from '../output.js';

export default async function history(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const ref = positionals[0];
  if (!ref) throw new CliError('history needs a ref, e.g. cyberlex history rs-cc:199');
  const loaded = loadDatasets();
  const accessor = accessorFor(loaded, ref);
  const provision = accessor?.provision(ref);
  if (!accessor || !provision) throw new CliError(`unknown ref "${ref}"`);
  const paragraph = provision.kind === 'paragraph' ? provision.number : null;
  const out = {
    ref,
    iri: provision['@id'],
    title: provision.title ?? (paragraph ? accessor.provisionById(provision.isPartOf)?.title ?? null : null),
    versions: accessor.versions(ref).map((v) => ({
      versionDate: v.versionDate,
      validUntil: v.validUntil,
      status: v.status,
      amendedBy: v.amendedBy.map((iri) => instrumentRef(loaded, iri)),
      paragraphs: v.paragraphs.filter((p) => paragraph === null || p.number === paragraph).map((p) => ({ number: p.number, text: p.text, carriedOver: p.carriedOver })),
    })),
    statements: accessor.statements(ref).map((s) => ({ kind: s.kind, text: s.text, source: s.source, sourceDate: s.sourceDate })),
  };
  if (values.json) {
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  console.log(`${ref}${out.title ? ` – ${out.title}` : ''}: ${out.versions.length} version(s)`);
  for (const v of out.versions) {
    console.log(`\n== ${v.versionDate ?? 'undated'} → ${v.validUntil ?? 'today'} (${v.status}${v.amendedBy.length ? `, by ${v.amendedBy.join(', ')}` : ''})`);
    for (const p of v.paragraphs) console.log(wrap(`${p.number === null ? '' : `(${p.number}) `}${p.text}${p.carriedOver ? ' [carried over]' : ''}`));
  }
  if (out.statements.length) {
    console.log('\nwhat the sources say:');
    for (const s of out.statements) console.log(`- “${s.text}” (${s.source}${s.sourceDate ? `, ${s.sourceDate}` : ''})`);
  }
  return 0;
}
