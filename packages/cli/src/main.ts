/** `cyberlex <command>`: one entry, one module per command. */
import { CliError, run } from './run.js';

const COMMANDS: Record<string, () => Promise<{ default: (args: string[]) => Promise<number | void> }>> = {
  ingest: () => import('./commands/ingest.js'),
  show: () => import('./commands/show.js'),
  history: () => import('./commands/history.js'),
  mapping: () => import('./commands/mapping.js'),
  validate: () => import('./commands/validate.js'),
  diff: () => import('./commands/diff.js'),
  changeset: () => import('./commands/changeset.js'),
  extract: () => import('./commands/extract.js'),
};

const USAGE = `usage: cyberlex <command> [options]

commands:
  ingest [--frozen]                     build every package and dist/ from raw/
  show <ref> [--at YYYY-MM-DD] [--json]  a provision as it stood on a date (refs: rs-cc:199, rs-cc:199/3, ets185:16/2)
  history <ref> [--json]                every version of a provision, and what sources say about it
  mapping <ets185:N> [--json]           how Serbia implements a Convention article
  validate                              re-validate dist/ and the packages against the schemas
  diff <ref> [--from D|V] [--to D|V] [--json]   word-level diff of two versions of a provision
  diff --base <dir|tarball> [--json]    what changed in the data between a baseline and the current build
  changeset [--base <git-ref|dir|tarball>]  write changesets for the data that changed
  extract <file> [--json]               what the pipeline extracts from a source file (text or PDF)`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const load = COMMANDS[command];
  if (!load) throw new CliError(`unknown command "${command}"\n${USAGE}`);
  const mod = await load();
  return (await mod.default(args)) ?? 0;
}

/** What bin/cyberlex.js runs. */
export function cli(): Promise<void> {
  return run(() => main(process.argv.slice(2)));
}
