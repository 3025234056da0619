/**
 * Compiling the JSON Schemas with ajv once, not once per process. Compiling the dataset
 * schema costs ~0.8 s (ajv inlines every $ref'd definition at each use: ~1 MB of code),
 * more than all the rest of an ingest of the five sources. ajv's standalone code is the
 * same validator as source text, so the first process compiles it and keeps the code in
 * node_modules/.cache/cyberlex/; later processes load it in ~30 ms. The cache file is named
 * by a hash of the schemas, ajv's version and the options: any change to the model or to
 * ajv compiles afresh. A cache that cannot be read or written is skipped, never an error.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import type { Options, ValidateFunction } from 'ajv';
import { cacheDir, readCached, saveCached } from '../cache.js';

/** The generated code requires ajv's runtime helpers: resolve them from this package, wherever the cache is. */
const requireFromHere = createRequire(import.meta.url);

export async function compileValidators<K extends string>(schemas: Record<K, object>, requested: Options): Promise<Record<K, ValidateFunction>> {
  // ajv's code optimisation passes cost ~40% of the compile time and buy nothing measurable
  // in validating eight datasets once; they change the generated code, never its verdicts.
  const options: Options = { ...requested, code: { optimize: false, ...requested.code, source: true } };
  const file = cacheFile(schemas, options);
  const cached = file ? load<K>(file, Object.keys(schemas) as K[]) : null;
  if (cached) return cached;
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const ajv = new Ajv2020(options);
  const out = {} as Record<K, ValidateFunction>;
  for (const name of Object.keys(schemas) as K[]) {
    ajv.addSchema(schemas[name], name);
    out[name] = ajv.getSchema(name)!;
  }
  if (file) {
    const { default: standalone } = await import('ajv/dist/standalone/index.js');
    const names = Object.fromEntries(Object.keys(schemas).map((n) => [n, n]));
    saveCached(file, standalone.default(ajv, names), KEEP);
  }
  return out;
}

function cacheFile(schemas: object, options: Options): string | null {
  const dir = cacheDir();
  if (!dir) return null;
  const { version } = requireFromHere('ajv/package.json') as { version: string };
  const key = createHash('sha256').update(JSON.stringify({ version, options, schemas })).digest('hex').slice(0, 20);
  return join(dir, `validators-${key}.cjs`);
}

function load<K extends string>(file: string, names: readonly K[]): Record<K, ValidateFunction> | null {
  try {
    const code = readCached(file);
    if (code === null) return null;
    const loaded = { exports: {} as Record<string, unknown> };
    compileFunction(code, ['require', 'module', 'exports'], { filename: file })(requireFromHere, loaded, loaded.exports);
    return names.every((n) => typeof loaded.exports[n] === 'function') ? (loaded.exports as Record<K, ValidateFunction>) : null;
  } catch {
    return null; // missing or unreadable: compile afresh (and rewrite it)
  }
}

/** Cache files kept: each is ~1 MB, and one is written per change of the model. */
const KEEP = 4;
