/** `cyberlex extract <file> [--json]`: what the pipeline extracted from a source file, text or PDF. */
import { readFile } from 'node:fs/promises';
import { loadPipeline, requireRepository } from '../maintainer/repository.js';
import type { Action } from '../program.js';
import { CliError, UsageError } from '../run.js';
import { quote } from '../terminal.js';

const extractCommand: Action = async ([file = ''], options, ctx) => {
  // longer than any path a file system takes: a mistake on the command line, not a missing file
  if (file.length > 4096 || file.includes('\0')) throw new UsageError(`${quote(file)} is not a file path`, 'extract');
  requireRepository('extract');
  const bytes = await readFile(file).catch(() => {
    throw new CliError(`cannot read ${quote(file)}`);
  });
  const { describeExtraction, inspectSource, renderExtraction } = await loadPipeline('extract');
  const { doc, table } = await inspectSource(new Uint8Array(bytes), file);
  ctx.out(options.json ? JSON.stringify(describeExtraction(doc, table), null, 2) : renderExtraction(doc, table).trimEnd());
  return 0;
};

export default extractCommand;
