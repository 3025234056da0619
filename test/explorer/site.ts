/** A site built once per test file into a temp folder, from the repository's packages and raw sources. */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, type BuildResult } from '../../packages/explorer/src/index.js';
import { ROOT } from '../helpers/sources.js';

export async function buildSite(): Promise<{ dir: string; result: BuildResult; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'cyberlex-site-'));
  const result = await build({ root: ROOT, outDir: dir });
  return { dir, result, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file of a built site, as posix paths relative to it. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
