/** `cyberlex validate [--json]`: re-validate dist/ and the packages against the schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@cyberlex/schema';
import { loadPipeline, requireRepository } from '../maintainer/repository.js';
import type { Action } from '../program.js';
import { CliError } from '../run.js';

const validate: Action = async (_args, options, ctx) => {
  const root = requireRepository('validate');
  const { PACKAGES, validateChanges, validateDataset } = await loadPipeline('validate');
  const texts = sourceTexts(root);
  let checked = 0;
  const failures: string[] = [];
  for (const spec of PACKAGES) {
    for (const file of [join('packages', spec.dir, 'data.jsonld'), join('dist', `${spec.dir}.jsonld`)]) {
      const path = join(root, file);
      if (!existsSync(path)) {
        failures.push(`${file}: missing (run npm run build)`);
        continue;
      }
      const data = JSON.parse(readFileSync(path, 'utf8')) as Dataset;
      const files = new Map(data.sources.map((s) => [s.id, s.file]));
      await validateDataset(file, data, { text: (source: string, page?: number) => texts(files.get(source), source, page) }).then(
        () => checked++,
        (e: Error) => failures.push(e.message),
      );
    }
    const changes = join(root, 'packages', spec.dir, 'changes.json');
    if (existsSync(changes)) await validateChanges(spec.name, JSON.parse(readFileSync(changes, 'utf8'))).then(() => checked++, (e: Error) => failures.push(e.message));
  }
  if (options.json) {
    ctx.out(JSON.stringify({ valid: failures.length === 0, checked, failures }, null, 2));
    return failures.length === 0 ? 0 : 1;
  }
  if (failures.length > 0) throw new CliError(`validation failed (${failures.length}):\n${failures.join('\n')}`);
  ctx.out(`valid: ${checked} files in dist/ and packages/`);
  return 0;
};

/**
 * The raw text a provenance span is checked against, each file read once however many spans
 * point into it (a PDF's pages come from its extracted text in dist/extracted/).
 */
function sourceTexts(root: string) {
  const cache = new Map<string, string | undefined>();
  const read = (path: string) => {
    if (!cache.has(path)) cache.set(path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    return cache.get(path);
  };
  const pages = new Map<string, string[] | undefined>();
  return (file: string | undefined, source: string, page?: number): string | undefined => {
    if (file === undefined) return undefined;
    if (page === undefined) return read(join(root, file));
    if (!pages.has(source)) pages.set(source, read(join(root, 'dist', 'extracted', `${source}.txt`))?.split('\n\f\n'));
    return pages.get(source)?.[page - 1];
  };
}

export default validate;
