/** A throwaway copy of the repository's inputs (raw/ and packages' package.json files) in a temp dir. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './sources.js';

export function copyInputs(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'cyberlex-'));
  cpSync(join(ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file under a folder with its bytes, for "nothing was written" checks. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p.slice(dir.length), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}
