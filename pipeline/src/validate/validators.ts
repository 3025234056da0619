/**
 * The pipeline's two JSON Schema validators (datasets, changes), compiled by the build: the
 * build runs scripts/prebuild-validators.mjs after tsc, which writes ajv's standalone code
 * here, as lib/validate/validators.prebuilt.cjs, so an ingest loads them instead of
 * compiling (compiled.ts explains why that matters and what happens when they are missing).
 */
import { writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Options, ValidateFunction } from 'ajv';
import { changesJsonSchema, datasetJsonSchema } from '@cyberlex/schema/generate';
import { compileValidators, standaloneValidators } from './compiled.js';

const OPTIONS: Options = { allErrors: true, strict: true, strictTuples: false };

const schemas = () => ({ dataset: datasetJsonSchema(), changes: changesJsonSchema() });

/** Beside this module: in lib/ after a build; absent beside the TypeScript sources. */
export const PREBUILT_VALIDATORS = fileURLToPath(new URL('./validators.prebuilt.cjs', import.meta.url));

export function loadValidators(): Promise<{ dataset: ValidateFunction; changes: ValidateFunction }> {
  return compileValidators(schemas(), OPTIONS, { prebuilt: PREBUILT_VALIDATORS });
}

/** Compile and write the prebuilt validators (temp file, then rename). */
export async function writePrebuiltValidators(file = PREBUILT_VALIDATORS): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, await standaloneValidators(schemas(), OPTIONS));
  renameSync(temp, file);
}
