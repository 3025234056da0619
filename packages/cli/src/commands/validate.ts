/** `cyberlex validate`: re-validate dist/ and the packages against the schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGES, validateChanges, validateDataset } from '@cyberlex/pipeline';
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
      const texts = { text: (source: string, page?: number) => sourceText(root, data, source, page) };
      await validateDataset(file, data, texts).then(() => checked++, (e: Error) => failures.push(e.message));
    }
    const changes = join(root, 'packages', spec.dir, 'changes.json');
    if (existsSync(changes)) await validateChanges(spec.name, JSON.parse(readFileSync(changes, 'utf8'))).then(() => checked++, (e: Error) => failures.push(e.message));
  }
  if (failures.length > 0) throw new CliError(`validation failed:\n${failures.join('\n')}`);
  console.log(`valid: ${checked} files in dist/ and packages/`);
  return 0;
}

function sourceText(root: string, data: Dataset, source: string, page?: number): string | undefined {
  const entry = data.sources.find((s) => s.id === source);
  if (!entry) return undefined;
  if (page !== undefined) {
    const extracted = join(root, 'dist', 'extracted', `${source}.txt`);
    if (!existsSync(extracted)) return undefined;
    return readFileSync(extracted, 'utf8').split('\n\f\n')[page - 1];
  }
  return readFileSync(join(root, entry.file), 'utf8');
}
