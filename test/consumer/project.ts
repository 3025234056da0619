/**
 * A consumer's view of the packages: each one packed with `npm pack` into a temp dir, installed
 * from the tarballs into a fresh project outside the repository with no registry access, and
 * the tools (tsc, node, publint, attw) run there as a user would run them.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGES } from '../../pipeline/src/emit/packages.js';
import { ROOT } from '../helpers/sources.js';

export const BIN = join(ROOT, 'node_modules', '.bin');

/** What `npm pack --json` says about one tarball. */
export interface Packed {
  name: string;
  dir: string;
  tarball: string;
  files: string[];
}

/**
 * What a surrounding `npm test` sets about the repository (its prefix, its package, the running script) would
 * make npm in the child act on the repository, so it goes; the user's npm config (cache, registry, CA) stays.
 */
const REPOSITORY_NPM_VARS = /^npm_(?:package_|lifecycle_|command$|execpath$|node_execpath$|config_(?:local_prefix|prefix|global_prefix|call|workspaces?|include_workspace_root)$)/i;

function env(): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !REPOSITORY_NPM_VARS.test(k)));
  return { ...clean, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: readonly string[], cwd: string): Run {
  const r = spawnSync(command, args, { cwd, env: env(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs and fails with the command's own output when it exits non-zero. */
export function mustRun(command: string, args: readonly string[], cwd: string): string {
  const r = run(command, args, cwd);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** One `npm pack` for all the folders (one npm start-up, not nine), in the order given. */
function npmPack(dirs: readonly string[], dest: string, flags: readonly string[] = []): { filename: string; files: string[] }[] {
  const out = mustRun('npm', ['pack', ...dirs, '--pack-destination', dest, '--json', ...flags], ROOT);
  const infos = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  if (infos.length !== dirs.length) throw new Error(`npm pack made ${infos.length} tarballs for ${dirs.length} folders`);
  return infos.map((info) => ({ filename: info.filename, files: info.files.map((f) => f.path).sort() }));
}

/**
 * @cyberlex/schema is packed from a staging copy whose lib/ is compiled afresh from src/, as a
 * release build would, so a stale or leftover file in the repository's lib/ cannot hide a defect.
 */
function stageSchema(stage: string): string {
  const src = join(ROOT, 'packages', 'schema');
  const pkg = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8')) as { files: string[] };
  mkdirSync(stage, { recursive: true });
  cpSync(join(src, 'package.json'), join(stage, 'package.json'));
  for (const file of pkg.files) if (file !== 'lib') cpSync(join(src, file), join(stage, file), { recursive: true });
  cpSync(join(src, 'README.md'), join(stage, 'README.md'));
  mustRun(join(BIN, 'tsc'), ['-p', join(src, 'tsconfig.json'), '--outDir', join(stage, 'lib'), '--composite', 'false', '--incremental', 'false'], ROOT);
  return stage;
}

/** Every data package (every PackageSpec, data or not yet) and @cyberlex/schema, packed into `dest`. */
export function packAll(dest: string): Packed[] {
  mkdirSync(dest, { recursive: true });
  const packages = [{ name: '@cyberlex/schema', dir: 'schema', path: stageSchema(join(dest, 'schema-stage')) }, ...PACKAGES.map((spec) => ({ name: spec.name, dir: spec.dir, path: `./packages/${spec.dir}` }))];
  const infos = npmPack(packages.map((p) => p.path), dest);
  return packages.map((p, i) => ({ name: p.name, dir: p.dir, tarball: join(dest, infos[i]!.filename), files: infos[i]!.files }));
}

/**
 * A fresh project in the OS temp dir with the tarballs installed, offline. zod, the one dependency
 * (of @cyberlex/schema), is packed from the repository's own node_modules and installed beside them:
 * `npm ci` caches tarballs but not the registry's metadata npm would need to resolve `zod@^4` offline,
 * so a user whose npm cache holds only what `npm ci` put there could not install it otherwise.
 */
export function installConsumer(packed: readonly Packed[]): string {
  const project = mkdtempSync(join(tmpdir(), 'cyberlex-consumer-'));
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'cyberlex-consumer', private: true, type: 'module' }, null, 2)}\n`);
  const [zod] = npmPack([join(ROOT, 'node_modules', 'zod')], project, ['--ignore-scripts']);
  const args = ['install', '--offline', '--no-audit', '--no-fund', join(project, zod!.filename), ...packed.map((p) => p.tarball)];
  const r = run('npm', args, project);
  if (r.status !== 0) removeProject(project);
  if (r.status !== 0) throw new Error(`npm install --offline failed:\n${r.stderr}`);
  return project;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Like run, without blocking: for tools run once per tarball, side by side. */
export function runAsync(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: env(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ status: code, stdout, stderr });
    });
  });
}

export function execNode(file: string, cwd: string): string {
  return execFileSync(process.execPath, [file], { cwd, env: env(), encoding: 'utf8' });
}
