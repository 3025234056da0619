/**
 * `cyberlex diff <ref> [--from V] [--to V] [--json]`: the word-level diff of two versions of a
 * provision, from the installed packages. `cyberlex diff --base <…> [--exit-code] [--json]`:
 * what changed in the data against a baseline (a repository command: it loads the pipeline).
 */
import { Library, checkRefShape } from '../data/library.js';
import type { Action } from '../program.js';
import { CliError, UsageError } from '../run.js';
import { colours, quote } from '../terminal.js';
import { VersionSpecError, diffProvision, isVersionSpec, renderProvisionDiff } from '../provision-diff.js';

const diff: Action = async (args, options, ctx) => {
  const { from, to, base } = options as { from?: string; to?: string; base?: string };
  if (base !== undefined) {
    if (args.length > 0 || from !== undefined || to !== undefined) throw new UsageError('diff --base compares whole packages; it takes no ref, --from or --to', 'diff');
    const { dataDiff } = await import('../maintainer/data-diff.js');
    return dataDiff(base, options.exitCode === true, options.json === true, ctx);
  }
  if (options.exitCode) throw new UsageError('--exit-code goes with --base', 'diff');
  const ref = args[0];
  if (ref === undefined) throw new UsageError('diff needs a ref (cyberlex diff rs-cc:199 --from 1 --to 2) or --base <git-ref|dir|tarball>', 'diff');
  checkRefShape(ref, 'diff');
  for (const [name, spec] of [['--from', from], ['--to', to]] as const) {
    if (spec !== undefined && !isVersionSpec(spec)) throw new UsageError(`${name} takes a version number (1, 2, …) or a real calendar date YYYY-MM-DD, not ${quote(spec)}`, 'diff');
  }
  const library = new Library();
  const { module, provision } = await library.provision(ref);
  const paragraph = provision.kind === 'paragraph' ? provision.number : null;
  const versions = module.versions(ref);
  if (versions.length === 0) throw new CliError(`${quote(ref)} has no versions to compare: no source quotes its text`);
  const names = new Map<string, string>();
  for (const iri of new Set(versions.flatMap((v) => v.amendedBy))) names.set(iri, (await library.refOf(iri, module)) ?? iri);
  let result;
  try {
    result = diffProvision(ref, versions, paragraph, from, to, (iri) => names.get(iri) ?? iri);
  } catch (error) {
    if (error instanceof VersionSpecError) throw new CliError(`${ref}: ${error.message}`);
    throw error;
  }
  ctx.out(options.json ? JSON.stringify(result, null, 2) : renderProvisionDiff(result, colours()));
  return 0;
};

export default diff;
