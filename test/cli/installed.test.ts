/**
 * The CLI where users install it: @cyberlex/cli and one data package packed with `npm pack`,
 * installed offline into an empty project outside the repository, then run with `npx cyberlex`
 * as the README says. It answers from the installed package, names the package to install for a
 * ref it does not hold, refuses repository commands in one line, and works without the pipeline
 * (which it does not install).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packAll, removeProject, run, type Run } from '../consumer/project.js';
import { ROOT } from '../helpers/sources.js';

let work = '';
let project = '';

/** The folder a package resolves to from `from`, as Node looks it up (node_modules upward). */
function resolvePackageDir(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed above ${from}`);
  }
}

/** Every third-party package the given packages need at run time, transitively, by folder. */
function runtimeDependencies(dirs: string[]): string[] {
  const seen = new Set<string>();
  const visit = (dir: string) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      if (name.startsWith('@cyberlex/')) continue;
      const found = resolvePackageDir(name, dir);
      if (!seen.has(found)) {
        seen.add(found);
        visit(found);
      }
    }
  };
  for (const dir of dirs) visit(dir);
  return [...seen];
}

function pack(dirs: string[], dest: string): string[] {
  const r = run('npm', ['pack', ...dirs, '--pack-destination', dest, '--json', '--ignore-scripts'], ROOT);
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { filename: string }[]).map((i) => join(dest, i.filename));
}

/** The installed bin (what `npx cyberlex` runs; npx itself costs seconds, so one test goes through it), in the project or below it. */
function cyberlex(args: string[], cwd = project): Run {
  return run(process.execPath, [join(project, 'node_modules', '.bin', 'cyberlex'), ...args], cwd);
}

beforeAll(() => {
  // plain text whatever the terminal running the tests asks for
  delete process.env.FORCE_COLOR;
  process.env.NO_COLOR = '1';
  work = mkdtempSync(join(tmpdir(), 'cyberlex-cli-installed-'));
  const packed = packAll(join(work, 'tarballs'));
  const pick = (name: string) => packed.find((p) => p.name === name)!.tarball;
  const cliDir = join(ROOT, 'packages', 'cli');
  const [cli] = pack([cliDir], work);
  const deps = pack(runtimeDependencies([cliDir, join(ROOT, 'packages', 'schema')]), work);
  project = mkdtempSync(join(tmpdir(), 'cyberlex-cli-project-'));
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'cli-user', private: true }, null, 2)}\n`);
  const r = run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...deps, pick('@cyberlex/schema'), cli!, pick('@cyberlex/rs-criminal-code')], project);
  if (r.status !== 0) throw new Error(`npm install --offline failed:\n${r.stderr}`);
}, 300_000);

afterAll(() => {
  if (project) removeProject(project);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npx cyberlex in a project with @cyberlex/cli and @cyberlex/rs-criminal-code installed', () => {
  it('does not install the pipeline', () => {
    expect(existsSync(join(project, 'node_modules', '@cyberlex', 'cli'))).toBe(true);
    expect(existsSync(join(project, 'node_modules', '@cyberlex', 'pipeline'))).toBe(false);
  });

  it('shows Art. 199(3) as it stood on 1 January 2009, from the installed package', () => {
    const r = run('npx', ['--offline', '--no-install', 'cyberlex', 'show', 'rs-cc:199/3', '--at', '2009-01-01'], project);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('imprisonment from three months to five years');
    const json = JSON.parse(cyberlex(['show', 'rs-cc:199/3', '--at', '2010-01-01', '--json']).stdout) as { paragraphs: { text: string }[]; versionDate: string };
    expect(json.versionDate).toBe('2009-09-11');
    expect(json.paragraphs[0]!.text).toContain('six months to five years');
  });

  it('answers history, diff, list and search from it', () => {
    expect(cyberlex(['history', 'rs-cc:199']).stdout).toContain('2 versions');
    expect(cyberlex(['diff', 'rs-cc:199/3']).stdout).toContain('[-three-]{+six+}');
    expect(cyberlex(['list', 'rs-cc:30']).stdout.split('\n')[0]).toMatch(/^rs-cc:30 +article +Attempt$/);
    expect(cyberlex(['search', 'six', 'months', '--in', 'rs-cc:199']).stdout).toContain('rs-cc:199/3');
  });

  it('finds the packages from a subfolder, and beside its own install from anywhere', () => {
    const sub = join(project, 'src', 'deep');
    mkdirSync(sub, { recursive: true });
    expect(cyberlex(['show', 'rs-cc:302'], sub).status).toBe(0);
    const elsewhere = mkdtempSync(join(tmpdir(), 'cyberlex-elsewhere-'));
    try {
      const r = run(process.execPath, [join(project, 'node_modules', '@cyberlex', 'cli', 'bin', 'cyberlex.js'), 'show', 'rs-cc:302', '--json'], elsewhere);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).ref).toBe('rs-cc:302');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('names the package to install for a ref it does not hold, in one line, exit 1', () => {
    const r = cyberlex(['show', 'ets185:2']);
    expect([r.status, r.stdout, r.stderr.trim()]).toEqual([1, '', 'cyberlex: "ets185:2" is in @cyberlex/budapest-convention, which is not installed: npm install @cyberlex/budapest-convention']);
    const m = cyberlex(['mapping', 'ets185:2']);
    expect([m.status, m.stderr.trim()]).toEqual([1, 'cyberlex: no installed package holds Convention implementation mappings: npm install @cyberlex/rs-budapest-implementation']);
    expect(cyberlex(['show', 'rs-cc:9999']).stderr.trim()).toBe('cyberlex: unknown ref "rs-cc:9999"');
  });

  it('says in one line that a repository command runs in a repository', () => {
    for (const args of [['ingest'], ['validate', '--json'], ['changeset'], ['extract', 'a.txt'], ['diff', '--base', 'HEAD']]) {
      const r = cyberlex(args);
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toMatch(/^cyberlex: (ingest|validate|changeset|extract|diff --base) is a repository command: run it in a clone of the cyberlex repository/);
    }
  });

  it('says in one line that the site needs @cyberlex/explorer', () => {
    const r = cyberlex(['site']);
    expect([r.status, r.stderr.trim()]).toEqual([1, 'cyberlex: site needs @cyberlex/explorer, which is not installed (npm install @cyberlex/explorer; in the repository, npm ci)']);
  });

  it('prints its version and help', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')).version;
    expect(cyberlex(['--version']).stdout.trim()).toBe(version);
    expect(cyberlex(['show', '--help']).stdout).toContain('$ cyberlex show rs-cc:199/3 --at 2009-01-01');
  });
});
