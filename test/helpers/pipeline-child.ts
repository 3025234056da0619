/**
 * Running an ingest in a child process, from the pipeline's TypeScript sources (bundled by
 * esbuild, as scripts/bundle.mjs bundles the compiled ones), so a test can kill it (SIGKILL) at
 * a chosen step of publication or at a chosen instant. The bundle lives under the repository's
 * node_modules/.cache, where the libraries it leaves out resolve.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './sources.js';

const DIR = join(ROOT, 'node_modules', '.cache', 'cyberlex', 'test-child');

let built: Promise<string> | null = null;
let files: string[] = [];

/** Remove this test process's bundle and script (another process may be using its own). */
export function removeChildScript(): void {
  for (const f of files) rmSync(f, { force: true });
  files = [];
  built = null;
}

/** The child script (built once per test process): `node <script> <root> <killAt> [allowRemovals]`. */
export function childScript(): Promise<string> {
  built ??= (async () => {
    mkdirSync(DIR, { recursive: true });
    const bundle = join(DIR, `pipeline-${process.pid}.mjs`);
    await build({
      entryPoints: [join(ROOT, 'pipeline/src/index.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      alias: {
        '@cyberlex/schema/generate': join(ROOT, 'packages/schema/src/generate/index.ts'),
        '@cyberlex/schema': join(ROOT, 'packages/schema/src/index.ts'),
      },
      // paths.ts finds assets/ from its own place: the bundle stands in for it
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'pipeline/src/paths.ts')).href) },
      logLevel: 'error',
    });
    const script = join(DIR, `ingest-child-${process.pid}.mjs`);
    writeFileSync(
      script,
      [
        `const { ingest } = await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
        'const [root, killAt, allow] = process.argv.slice(2);',
        'let n = 0;',
        'const onPublishStep = (step) => {',
        '  process.stdout.write(`${JSON.stringify(step)}\\n`);',
        "  if (n++ === Number(killAt)) process.kill(process.pid, 'SIGKILL');",
        '};',
        "try { await ingest({ root, frozen: false, onPublishStep, allowRemovals: allow === 'allow' }); } catch (e) { process.stderr.write(`${e.message}\\n`); process.exitCode = 1; }",
        '',
      ].join('\n'),
    );
    files = [bundle, script];
    return script;
  })();
  return built;
}

export interface ChildRun {
  /** Exit code, or null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The publication steps it reached, in order. */
  steps: { phase: string; path?: string }[];
  stderr: string;
  ms: number;
}

/** Ingest `root` in a child; killed at publication step `killAt` (0-based), or after `killAfterMs`. */
export async function ingestInChild(root: string, options: { killAt?: number; killAfterMs?: number; allowRemovals?: boolean } = {}): Promise<ChildRun> {
  const script = await childScript();
  const started = performance.now();
  const child = spawn(process.execPath, [script, root, String(options.killAt ?? -1), options.allowRemovals ? 'allow' : ''], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const timer = options.killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  if (timer) clearTimeout(timer);
  const steps = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { phase: string; path?: string });
  return { code, signal, steps, stderr: err, ms: performance.now() - started };
}
