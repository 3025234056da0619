/**
 * Validate stage: every dataset is checked twice before anything is written — by the zod
 * model, then by ajv against the JSON Schema generated from it (so the published schema is
 * proven to accept the published data) — and then by the lints zod and JSON Schema cannot say.
 */
import { Changes, Dataset } from '@cyberlex/schema';
import type { ValidateFunction } from 'ajv';
import { loadValidators } from './validators.js';
import { lintDataset } from './lints.js';

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(readonly dataset: string, readonly problems: string[]) {
    super(`${dataset}: ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
}

/**
 * zod compiles a fast path for each object schema (with `new Function`) the first time it
 * parses one; an ingest parses each dataset once, and compiling cost more than it saved
 * (bench/README.md has the figures).
 */
const ONCE = { jitless: true } as const;

let compiled: { dataset: ValidateFunction; changes: ValidateFunction } | null = null;

/** Load the JSON Schema validators once per process: compiled by the build, or once per schema change (./compiled.ts). */
async function validators() {
  compiled ??= await loadValidators();
  return compiled;
}

export type { SourceTexts } from './source-texts.js';
import type { SourceTexts } from './source-texts.js';

export async function validateDataset(name: string, data: unknown, texts?: SourceTexts): Promise<void> {
  const problems: string[] = [];
  const parsed = Dataset.safeParse(data, ONCE);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) problems.push(`zod: ${issue.path.join('.')}: ${issue.message}`);
  }
  const { dataset } = await validators();
  if (!dataset(data)) {
    for (const e of (dataset.errors ?? []).slice(0, 20)) problems.push(`json-schema: ${e.instancePath} ${e.message ?? ''}`);
  }
  if (parsed.success) problems.push(...lintDataset(parsed.data, texts));
  if (problems.length > 0) throw new ValidationError(name, problems);
}

export async function validateChanges(name: string, data: unknown): Promise<void> {
  const problems: string[] = [];
  const parsed = Changes.safeParse(data, ONCE);
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`zod: ${issue.path.join('.')}: ${issue.message}`);
  const { changes } = await validators();
  if (!changes(data)) for (const e of changes.errors ?? []) problems.push(`json-schema: ${e.instancePath} ${e.message ?? ''}`);
  if (problems.length > 0) throw new ValidationError(`${name} changes.json`, problems);
}
