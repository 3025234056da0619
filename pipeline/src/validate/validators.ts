/**
 * The pipeline's two JSON Schema validators (datasets, changes), compiled by the build: the
 * build runs scripts/prebuild-validators.mjs after tsc, which writes ajv's standalone code
 * here, as lib/validate/validators.prebuilt.cjs, so an ingest loads them instead of
 * compiling (compiled.ts explains why that matters and what happens when they are missing).
 */
import { join } from 'node:path';
import type { Options, ValidateFunction } from 'ajv';
import { changesJsonSchema, datasetJsonSchema } from '@cyberlex/schema/generate';
import { compileValidators, standaloneValidators } from './compiled.js';
import { replaceFile } from '../files.js';
import { CODE_DIR } from '../paths.js';

/**
 * The first error only: zod lists every problem of a dataset it rejects; ajv is there to prove
 * the published schema accepts what zod accepts. With every error, each `oneOf` branch a fact
 * does not match (19 of 20 kinds) was checked to the end and its errors collected and dropped:
 * the first pass over the eight datasets took twice as long.
 */
const OPTIONS: Options = { allErrors: false, strict: true, strictTuples: false };

const schemas = () => ({ dataset: datasetJsonSchema(), changes: changesJsonSchema() });

/** Beside this module: in lib/ after a build; absent beside the TypeScript sources. */
export const PREBUILT_VALIDATORS = join(CODE_DIR, 'validate', 'validators.prebuilt.cjs');

export function loadValidators(): Promise<{ dataset: ValidateFunction; changes: ValidateFunction }> {
  return compileValidators(schemas(), OPTIONS, { prebuilt: PREBUILT_VALIDATORS });
}

/** Compile and write the prebuilt validators (temp file, then rename). */
export async function writePrebuiltValidators(file = PREBUILT_VALIDATORS): Promise<void> {
  replaceFile(file, await standaloneValidators(schemas(), OPTIONS));
}
