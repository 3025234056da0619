/**
 * `cyberlex mapping <ets185:N> [--json]`: how a Convention article is implemented.
 * `cyberlex mapping --of <ref> [--json]`: the Convention articles whose implementation cites a national provision.
 */
import type { Mapping } from '@cyberlex/schema';
import type { DataModule } from '../data/accessor.js';
import { Library, checkRefShape } from '../data/library.js';
import type { Action } from '../program.js';
import { CliError, UsageError } from '../run.js';
import { colours, quote, wrap } from '../terminal.js';

const mapping: Action = async ([article], options, ctx) => {
  const of = options.of as string | undefined;
  if (of !== undefined && article !== undefined) throw new UsageError('mapping takes a Convention article or --of <ref>, not both', 'mapping');
  if (of === undefined && article === undefined) throw new UsageError('mapping needs a Convention article (cyberlex mapping ets185:2) or --of <ref>', 'mapping');
  const library = new Library();
  return of !== undefined ? reverse(library, of, options.json === true, ctx) : forward(library, article!, options.json === true, ctx);
};

async function forward(library: Library, ref: string, json: boolean, ctx: Parameters<Action>[2]): Promise<number> {
  checkRefShape(ref, 'mapping');
  let found: Mapping | undefined;
  let holder: DataModule | undefined;
  for (const module of await library.mappingModules()) {
    found ??= module.mapping(ref);
    holder ??= found ? module : undefined;
  }
  if (!found) throw new CliError(`unknown ref ${quote(ref)} (no implementation mapping for it)`);
  // one at a time: each lookup may load a package, and the next may find its IRI in it
  const refOf = new Map<string, string | null>();
  for (const iri of new Set([...found.provisions, ...found.instruments, ...found.quoted])) refOf.set(iri, await library.refOf(iri, holder));
  const name = (iri: string) => refOf.get(iri) ?? iri;
  const out = {
    article: found.articleRef,
    title: found.title,
    assessment: found.assessment,
    rule: found.rule,
    statement: found.statement,
    provisions: found.provisions.map(name),
    instruments: found.instruments.map(name),
    quoted: found.quoted.map(name),
    // IRIs no installed package names (the text of those provisions is in no source, or their package is not installed)
    unnamed: [...new Set([...found.provisions, ...found.instruments].filter((iri) => refOf.get(iri) == null))],
  };
  if (json) {
    ctx.out(JSON.stringify(out, null, 2));
    return 0;
  }
  const c = colours();
  ctx.out(c.bold(`${out.article} – ${out.title}`));
  ctx.out(`assessment: ${out.assessment} (rule ${out.rule})\n`);
  ctx.out(wrap(out.statement ?? '(the profile gives no answer)'));
  if (out.provisions.length) ctx.out(`\n${wrap(`cites: ${out.provisions.join(', ')}`, { indent: '  ' })}`);
  if (out.instruments.length) ctx.out(wrap(`cites as a whole: ${out.instruments.join(', ')}`, { indent: '  ' }));
  return 0;
}

async function reverse(library: Library, ref: string, json: boolean, ctx: Parameters<Action>[2]): Promise<number> {
  checkRefShape(ref, 'mapping');
  const { module, provision } = await library.provision(ref);
  // the provision itself and its parts: a mapping that cites rs-cc:199/1 is about rs-cc:199 too
  const ids = new Set([provision['@id'], ...module.provisions().filter((p) => p.isPartOf === provision['@id']).map((p) => p['@id'])]);
  const mappings: Mapping[] = [];
  for (const m of await library.mappingModules()) {
    const hits = m.mappingsOf ? m.mappingsOf(ref) : m.mappings().filter((x) => x.provisions.some((iri) => ids.has(iri)));
    for (const hit of hits) if (!mappings.some((x) => x['@id'] === hit['@id'])) mappings.push(hit);
  }
  const out = {
    ref,
    iri: provision['@id'],
    mappings: mappings.map((m) => ({ article: m.articleRef, title: m.title, assessment: m.assessment, rule: m.rule })),
  };
  if (json) {
    ctx.out(JSON.stringify(out, null, 2));
    return 0;
  }
  if (out.mappings.length === 0) {
    ctx.out(`${ref}: no Convention article's implementation cites it`);
    return 0;
  }
  ctx.out(colours().bold(`${ref} is cited for ${out.mappings.length} Convention article${out.mappings.length === 1 ? '' : 's'}:`));
  for (const m of out.mappings) ctx.out(wrap(`${m.article} – ${m.title}: ${m.assessment} (rule ${m.rule})`, { indent: '  ' }));
  return 0;
}

export default mapping;
