/**
 * The pipeline's knowledge files (pipeline/data/*.json: linking rules …), read and checked
 * against their own schema. Knowledge is data: a wrong entry stops everything with an error
 * naming the file, the line and column, and what was expected — never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { SourceError, lineColumn } from '../errors.js';
import { PACKAGE_DIR } from '../paths.js';
import { jsonErrorOffset, jsonPathOffset } from './json-position.js';

/** `file` is relative to the pipeline package (e.g. "data/entity-rules.json"). */
export function readDataFile<T>(file: string, schema: z.ZodType<T>, text = readFileSync(join(PACKAGE_DIR, file), 'utf8')): T {
  const name = `pipeline/${file}`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SourceError(name, lineColumn(text, jsonErrorOffset(text)), 'valid JSON', (error as Error).message);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = lineColumn(text, jsonPathOffset(text, issue.path));
  throw new SourceError(name, at, `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
}
