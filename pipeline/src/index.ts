/** @cyberlex/pipeline: the stages, and the ingestion that runs them in order. */
export { ingest, type IngestOptions, type IngestSummary } from './ingest/index.js';
export { PACKAGES, type PackageSpec } from './emit/packages.js';
export { SourceError } from './errors.js';
export { ValidationError, validateDataset, validateChanges } from './validate/index.js';
export { parseRef } from './model/refs.js';
export { readManifest, checkSources } from './sources/registry.js';
