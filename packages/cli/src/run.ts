/**
 * Exit codes and turning every failure into one clear line on stderr (never a stack trace).
 *   0  success (and `--help`, `--version`)
 *   1  not found or failed: an unknown ref, a package not installed, validation failed, a
 *      maintainer command outside a repository; `diff --base --exit-code` when the data differ
 *   2  usage: an unknown command or option, a missing or malformed argument, a bad date
 */
import { clip } from './terminal.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.failure) {
    super(message);
  }
}

/** A command used wrongly: exit 2, with a pointer to its help. */
export class UsageError extends CliError {
  constructor(message: string, readonly command?: string) {
    super(message, EXIT.usage);
  }
}

/** Errors the pipeline raises for bad input: their message is the whole story (source, line, column). */
const PIPELINE_ERRORS = new Set(['SourceError', 'ValidationError', 'BaselineError', 'TarballError', 'VersionSpecError']);

/** The one line a failure prints (without the "cyberlex: " prefix). */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof UsageError) {
    const help = error.command ? `cyberlex ${error.command} --help` : 'cyberlex --help';
    return { line: `${clip(error.message)} (see \`${help}\`)`, exitCode: error.exitCode };
  }
  if (error instanceof CliError) return { line: clip(error.message, 4000), exitCode: error.exitCode };
  const e = error as { name?: string; message?: string; code?: string } | null;
  if (e && PIPELINE_ERRORS.has(e.name ?? '')) return { line: clip(String(e.message), 4000), exitCode: EXIT.failure };
  // Anything else is a defect or the system (a disk error): its message, never its stack.
  const message = e?.message ? firstLine(e.message) : String(error);
  return { line: `${clip(message)}${e?.code ? ` (${e.code})` : ''}`, exitCode: EXIT.failure };
}

function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}

export async function run(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    const { line, exitCode } = describeFailure(error);
    console.error(`cyberlex: ${line}`);
    process.exitCode = exitCode;
  }
}
