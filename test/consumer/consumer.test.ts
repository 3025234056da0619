/**
 * The packages as a consumer gets them: packed, installed from the tarballs into a fresh
 * project outside the repository (offline), type-checked with tsc --strict under NodeNext (ESM
 * and a CommonJS .cts) and Bundler resolution, run with node through import and require, their
 * README examples run, their terms, links and shipped code checked, and publint / attw on every
 * tarball. Every package is checked, whether or not it has data yet. Bundlers and browsers:
 * bundlers.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@cyberlex/schema';
import { DATA_PACKAGE_FILES } from '../../pipeline/src/emit/package-json.js';

/** What a data package ships: every package's files, and a legislation package's Akoma Ntoso documents as the repository has them. */
function shipsFiles(name: string): string[] {
  const dir = join(ROOT, 'packages', name.slice('@cyberlex/'.length));
  const akn = existsSync(join(dir, 'akn.xml')) ? ['akn.xml', ...(existsSync(join(dir, 'akn')) ? readdirSync(join(dir, 'akn')).sort().map((f) => `akn/${f}`) : [])] : [];
  return [...DATA_PACKAGE_FILES, ...akn];
}
import { PACKAGES } from '../../pipeline/src/emit/packages.js';
import { ROOT } from '../helpers/sources.js';
import { consumerProgram, errorsFile, jsBlocks, requireProgram, samples, type Installed } from './code.js';
import { BIN, execNode, installConsumer, packAll, removeProject, run, runAsync, type Packed } from './project.js';

const MINUTES = 60_000;
let work = '';
let project = '';
let packed: Packed[] = [];
let installed: Installed[] = [];
let examples: { name: string; file: string }[] = [];

const installedJson = (name: string, file: string): unknown => JSON.parse(readFileSync(join(project, 'node_modules', name, file), 'utf8'));

function tsconfig(resolution: 'NodeNext' | 'Bundler', files: string[]): string {
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2023'],
    module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
    moduleResolution: resolution,
    strict: true,
    // the packages' own .d.ts files are part of what is checked
    skipLibCheck: false,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
    // the data as a JSON module: `import data from '@cyberlex/…/data.json' with { type: 'json' }`
    resolveJsonModule: true,
    allowJs: true,
    checkJs: true,
    noEmitOnError: true,
    ...(resolution === 'NodeNext' ? { outDir: 'out' } : { noEmit: true }),
  };
  return `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cyberlex-pack-'));
  packed = packAll(join(work, 'tarballs'));
  project = installConsumer(packed);
  installed = PACKAGES.map((spec) => ({ name: spec.name, data: installedJson(spec.name, 'data.jsonld') as Dataset }));
  writeFileSync(join(project, 'consumer.ts'), consumerProgram(installed));
  writeFileSync(join(project, 'errors.ts'), errorsFile(installed));
  mkdirSync(join(project, 'examples'));
  examples = [{ name: '@cyberlex/schema', dir: 'schema' }, ...PACKAGES].flatMap((spec) =>
    jsBlocks(readFileSync(join(project, 'node_modules', spec.name, 'README.md'), 'utf8')).map((code, i) => {
      // a block that requires the package is the README's CommonJS example
      const file = `examples/${spec.dir}-${i + 1}.${/\brequire\(/.test(code) ? 'cjs' : 'mjs'}`;
      writeFileSync(join(project, file), code);
      return { name: spec.name, file };
    }),
  );
  writeFileSync(join(project, 'consumer-require.cts'), requireProgram(installed));
  writeFileSync(join(project, 'tsconfig.nodenext.json'), tsconfig('NodeNext', ['consumer.ts', 'consumer-require.cts', 'errors.ts', ...examples.map((e) => e.file)]));
  writeFileSync(join(project, 'tsconfig.bundler.json'), tsconfig('Bundler', ['consumer.ts', 'errors.ts']));
}, 10 * MINUTES);

afterAll(() => {
  if (project) removeProject(project);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packages as a consumer installs them', () => {
  it('packs every data package and @cyberlex/schema, each with exactly the files it should ship', () => {
    expect(packed.map((p) => p.name)).toEqual(['@cyberlex/schema', ...PACKAGES.map((p) => p.name)]);
    for (const p of packed.slice(1)) expect(p.files, p.name).toEqual([...shipsFiles(p.name), 'package.json'].sort());
    const schema = packed[0]!.files;
    for (const file of ['README.md', 'package.json', 'schema.json', 'changes.schema.json', 'context.jsonld', 'types.d.ts', 'lib/index.js', 'lib/index.d.ts', 'lib/generate/index.js']) expect(schema).toContain(file);
    expect(schema.filter((f) => !/^(lib\/.+\.(js|d\.ts)|README\.md|package\.json|schema\.json|changes\.schema\.json|context\.jsonld|types\.d\.ts)$/.test(f))).toEqual([]);
  }, 5 * MINUTES);

  it('declares exports (an import and a require entry, types first), files, sideEffects, terms, links, engines, and no runtime dependencies', () => {
    for (const spec of PACKAGES) {
      const pkg = installedJson(spec.name, 'package.json') as Record<string, any>;
      const data = installed.find((p) => p.name === spec.name)!.data;
      expect(pkg.type, spec.name).toBe('module');
      expect(pkg.exports['.'], spec.name).toEqual({ import: { types: './index.d.ts', default: './index.js' }, require: { types: './index.d.cts', default: './index.cjs' } });
      for (const entry of Object.values(pkg.exports['.']) as object[]) expect(Object.keys(entry)[0]).toBe('types');
      for (const sub of ['./data.json', './data.jsonld', './context.jsonld', './schema.json', './changes.json']) expect(pkg.exports[sub], `${spec.name} ${sub}`).toBe(sub);
      expect(pkg.sideEffects, spec.name).toBe(false);
      expect(pkg.license, spec.name).toBe('SEE LICENSE IN LICENSE');
      expect(readFileSync(join(project, 'node_modules', spec.name, 'LICENSE'), 'utf8'), spec.name).toContain('MIT License');
      for (const url of [pkg.homepage, pkg.bugs?.url, pkg.repository?.url]) expect(url, spec.name).toMatch(/^(git\+)?https:\/\//);
      expect(pkg.repository.directory).toBe(`packages/${spec.dir}`);
      // data-semver from the first release: a `^1` range takes every data addition
      expect(Number(pkg.version.split('.')[0]), spec.name).toBeGreaterThanOrEqual(1);
      const holds = new Set(data.provisions.map((p) => data.instruments.find((i) => i['@id'] === p.instrument)?.ref));
      expect(pkg.cyberlex, spec.name).toEqual({ instruments: [...new Set([...spec.instruments, ...holds])].filter(Boolean).sort(), mappings: data.mappings.length > 0 });
      expect(pkg.engines?.node, spec.name).toMatch(/^>=20/);
      expect(pkg.files, spec.name).toEqual(shipsFiles(spec.name));
      for (const deps of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) expect(pkg[deps], `${spec.name} ${deps}`).toBeUndefined();
    }
    const schema = installedJson('@cyberlex/schema', 'package.json') as Record<string, any>;
    expect(Object.keys(schema.dependencies)).toEqual(['zod']);
    for (const entry of Object.values(schema.exports) as unknown[]) if (typeof entry === 'object') expect(Object.keys(entry as object)[0]).toBe('types');
  }, 5 * MINUTES);

  it('ships code that imports nothing of Node and reads no file: only its own modules and its data', () => {
    for (const spec of PACKAGES) {
      for (const file of DATA_PACKAGE_FILES.filter((f) => /\.c?js$/.test(f))) {
        const code = readFileSync(join(project, 'node_modules', spec.name, file), 'utf8');
        const imported = [...code.matchAll(/(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
        expect(imported.filter((m) => !/^\.\/(?:accessor|calendar-date)\.c?js$|^\.\/data\.json$/.test(m!)), `${spec.name}/${file}`).toEqual([]);
        expect(code, `${spec.name}/${file}`).not.toMatch(/\bnode:|readFileSync|import\.meta/);
      }
    }
  }, 5 * MINUTES);

  it('links every README to absolute URLs, so the links work on the registry\'s page', () => {
    for (const spec of PACKAGES) {
      const links = [...readFileSync(join(project, 'node_modules', spec.name, 'README.md'), 'utf8').matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
      expect(links.length, spec.name).toBeGreaterThan(0);
      expect(links.filter((l) => !/^https:\/\//.test(l)), spec.name).toEqual([]);
    }
  }, 5 * MINUTES);

  it('type-checks under tsc --strict with NodeNext resolution (README examples too), and every wrong use is a type error', () => {
    const r = run(join(BIN, 'tsc'), ['-p', 'tsconfig.nodenext.json'], project);
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
    // each @ts-expect-error is used: tsc reports an unused one (TS2578), so passing proves every wrong use fails
    expect(readFileSync(join(project, 'errors.ts'), 'utf8').match(/@ts-expect-error/g)?.length).toBeGreaterThanOrEqual(PACKAGES.length * 10 + 1);
  }, 5 * MINUTES);

  it('type-checks under tsc --strict with Bundler resolution', () => {
    const r = run(join(BIN, 'tsc'), ['-p', 'tsconfig.bundler.json'], project);
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 5 * MINUTES);

  it('runs with plain node and finds in each package what its data holds', () => {
    const report = JSON.parse(execNode('out/consumer.js', project)) as Record<string, Record<string, any>>;
    expect(Object.keys(report)).toEqual(PACKAGES.map((p) => p.name));
    for (const { name, data } of installed) {
      const entry = report[name]!;
      expect(entry.package).toBe(name);
      expect(entry.counts, name).toEqual([data.instruments.length, data.provisions.length, data.mappings.length, data.facts.length, data.conflicts.length, data.tombstones.length]);
      expect([entry.sameData, entry.sameContext, entry.schema], name).toEqual([true, true, 'https://w3id.org/cyberlex/schema/dataset.json']);
      expect(entry.changes).toBe((installedJson(name, 'changes.json') as unknown[]).length);
      expect(entry.tombstone, name).toBe(data.tombstones[0]?.ref ?? null);
      const s = samples(data);
      if (s.article) {
        const provision = data.provisions.find((p) => p.ref === s.article)!;
        const current = provision.versions.find((v) => v.validUntil === null) ?? null;
        const first = provision.versions[0]?.versionDate ?? null;
        expect(entry.article, name).toEqual({
          ref: s.article,
          iri: provision['@id'],
          versions: provision.versions.map((v) => v['@id']),
          status: current?.status ?? 'not-in-force',
          before: first === null ? null : 'not-in-force',
          paragraphs: current?.paragraphs.map((p) => p.text) ?? [],
        });
      }
      if (s.paragraph) {
        const slash = s.paragraph.lastIndexOf('/');
        const article = data.provisions.find((p) => p.ref === s.paragraph!.slice(0, slash))!;
        expect(entry.paragraph, name).toEqual(article.versions.at(-1)!.paragraphs.filter((p) => p.number === s.paragraph!.slice(slash + 1)).map((p) => p.text));
      }
      if (s.instrument) expect(entry.instrument).toBe(data.instruments[0]!.title);
      if (s.mapping) expect(entry.mapping).toBe(data.mappings[0]!.assessment);
      if (s.factKind) expect(entry.facts).toBe(data.facts.filter((f) => f.kind === s.factKind).length);
    }
  }, 5 * MINUTES);

  it('gives the same answers through require() (the CommonJS entry) as through import', () => {
    const esm = JSON.parse(execNode('out/consumer.js', project)) as Record<string, unknown>;
    const cjs = JSON.parse(execNode('out/consumer-require.cjs', project)) as Record<string, Record<string, unknown>>;
    expect(Object.keys(cjs)).toEqual(PACKAGES.map((p) => p.name));
    for (const { name, data } of installed) {
      const s = samples(data);
      const entry = cjs[name]!;
      expect(entry.counts, name).toEqual([data.instruments.length, data.provisions.length, data.mappings.length, data.facts.length]);
      expect(entry.sameData, name).toBe(true);
      if (s.article) expect(entry.article, name).toEqual((esm[name] as Record<string, any>).article.paragraphs);
      expect(entry.badDate, name).toBe(s.article ? 'TypeError' : null);
    }
  }, 5 * MINUTES);

  it('runs every README example with node', () => {
    expect(new Set(examples.map((e) => e.name))).toEqual(new Set(packed.map((p) => p.name)));
    for (const { name, file } of examples) {
      const r = run(process.execPath, [file], project);
      expect(r.stderr, `${name} ${file}`).toBe('');
      expect(r.status, `${name} ${file}`).toBe(0);
      expect(r.stdout.trim(), `${name} ${file} prints something`).not.toBe('');
    }
  }, 5 * MINUTES);

  it('passes publint --strict with no message at all', async () => {
    const problems: string[] = [];
    for (const p of packed) {
      const tarball = readFileSync(p.tarball);
      const result = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, level: 'suggestion', strict: true });
      for (const m of result.messages) problems.push(`${p.name}: ${m.type} ${m.code}: ${formatMessage(m, result.pkg) ?? ''}`);
    }
    expect(problems).toEqual([]);
  }, 5 * MINUTES);

  it('passes attw (every resolution: node10, node16 CJS and ESM, bundler) on every tarball with zero problems', async () => {
    // data.jsonld, context.jsonld and the Akoma Ntoso XML are data files to resolve and read (see the READMEs),
    // not modules to import: TypeScript cannot resolve them as modules, which is right, so attw leaves them out.
    // Every profile: the packages have an import and a require entry (node10's `main` included).
    const args = ['--no-definitely-typed', '--exclude-entrypoints', './data.jsonld', './context.jsonld', './akn.xml', './akn/*', '--format', 'ascii', '--no-color', '--no-emoji'];
    // @cyberlex/schema is ESM only, on purpose
    const profile = (p: Packed) => (p.name === '@cyberlex/schema' ? ['--profile', 'esm-only'] : []);
    const results = await Promise.all(packed.map((p) => runAsync(join(BIN, 'attw'), [p.tarball, ...args, ...profile(p)], project)));
    expect(results.flatMap((r, i) => (r.status === 0 ? [] : [`${packed[i]!.name}:\n${r.stdout}${r.stderr}`]))).toEqual([]);
    expect(results).toHaveLength(PACKAGES.length + 1);
  }, 5 * MINUTES);
});
