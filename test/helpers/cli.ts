/** Run the CLI in-process (from its TypeScript source) and capture what it prints. */
import { vi } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import { run } from '../../packages/cli/src/run.js';

export async function cyberlex(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const previous = process.exitCode;
  try {
    await run(() => main(args));
    return { code: Number(process.exitCode ?? 0), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    process.exitCode = previous;
    log.mockRestore();
    error.mockRestore();
  }
}

export async function cyberlexJson<T = Record<string, unknown>>(...args: string[]): Promise<T> {
  const r = await cyberlex(...args, '--json');
  if (r.code !== 0) throw new Error(`cyberlex ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
