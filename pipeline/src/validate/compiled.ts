/**
 * Compiling the JSON Schemas with ajv once, not once per process. Compiling the dataset
 * schema costs more than all the rest of an ingest of the five sources (ajv inlines every
 * $ref'd definition at each use; bench/README.md has the figures). ajv's standalone code is the
 * same validator as source text, so it is compiled where it is cheapest to pay for:
 *   1. at build time: `npm run build` writes the pipeline's own validators beside its
 *      compiled code (validators.ts, scripts/prebuild-validators.mjs), so no ingest compiles;
 *   2. else the first process compiles and keeps the code in node_modules/.cache/cyberlex/
 *      (a schema the build did not see, the tests' TypeScript sources); later processes load it.
 * Either file carries the key of what it was compiled from (a hash of the schemas, ajv's
 * version and the options): one that does not match is never loaded. A file that cannot be
 * read or written is skipped, never an error.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import type { Options, ValidateFunction } from 'ajv';
import { cacheDir, readCached, saveCached } from '../cache.js';

/** The generated code requires ajv's runtime helpers: resolve them from this package, wherever the cache is. */
const requireFromHere = createRequire(import.meta.url);

/** The export of a standalone module that holds its key. */
const KEY_EXPORT = '__cyberlexKey';

export async function compileValidators<K extends string>(schemas: Record<K, object>, requested: Options, where: { prebuilt?: string } = {}): Promise<Record<K, ValidateFunction>> {
  const options = effectiveOptions(requested);
  const key = validatorKey(schemas, options);
  const names = Object.keys(schemas) as K[];
  const prebuilt = where.prebuilt ? load<K>(where.prebuilt, names, key) : null;
  if (prebuilt) return prebuilt;
  const file = cacheFile(key);
  const cached = file ? load<K>(file, names, key) : null;
  if (cached) return cached;
  const { ajv, validators } = await compile(schemas, options);
  if (file) saveCached(file, await standaloneCode(ajv, names, key), KEEP);
  return validators;
}

/** ajv's standalone code for `schemas`, with its key: what the build writes beside the pipeline's code. */
export async function standaloneValidators(schemas: Record<string, object>, requested: Options): Promise<string> {
  const options = effectiveOptions(requested);
  const { ajv } = await compile(schemas, options);
  return standaloneCode(ajv, Object.keys(schemas), validatorKey(schemas, options));
}

/**
 * ajv's code optimisation passes cost ~40% of the compile time and buy nothing measurable
 * in validating eight datasets once; they change the generated code, never its verdicts.
 */
function effectiveOptions(requested: Options): Options {
  return { ...requested, code: { optimize: false, ...requested.code, source: true } };
}

type AjvModule = typeof import('ajv/dist/2020.js');
type StandaloneModule = typeof import('ajv/dist/standalone/index.js');

// ajv is CommonJS, required when a compile needs it (never, with the prebuilt validators):
// a require works the same in these modules and in the one-file bundle (scripts/bundle.mjs).
async function compile<K extends string>(schemas: Record<K, object>, options: Options) {
  const { Ajv2020 } = requireFromHere('ajv/dist/2020.js') as AjvModule;
  const ajv = new Ajv2020(options);
  const validators = {} as Record<K, ValidateFunction>;
  for (const name of Object.keys(schemas) as K[]) {
    ajv.addSchema(schemas[name], name);
    validators[name] = ajv.getSchema(name)!;
  }
  return { ajv, validators };
}

async function standaloneCode(ajv: InstanceType<AjvModule['Ajv2020']>, names: readonly string[], key: string): Promise<string> {
  const standalone = requireFromHere('ajv/dist/standalone/index.js') as StandaloneModule['default'];
  const code = standalone(ajv, Object.fromEntries(names.map((n) => [n, n])));
  return `${code}\nexports.${KEY_EXPORT} = ${JSON.stringify(key)};\n`;
}

/** What a validator is compiled from: the schemas, ajv's version and the options. */
function validatorKey(schemas: object, options: Options): string {
  const { version } = requireFromHere('ajv/package.json') as { version: string };
  return createHash('sha256').update(JSON.stringify({ version, options, schemas })).digest('hex').slice(0, 20);
}

function cacheFile(key: string): string | null {
  const dir = cacheDir();
  return dir ? join(dir, `validators-${key}.cjs`) : null;
}

function load<K extends string>(file: string, names: readonly K[], key: string): Record<K, ValidateFunction> | null {
  try {
    const code = readCached(file);
    if (code === null) return null;
    const loaded = { exports: {} as Record<string, unknown> };
    compileFunction(code, ['require', 'module', 'exports'], { filename: file })(requireFromHere, loaded, loaded.exports);
    if (loaded.exports[KEY_EXPORT] !== key) return null; // compiled from another schema, ajv or options
    return names.every((n) => typeof loaded.exports[n] === 'function') ? (loaded.exports as Record<K, ValidateFunction>) : null;
  } catch {
    return null; // missing or unreadable: compile afresh (and rewrite it)
  }
}

/** Cache files kept: each is ~1 MB, and one is written per change of the model. */
const KEEP = 4;
