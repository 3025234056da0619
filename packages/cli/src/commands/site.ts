/**
 * `cyberlex site [--serve] [--port N] [--json]`: build the explorer site from the packages
 * (@cyberlex/explorer's build(), into dist/site/ of the repository), and serve it (its serve(),
 * on 127.0.0.1). The explorer is imported only here, and only if it is installed.
 */
import { findRepository } from '../data/discover.js';
import type { Action } from '../program.js';
import { CliError, UsageError } from '../run.js';
import { quote } from '../terminal.js';

interface Explorer {
  build(options?: { root?: string; outDir?: string }): Promise<{ outDir: string; files: number; pages: number; bytes: number }>;
  serve(options: { root: string; port?: number }): Promise<{ url: string; port: number }>;
}

const site: Action = async (_args, options, ctx) => {
  const text = options.port as string;
  const port = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port takes a port number 0–65535 (0: any free port), not ${quote(text)}`, 'site');
  const explorer = await loadExplorer();
  const root = findRepository();
  const built = await explorer.build(root ? { root } : {});
  if (!options.serve) {
    ctx.out(options.json ? JSON.stringify(built, null, 2) : `site built: ${built.pages} pages in ${built.outDir}`);
    return 0;
  }
  const served = await explorer.serve({ root: built.outDir, port });
  ctx.out(options.json ? JSON.stringify({ ...built, url: served.url }, null, 2) : `site built: ${built.pages} pages in ${built.outDir}\nserving it at ${served.url} (Ctrl-C stops)`);
  return 0;
};

async function loadExplorer(): Promise<Explorer> {
  const name = '@cyberlex/explorer';
  try {
    // a name in a variable: the explorer is not a dependency of the CLI, and the compiler must not require it
    return (await import(name)) as Explorer;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(name)) {
      throw new CliError(`site needs ${name}, which is not installed (npm install ${name}; in the repository, npm ci)`);
    }
    throw error;
  }
}

export default site;
