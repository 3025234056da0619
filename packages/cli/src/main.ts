/** `cyberlex <command>`: parse the command line (commander), run the command, map every outcome to an exit code. */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { SPECS, buildProgram, type Context } from './program.js';
import { EXIT, UsageError, run } from './run.js';
import { prepareTerminal } from './terminal.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const consoleContext: Context = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/** Runs one command line; resolves to the exit code, throws a CliError for a failure. */
export async function main(argv: string[], ctx: Context = consoleContext): Promise<number> {
  let code: number = EXIT.ok;
  await prepareTerminal();
  const program = buildProgram(version(), ctx, (c) => (code = c));
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.out(text.replace(/\n$/, '')),
      writeErr: (text) => ctx.err(text.replace(/\n$/, '')),
      // commander's own errors become one line below, in the catch
      outputError: () => {},
    });
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  if (argv.length === 0) {
    ctx.err(program.helpInformation().replace(/\n$/, ''));
    return EXIT.usage;
  }
  // `help <unknown>`: commander would print the whole help; one line says more
  if (argv[0] === 'help' && argv[1] !== undefined && argv[1] !== 'help' && !program.commands.some((c) => c.name() === argv[1])) {
    throw new UsageError(`unknown command '${argv[1]}' (commands: ${SPECS.map((s) => s.name).join(', ')})`);
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const command = SPECS.find((s) => s.name === argv[0])?.name;
    throw new UsageError(commanderMessage(error.message), command);
  }
  return code;
}

/** "error: unknown option '--x'\n(Did you mean --json?)" → "unknown option '--x' (did you mean --json?)". */
function commanderMessage(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean/g, ' (did you mean')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** What bin/cyberlex.js runs. */
export function cli(): Promise<void> {
  return run(() => main(process.argv.slice(2)));
}
