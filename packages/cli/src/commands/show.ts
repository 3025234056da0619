/** `cyberlex show <ref> [--at DATE] [--json]`: a provision as it stood on a date. */
import { parseArgs } from 'node:util';
import { parseRef } from '@cyberlex/pipeline';
import { accessorFor, instrumentRef, loadDatasets } from '../repo.js';
import { CliError } from '../run.js';
import { provenanceOut, wrap } from '../output.js';

export default async function show(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { at: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const ref = positionals[0];
  if (!ref) throw new CliError('show needs a ref, e.g. cyberlex show rs-cc:199/3 --at 2009-01-01');
  if (values.at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.at)) throw new CliError(`--at takes a date YYYY-MM-DD, not "${values.at}"`);
  const parts = parseRef(ref);
  const loaded = loadDatasets();
  const accessor = parts ? accessorFor(loaded, ref) : undefined;
  const point = accessor?.at(ref, values.at);
  if (!parts || !accessor || !point || (parts.paragraph !== null && !accessor.provision(ref))) throw new CliError(`unknown ref "${ref}"`);
  const { provision, version, status, paragraphs } = point;
  const out = {
    ref,
    iri: parts.paragraph === null ? provision['@id'] : accessor.provision(ref)!['@id'],
    title: provision.title,
    status,
    versionDate: version?.versionDate ?? null,
    validUntil: version?.validUntil ?? null,
    paragraphs: paragraphs.map((p) => ({ number: p.number, text: p.text })),
    amendedBy: (version?.amendedBy ?? []).map((iri) => instrumentRef(loaded, iri)),
    provenance: provenanceOut(loaded, version === null ? provision.provenance : [...(parts.paragraph === null ? version.provenance : []), ...paragraphs.flatMap((p) => p.provenance)]),
  };
  if (values.json) {
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  console.log(`${ref}${provision.title ? ` – ${provision.title}` : ''}`);
  console.log(`${status}${values.at ? ` on ${values.at}` : ''}; version from ${out.versionDate ?? 'an undated text'}${out.validUntil ? ` until ${out.validUntil}` : ''}${out.amendedBy.length ? `, amended by ${out.amendedBy.join(', ')}` : ''}`);
  for (const p of out.paragraphs) console.log(`\n${wrap(p.number === null ? p.text : `(${p.number}) ${p.text}`)}`);
  return 0;
}
