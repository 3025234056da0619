/**
 * `cyberlex site`: the explorer (@cyberlex/explorer) is imported only when the command runs. Without
 * it, one line saying so; with it, build() in the repository and serve() of what it built.
 */
import { describe, expect, it, vi } from 'vitest';
import { cyberlex } from '../helpers/cli.js';
import { ROOT } from '../helpers/sources.js';

async function explorerInstalled(): Promise<boolean> {
  const name = '@cyberlex/explorer';
  return import(/* @vite-ignore */ name).then(
    () => true,
    () => false,
  );
}

describe('cyberlex site', () => {
  it('builds with the explorer in the repository, serves what it built, and prints JSON', async () => {
    const calls: unknown[] = [];
    vi.doMock('@cyberlex/explorer', () => ({
      build: async (options: unknown) => {
        calls.push(['build', options]);
        return { outDir: `${ROOT}dist/site`, files: 3, pages: 2, bytes: 100 };
      },
      serve: async (options: unknown) => {
        calls.push(['serve', options]);
        return { url: 'http://127.0.0.1:8123/', port: 8123 };
      },
    }));
    try {
      const built = await cyberlex('site', '--json');
      expect(built.code).toBe(0);
      expect(JSON.parse(built.stdout)).toEqual({ outDir: `${ROOT}dist/site`, files: 3, pages: 2, bytes: 100 });
      const served = await cyberlex('site', '--serve', '--port', '8123');
      expect(served.stdout).toContain('serving it at http://127.0.0.1:8123/');
    } finally {
      vi.doUnmock('@cyberlex/explorer');
    }
    const root = ROOT.replace(/\/$/, '');
    expect(calls).toEqual([
      ['build', { root }],
      ['build', { root }],
      ['serve', { root: `${ROOT}dist/site`, port: 8123 }],
    ]);
  });

  it('refuses a port that is not one, in one line', async () => {
    const r = await cyberlex('site', '--port', '70000');
    expect([r.code, r.stderr]).toEqual([2, 'cyberlex: --port takes a port number 0–65535 (0: any free port), not "70000" (see `cyberlex site --help`)']);
  });

  it('without the explorer installed, says so in one line', async () => {
    if (await explorerInstalled()) return; // the message is also held by the installed-CLI test
    const r = await cyberlex('site');
    expect([r.code, r.stderr]).toEqual([1, 'cyberlex: site needs @cyberlex/explorer, which is not installed (npm install @cyberlex/explorer; in the repository, npm ci)']);
  });
});
