/** `cyberlex <command>`: one entry, one module per command. */
import { CliError, run } from './run.js';

const COMMANDS: Record<string, () => Promise<{ default: (args: string[]) => Promise<number | void> }>> = {
  ingest: () => import('./commands/ingest.js'),
  show: () => import('./commands/show.js'),
  history: () => import('./commands/history.js'),
  mapping: () => import('./commands/mapping.js'),
  validate: () => import('./commands/validate.js'),
};

const USAGE = `usage: cyberlex <command> [options]

commands:
  ingest [--frozen]                     build every package and dist/ from raw/
  show <ref> [--at YYYY-MM-DD] [--json]  a provision as it stood on a date (refs: rs-cc:199, rs-cc:199/3, ets185:16/2)
  history <ref> [--json]                every version of a provision, and what sources say about it
  mapping <ets185:N> [--json]           how Serbia implements a Convention article
  validate                              re-validate dist/ and the packages against the schemas`;

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

await run(() => main(process.argv.slice(2)));
