/** validate/compiled.ts: validators compiled once per schema, kept as ajv standalone code, loaded by later processes. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '@cyberlex/schema/generate';
import { cacheDir } from '../../src/cache.js';
import { compileValidators, standaloneValidators } from '../../src/validate/compiled.js';

const OPTIONS = { allErrors: true, strict: true, strictTuples: false };
const schema = {
  type: 'object',
  properties: { ref: { type: 'string', pattern: '^[a-z0-9-]+:[0-9a-z]+$' }, n: { type: 'integer', minimum: 1 } },
  required: ['ref'],
  additionalProperties: false,
};

let dir: string;
/** The cache file of `schema`, once the first test has written it. */
let itemFile: string;
const previous = process.env.CYBERLEX_CACHE_DIR;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberlex-validators-'));
  process.env.CYBERLEX_CACHE_DIR = dir;
});
afterAll(() => {
  if (previous === undefined) delete process.env.CYBERLEX_CACHE_DIR;
  else process.env.CYBERLEX_CACHE_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

const cases = [{ ref: 'rs-cc:199' }, { ref: 'rs-cc:199', n: 0 }, { ref: 'no ref', extra: true }, {}, 'not an object'];

describe('compileValidators', () => {
  it('compiles once, writes the code, and a later call loads validators that judge alike', async () => {
    const fresh = await compileValidators({ item: schema }, OPTIONS);
    const written = readdirSync(dir).filter((f) => f.endsWith('.cjs'));
    expect(written).toHaveLength(1);
    itemFile = join(dir, written[0]!);
    const loaded = await compileValidators({ item: schema }, OPTIONS);
    expect(loaded.item).not.toBe(fresh.item);
    for (const value of cases) {
      expect(loaded.item(value)).toBe(fresh.item(value));
      expect(loaded.item.errors).toEqual(fresh.item.errors);
    }
  });

  it('names the cache by the schema: a changed schema compiles afresh', async () => {
    await compileValidators({ item: { ...schema, required: ['ref', 'n'] } }, OPTIONS);
    expect(readdirSync(dir).filter((f) => f.endsWith('.cjs'))).toHaveLength(2);
  });

  it('recompiles over a damaged cache file instead of failing', async () => {
    const file = itemFile;
    writeFileSync(file, 'exports.item = (;');
    const v = await compileValidators({ item: schema }, OPTIONS);
    expect(v.item({ ref: 'rs-cc:199' })).toBe(true);
    expect(v.item({ ref: 'rs-cc:199', n: 0 })).toBe(false);
    expect(readFileSync(file, 'utf8')).not.toBe('exports.item = (;');
  });

  it('loads the real dataset schema from the cache with the same verdicts', async () => {
    const first = await compileValidators({ dataset: datasetJsonSchema() }, OPTIONS);
    const second = await compileValidators({ dataset: datasetJsonSchema() }, OPTIONS);
    for (const value of [{}, { '@context': {}, '@id': 'x' }, []]) {
      expect(second.dataset(value)).toBe(first.dataset(value));
      expect(second.dataset.errors).toEqual(first.dataset.errors);
    }
  });

  it('keeps only the newest few cache files', async () => {
    for (let n = 2; n <= 7; n++) await compileValidators({ item: { ...schema, properties: { ...schema.properties, n: { type: 'integer', minimum: n } } } }, OPTIONS);
    expect(readdirSync(dir).filter((f) => f.endsWith('.cjs'))).toHaveLength(4);
  });

  it('takes its folder from CYBERLEX_CACHE_DIR', () => {
    expect(cacheDir()).toBe(dir);
  });

  it('loads prebuilt validators of the same schemas without compiling, and ignores those of others', async () => {
    const prebuilt = join(dir, 'prebuilt.cjs.bak');
    writeFileSync(prebuilt, await standaloneValidators({ item: schema }, OPTIONS));
    const other = { ...schema, required: ['n'] };
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.cjs'))) rmSync(join(dir, f)); // only the prebuilt file can serve `schema` now
    const loaded = await compileValidators({ item: schema }, OPTIONS, { prebuilt });
    expect(readdirSync(dir).filter((f) => f.endsWith('.cjs'))).toEqual([]);
    expect(loaded.item({ ref: 'rs-cc:199' })).toBe(true);
    expect(loaded.item({})).toBe(false);
    const compiled = await compileValidators({ item: other }, OPTIONS, { prebuilt });
    expect(readdirSync(dir).filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
    expect(compiled.item({ ref: 'rs-cc:199' })).toBe(false);
    await expect(compileValidators({ item: schema }, OPTIONS, { prebuilt: join(dir, 'missing.cjs') })).resolves.toBeDefined();
  });
});
