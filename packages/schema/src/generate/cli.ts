/** `node lib/generate/cli.js [--check]`: write the generated artifacts to the package root, or check them. */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { schemaArtifacts } from './index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const check = process.argv.includes('--check');
let drift = 0;
for (const { file, content } of await schemaArtifacts()) {
  const path = `${root}${file}`;
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === content) continue;
  if (check) {
    drift++;
    console.error(`@cyberlex/schema: ${file} differs from what the zod model generates; run npm run build`);
  } else {
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  }
}
process.exitCode = drift > 0 ? 1 : 0;
