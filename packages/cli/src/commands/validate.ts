/** `cyberlex validate`: re-validate dist/ and the packages against the schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGES, sourceTextsOnDisk, validateChanges, validateDataset } from '@cyberlex/pipeline';
import type { Dataset } from '@cyberlex/schema';
import { repoRoot } from '../repo.js';
import { CliError } from '../run.js';

export default async function validate(): Promise<number> {
  const root = repoRoot();
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
      const texts = sourceTextsOnDisk(root, data.sources);
      await validateDataset(file, data, texts).then(() => checked++, (e: Error) => failures.push(e.message));
    }
    const changes = join(root, 'packages', spec.dir, 'changes.json');
    if (existsSync(changes)) await validateChanges(spec.name, JSON.parse(readFileSync(changes, 'utf8'))).then(() => checked++, (e: Error) => failures.push(e.message));
  }
  if (failures.length > 0) throw new CliError(`validation failed:\n${failures.join('\n')}`);
  console.log(`valid: ${checked} files in dist/ and packages/`);
  return 0;
}
