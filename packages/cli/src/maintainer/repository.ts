/**
 * What the repository commands need: the repository they run in, and the pipeline, imported
 * only here (it is not a dependency of an installed CLI: a peer that a clone provides).
 */
import { findRepository } from '../data/discover.js';
import { CliError } from '../run.js';

export function requireRepository(command: string): string {
  const root = findRepository();
  if (root === null) throw new CliError(`${command} is a repository command: run it in a clone of the cyberlex repository (no raw/manifest.json here or above)`);
  return root;
}

export type Pipeline = typeof import('@cyberlex/pipeline');

export async function loadPipeline(command: string): Promise<Pipeline> {
  try {
    return await import('@cyberlex/pipeline');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('@cyberlex/pipeline')) {
      throw new CliError(`cyberlex ${command} needs @cyberlex/pipeline, which is not installed: run \`npm ci && npm run build\` in the repository`);
    }
    throw error;
  }
}
