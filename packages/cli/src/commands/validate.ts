/** `cyberlex validate [--json]`: re-validate dist/ and the packages against the schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@cyberlex/schema';
import { loadPipeline, requireRepository } from '../maintainer/repository.js';
import type { Action } from '../program.js';
import { CliError } from '../run.js';

const validate: Action = async (_args, options, ctx) => {
  const root = requireRepository('validate');
  const { PACKAGES, sourceTextsOnDisk, validateChanges, validateDataset } = await loadPipeline('validate');
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
      await validateDataset(file, data, sourceTextsOnDisk(root, data.sources)).then(
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

export default validate;
