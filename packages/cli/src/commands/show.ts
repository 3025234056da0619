/** `cyberlex show <ref> [--at DATE] [--json]`: a provision as it stood on a date. */
import { optionDate } from '../dates.js';
import { Library, checkRefShape } from '../data/library.js';
import type { Action } from '../program.js';
import { describeStatus, describeVersion, provenanceOut } from '../present.js';
import { CliError } from '../run.js';
import { colours, quote, wrap } from '../terminal.js';

const show: Action = async ([ref = ''], options, ctx) => {
  checkRefShape(ref, 'show');
  const date = optionDate('--at', options.at as string | undefined, 'show');
  const library = new Library();
  const { module, provision } = await library.provision(ref);
  const point = module.at(ref, date);
  if (!point) throw new CliError(`unknown ref ${quote(ref)}`);
  const { version, status, paragraphs } = point;
  const startUnknown = point.startUnknown ?? (version !== null && version.versionDate === null);
  const article = point.provision;
  const isParagraph = provision.kind === 'paragraph' || (module.provision(ref) === undefined && ref !== article.ref);
  const amendedBy: string[] = [];
  for (const iri of version?.amendedBy ?? []) amendedBy.push((await library.refOf(iri, module)) ?? iri);
  const files = new Map(module.dataset.sources.map((s) => [s.id, s.file]));
  const parts = status === 'structure' ? provision.hasPart.map((iri) => module.provisionById(iri)?.ref ?? iri) : [];
  const out = {
    ref,
    iri: provision['@id'],
    // a paragraph has its article's title
    title: provision.title ?? (provision.isPartOf ? module.provisionById(provision.isPartOf)?.title : undefined) ?? article.title ?? null,
    status,
    versionDate: version?.versionDate ?? null,
    validUntil: version?.validUntil ?? null,
    startUnknown,
    paragraphs: paragraphs.map((p) => ({ number: p.number, text: p.text })),
    amendedBy,
    ...(status === 'structure' ? { parts } : {}),
    // a paragraph's provenance is its text's; an article's, its version's heading and its paragraphs'
    provenance: provenanceOut(files, version === null ? provision.provenance : [...(isParagraph ? [] : version.provenance), ...paragraphs.flatMap((p) => p.provenance)]),
  };
  if (options.json) {
    ctx.out(JSON.stringify(out, null, 2));
    return 0;
  }
  const c = colours();
  ctx.out(c.bold(`${ref}${out.title ? ` – ${out.title}` : ''}`));
  const statusLine = describeStatus(status, date);
  ctx.out(wrap(version ? `${statusLine}; ${describeVersion(version, startUnknown, amendedBy)}` : statusLine));
  for (const p of out.paragraphs) ctx.out(`\n${wrap(p.number === null ? p.text : `(${p.number}) ${p.text}`)}`);
  if (parts.length > 0) ctx.out(`\n${wrap(`holds: ${parts.join(', ')}`)}`);
  return 0;
};

export default show;
