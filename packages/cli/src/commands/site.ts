/**
 * `cyberlex site [--serve] [--port N] [--json]`: build the explorer site from the packages
 * (@cyberlex/explorer's build()), and serve it (its serve()). The explorer is imported only here,
 * and only if it is installed.
 */
import type { Action } from '../program.js';
import { CliError, UsageError } from '../run.js';
import { quote } from '../terminal.js';

interface Explorer {
  build(options?: Record<string, unknown>): Promise<unknown>;
  serve(options: { root?: string; port?: number }): Promise<unknown>;
}

const site: Action = async (_args, options, ctx) => {
  const text = options.port as string;
  const port = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port takes a port number 0–65535, not ${quote(text)}`, 'site');
  const explorer = await loadExplorer();
  const built = (await explorer.build()) as { root?: string; pages?: number } | undefined;
  const root = built?.root;
  if (!options.serve) {
    ctx.out(options.json ? JSON.stringify({ root: root ?? null, pages: built?.pages ?? null }, null, 2) : `site built${root ? ` in ${root}` : ''}`);
    return 0;
  }
  const served = (await explorer.serve({ ...(root ? { root } : {}), port })) as { url?: string } | undefined;
  ctx.out(options.json ? JSON.stringify({ root: root ?? null, url: served?.url ?? `http://localhost:${port}/` }) : `serving ${root ?? 'the site'} at ${served?.url ?? `http://localhost:${port}/`} (Ctrl-C stops)`);
  return 0;
};

async function loadExplorer(): Promise<Explorer> {
  const name = '@cyberlex/explorer';
  try {
    // a name in a variable: the explorer is not a dependency, and the compiler must not require it
    return (await import(name)) as Explorer;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(name)) {
      throw new CliError(`site needs ${name}, which is not installed (npm install ${name}; in the repository, npm ci)`);
    }
    throw error;
  }
}

export default site;
