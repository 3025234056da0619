/**
 * Where the pipeline's own files are, found from this module's place: src/ under the tests,
 * lib/ when built — and lib/ too for lib/pipeline.bundle.mjs, the one-file build the CLI
 * loads (scripts/bundle.mjs), because it is written beside this module's compiled copy.
 * Every module that needs a path of the pipeline's asks here, so the bundle finds what the
 * separate modules find.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** src/ or lib/: the pipeline's code. */
export const CODE_DIR = dirname(fileURLToPath(import.meta.url));
/** The pipeline package's folder (assets/, package.json). */
export const PACKAGE_DIR = dirname(CODE_DIR);
/** The pipeline's knowledge files (linking rules …), read by model/data-file.ts. */
export const DATA_DIR = join(PACKAGE_DIR, 'data');
