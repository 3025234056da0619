/** `cyberlex history <ref> [--json]`: every version of a provision, and what sources say about it. */
import { Library, checkRefShape } from '../data/library.js';
import type { Action } from '../program.js';
import { describeStatus, describeVersion } from '../present.js';

const STRUCTURE = new Set(['chapter', 'section', 'title', 'heading']);
import { colours, wrap } from '../terminal.js';

const history: Action = async ([ref = ''], options, ctx) => {
  checkRefShape(ref, 'history');
  const library = new Library();
  const { module, provision } = await library.provision(ref);
  const paragraph = provision.kind === 'paragraph' ? provision.number : null;
  const parent = provision.isPartOf ? module.provisionById(provision.isPartOf) : undefined;
  const names = new Map<string, string>();
  for (const iri of new Set(module.versions(ref).flatMap((v) => v.amendedBy))) names.set(iri, (await library.refOf(iri, module)) ?? iri);
  const refOf = (iri: string) => names.get(iri) ?? iri;
  const versions = module.versions(ref);
  const out = {
    ref,
    iri: provision['@id'],
    kind: provision.kind,
    title: provision.title ?? (paragraph !== null ? (parent?.title ?? null) : null),
    versions: versions.map((v, i) => ({
        versionDate: v.versionDate,
        validUntil: v.validUntil,
        // only the first version can start before any source says: later ones start at an amendment
        startUnknown: v.versionDate === null && i === 0,
        status: v.status,
        amendedBy: v.amendedBy.map(refOf),
        paragraphs: v.paragraphs.filter((p) => paragraph === null || p.number === paragraph).map((p) => ({ number: p.number, text: p.text, carriedOver: p.carriedOver })),
      })),
    statements: module.statements(ref).map((s) => ({ kind: s.kind, text: s.text, source: s.source, sourceDate: s.sourceDate })),
  };
  if (options.json) {
    ctx.out(JSON.stringify(out, null, 2));
    return 0;
  }
  const c = colours();
  const count = out.versions.length;
  // with no versions, say why: a chapter has none of its own; a cited provision may be quoted nowhere
  const none = count > 0 ? null : STRUCTURE.has(provision.kind) ? 'structure' : module.at(ref)?.status;
  const head = none === null ? `${count} version${count === 1 ? '' : 's'}` : none === 'structure' || none === 'not-quoted' ? describeStatus(none, undefined) : 'no version is quoted in any source';
  ctx.out(c.bold(`${ref}${out.title ? ` – ${out.title}` : ''}: ${head}`));
  for (const v of out.versions) {
    ctx.out(`\n${c.cyan(`== ${describeVersion(v, v.startUnknown, v.amendedBy)} (${v.status})`)}`);
    if (v.paragraphs.length === 0) ctx.out(v.status === 'deleted' ? '(deleted)' : '(no text)');
    for (const p of v.paragraphs) ctx.out(wrap(`${p.number === null ? '' : `(${p.number}) `}${p.text}${p.carriedOver ? ' [carried over]' : ''}`));
  }
  if (out.statements.length) {
    ctx.out('\nwhat the sources say:');
    for (const s of out.statements) ctx.out(wrap(`- “${s.text}” (${s.source}${s.sourceDate ? `, ${s.sourceDate}` : ''})`, { indent: '  ' }));
  }
  return 0;
};

export default history;
