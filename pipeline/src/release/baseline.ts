/**
 * The data a diff starts from: the packages as a repository, a `packages/` tree or one package
 * folder holds them, an npm tarball of one package, or the data a git revision committed.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Dataset } from '@cyberlex/schema';
import { PACKAGES, type PackageSpec } from '../emit/packages.js';
import type { PackageData } from './data-diff.js';
import { readTarball } from './tarball.js';

export interface Baseline {
  /** What it is, for messages: "HEAD", "release/", "rs-criminal-code-0.1.0.tgz". */
  label: string;
  packages: Map<string, PackageData>;
  /** True when it stands for every package (a package it lacks is new); false for one package. */
  complete: boolean;
}

export class BaselineError extends Error {
  override readonly name = 'BaselineError';
}

const run = promisify(execFile);

/** A directory, a tarball, or (when `root` is a git repository) a git revision. */
export async function loadBaseline(spec: string, root: string, specs: readonly PackageSpec[] = PACKAGES): Promise<Baseline> {
  const path = join(root, spec);
  const target = existsSync(spec) ? spec : existsSync(path) ? path : null;
  if (target && statSync(target).isDirectory()) return fromDirectory(target, spec, specs);
  if (target) return fromTarball(await readFile(target), spec);
  if (await isRevision(root, spec)) return fromGit(root, spec, specs);
  throw new BaselineError(`--base "${spec}" is not a directory, an npm tarball or a git revision`);
}

/**
 * The packages of a repository (or repository copy) as they are on disk. `preloaded` holds
 * data.jsonld files already read (by package dir), e.g. by the emit stage before it writes.
 */
export async function packagesOnDisk(
  root: string,
  specs: readonly PackageSpec[] = PACKAGES,
  label = 'packages/',
  preloaded?: ReadonlyMap<string, unknown>,
): Promise<Baseline> {
  const packages = new Map<string, PackageData>();
  for (const spec of specs) {
    const dir = join(root, 'packages', spec.dir);
    const found = preloaded ? await withSchema(dir, preloaded.get(spec.dir)) : await readPackageDir(dir);
    if (found) packages.set(spec.name, found);
  }
  return { label, packages, complete: true };
}

/**
 * The durable baseline an ingest's changesets also derive from: the data of the last commit, so
 * that a change whose changeset was lost (a run killed by an older version between writing data
 * and changesets, a changeset deleted by hand) is found again on the next run — the packages on
 * disk already hold the new data and show no change. It holds the packages whose committed data
 * differs from the data on disk while the package's version is the same in both: a version
 * bumped since the commit (`changeset version`) has consumed the changes up to what is on disk.
 * Null outside a git repository or when no package differs; never complete (a package it lacks
 * is compared with the disk alone).
 */
export async function committedBaseline(root: string, specs: readonly PackageSpec[] = PACKAGES): Promise<Baseline | null> {
  const changed = await changedSinceHead(root, specs);
  if (changed === null || changed.size === 0) return null;
  const show = (path: string) =>
    run('git', ['show', `HEAD:${path}`], { cwd: root, maxBuffer: 512 * 1024 * 1024 }).then(
      (r) => r.stdout,
      () => null,
    );
  const packages = new Map<string, PackageData>();
  for (const spec of specs) {
    const dir = `packages/${spec.dir}`;
    if (!changed.has(`${dir}/data.jsonld`) && !changed.has(`${dir}/schema.json`)) continue;
    const [data, schema, committedPkg] = await Promise.all([show(`${dir}/data.jsonld`), show(`${dir}/schema.json`), show(`${dir}/package.json`)]);
    if (data === null) continue; // not in the last commit: a new package, as on disk
    const onDisk = await readFile(join(root, dir, 'package.json'), 'utf8').catch(() => null);
    if (versionOf(committedPkg) !== versionOf(onDisk)) continue; // released since: disk is the baseline
    packages.set(spec.name, packageData(parseJson(data, `HEAD:${dir}/data.jsonld`), schema === null ? undefined : parseJson(schema, `HEAD:${dir}/schema.json`)));
  }
  return packages.size === 0 ? null : { label: 'HEAD', packages, complete: false };
}

/** The packages' data files that differ from HEAD; null outside a git work tree or before a first commit. */
async function changedSinceHead(root: string, specs: readonly PackageSpec[]): Promise<Set<string> | null> {
  if (!existsSync(join(root, '.git'))) return null;
  const paths = specs.flatMap((s) => [`packages/${s.dir}/data.jsonld`, `packages/${s.dir}/schema.json`]);
  return run('git', ['diff', '--name-only', '--no-renames', 'HEAD', '--', ...paths], { cwd: root, maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => new Set(r.stdout.split('\n').filter(Boolean)),
    () => null,
  );
}

function versionOf(packageJson: string | null): string | null {
  if (packageJson === null) return null;
  try {
    const version = (JSON.parse(packageJson) as { version?: unknown }).version;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

async function withSchema(dir: string, data: unknown): Promise<PackageData | null> {
  if (data === undefined || data === null) return null;
  const schema = await readFile(join(dir, 'schema.json'), 'utf8').catch(() => null);
  return packageData(data, schema === null ? undefined : parseJson(schema, join(dir, 'schema.json')));
}

async function fromDirectory(dir: string, label: string, specs: readonly PackageSpec[]): Promise<Baseline> {
  if (specs.some((s) => existsSync(join(dir, 'packages', s.dir, 'data.jsonld')))) return packagesOnDisk(dir, specs, label);
  if (specs.some((s) => existsSync(join(dir, s.dir, 'data.jsonld')))) {
    const packages = new Map<string, PackageData>();
    for (const spec of specs) {
      const found = await readPackageDir(join(dir, spec.dir));
      if (found) packages.set(spec.name, found);
    }
    return { label, packages, complete: true };
  }
  for (const folder of [dir, join(dir, 'package')]) {
    const found = await readPackageDir(folder);
    if (found) return { label, packages: new Map([[found.data.package, found]]), complete: false };
  }
  throw new BaselineError(`--base "${label}" holds no package data (no data.jsonld in it, in <dir>/packages/*/ or in <dir>/*/)`);
}

async function readPackageDir(dir: string): Promise<PackageData | null> {
  const data = await readFile(join(dir, 'data.jsonld'), 'utf8').catch(() => null);
  if (data === null) return null;
  const schema = await readFile(join(dir, 'schema.json'), 'utf8').catch(() => null);
  return packageData(parseJson(data, join(dir, 'data.jsonld')), schema === null ? undefined : parseJson(schema, join(dir, 'schema.json')));
}

function fromTarball(bytes: Uint8Array, label: string): Baseline {
  const files = readTarball(bytes, label);
  const file = (name: string) => files.get(`package/${name}`) ?? [...files].find(([path]) => path.endsWith(`/${name}`) && path.split('/').length === 2)?.[1];
  const data = file('data.jsonld');
  if (!data) throw new BaselineError(`${label}: no package/data.jsonld in the tarball (is it a cyberlex data package?)`);
  const schema = file('schema.json');
  const found = packageData(parseJson(data.toString('utf8'), `${label}:data.jsonld`), schema ? parseJson(schema.toString('utf8'), `${label}:schema.json`) : undefined);
  return { label, packages: new Map([[found.data.package, found]]), complete: false };
}

async function isRevision(root: string, rev: string): Promise<boolean> {
  if (rev.startsWith('-')) return false;
  return run('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: root }).then(
    () => true,
    () => false,
  );
}

async function fromGit(root: string, rev: string, specs: readonly PackageSpec[]): Promise<Baseline> {
  const show = (path: string) =>
    run('git', ['show', `${rev}:${path}`], { cwd: root, maxBuffer: 512 * 1024 * 1024 }).then(
      (r) => r.stdout,
      () => null,
    );
  const packages = new Map<string, PackageData>();
  for (const spec of specs) {
    const data = await show(`packages/${spec.dir}/data.jsonld`);
    if (data === null) continue;
    const schema = await show(`packages/${spec.dir}/schema.json`);
    packages.set(spec.name, packageData(parseJson(data, `${rev}:packages/${spec.dir}/data.jsonld`), schema === null ? undefined : parseJson(schema, `${rev}:packages/${spec.dir}/schema.json`)));
  }
  return { label: rev, packages, complete: true };
}

function packageData(data: unknown, schema: unknown): PackageData {
  const d = data as Partial<Dataset>;
  if (!d || typeof d.package !== 'string' || !Array.isArray(d.provisions)) throw new BaselineError('the baseline data.jsonld is not a cyberlex dataset (no package name or provisions)');
  return schema === undefined ? { data: d as Dataset } : { data: d as Dataset, schema };
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${where}: not valid JSON (${(error as Error).message})`);
  }
}
