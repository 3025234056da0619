/** @cyberlex/pipeline: the stages, and the ingestion that runs them in order. */
export { ingest, type IngestOptions, type IngestSummary } from './ingest/index.js';
export { PACKAGES, type PackageSpec } from './emit/packages.js';
export { SourceError } from './errors.js';
export { ValidationError, validateDataset, validateChanges } from './validate/index.js';
export { sourceTextsOnDisk } from './validate/source-texts.js';
export { parseRef } from './model/refs.js';
export { readManifest, checkSources } from './sources/registry.js';
export { planRelease, release, releaseReport, type PackageRelease, type PackageData, type PackageDiff, type Baseline } from './release/index.js';
export { loadBaseline, packagesOnDisk, BaselineError } from './release/baseline.js';
export { diffParagraphs, type ParagraphDiff } from './release/provision-diff.js';
export { wordDiff, applyWordOps, type WordOp } from './release/word-diff.js';
export { renderOps, renderPackageRelease } from './release/render.js';
export { legalHistory } from './release/history.js';
export { inspectSource } from './inspect/index.js';
export { describeExtraction, renderExtraction } from './inspect/describe.js';
