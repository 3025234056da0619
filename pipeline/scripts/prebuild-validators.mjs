#!/usr/bin/env node
// After tsc: compile the pipeline's JSON Schema validators with ajv once, at build time, and
// write their standalone code beside the compiled pipeline (lib/validate/validators.prebuilt.cjs),
// so that no ingest pays ajv's ~1 s compile. See src/validate/validators.ts.
import { writePrebuiltValidators, PREBUILT_VALIDATORS } from '../lib/validate/validators.js';

await writePrebuiltValidators();
process.stdout.write(`prebuilt validators: ${PREBUILT_VALIDATORS}\n`);
