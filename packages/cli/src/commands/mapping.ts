/** `cyberlex mapping <ets185:N> [--json]`: how Serbia implements a Convention article. */
import { parseArgs } from 'node:util';
import { loadDatasets } from '../repo.js';
import { CliError } from '../run.js';
import { wrap } from '../output.js';

export default async function mapping(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const ref = positionals[0];
  if (!ref) throw new CliError('mapping needs a Convention article ref, e.g. cyberlex mapping ets185:2');
  const loaded = loadDatasets();
  let found;
  for (const accessor of loaded.accessors.values()) found ??= accessor.mapping(ref);
  if (!found) throw new CliError(`unknown ref "${ref}" (no implementation mapping for it)`);
  const refOf = (iri: string) => {
    for (const a of loaded.accessors.values()) {
      const node = a.provisionById(iri) ?? a.instrumentById(iri);
      if (node) return node.ref;
    }
    return iri;
  };
  const out = {
    article: found.articleRef,
    title: found.title,
    assessment: found.assessment,
    rule: found.rule,
    statement: found.statement,
    provisions: found.provisions.map(refOf),
    instruments: found.instruments.map(refOf),
    quoted: found.quoted.map(refOf),
  };
  if (values.json) {
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  console.log(`${out.article} – ${out.title}\nassessment: ${out.assessment} (rule ${out.rule})\n`);
  console.log(wrap(out.statement ?? '(the profile gives no answer)'));
  if (out.provisions.length) console.log(`\ncites: ${out.provisions.join(', ')}`);
  if (out.instruments.length) console.log(`cites as a whole: ${out.instruments.join(', ')}`);
  return 0;
}
