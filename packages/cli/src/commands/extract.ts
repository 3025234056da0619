/** `cyberlex extract <file> [--json]`: what the pipeline extracted from a source file, text or PDF. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeExtraction, inspectSource, renderExtraction } from '@cyberlex/pipeline';
import { CliError } from '../run.js';

export default async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file) throw new CliError('extract needs a file, e.g. cyberlex extract raw/rs-law-cybercrime-authorities-2005-2009.txt');
  const bytes = await readFile(file).catch(() => {
    throw new CliError(`cannot read "${file}"`);
  });
  const { doc, table } = await inspectSource(new Uint8Array(bytes), file);
  if (values.json) console.log(JSON.stringify(describeExtraction(doc, table), null, 2));
  else console.log(renderExtraction(doc, table).trimEnd());
  return 0;
}
