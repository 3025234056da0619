// One ingestion in this process, timed from the inside: process start → modules loaded →
// ingest() done, with ingest's own per-stage times and the peak RSS. Prints one JSON line.
//   node bench/probes/ingest.mjs <repo> <root> [--frozen] [--dry-run] [--no-cache]
// --no-cache: parse every source and convert the graph to N-Quads (ingest's caches of derived data off), as a first build does.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const booted = performance.now(); // ms since the process started
const [repo, root, ...flags] = process.argv.slice(2);
// What the CLI loads: the package's "." export, the one-file bundle with its code cache (pipeline/src/bundle-loader.ts).
const { ingest } = await import(pathToFileURL(join(repo, 'pipeline', 'lib', 'pipeline.mjs')).href);
const imported = performance.now();
const log = [];
try {
  const summary = await ingest({ root, frozen: flags.includes('--frozen'), dryRun: flags.includes('--dry-run'), cache: !flags.includes('--no-cache'), log: (line) => log.push(line) });
  const done = performance.now();
  const out = {
    ok: true,
    bootMs: booted,
    importMs: imported - booted,
    ingestMs: done - imported,
    totalMs: done,
    stages: summary.stages,
    nodes: summary.nodes,
    files: summary.files.length,
    written: summary.written.length,
    maxRssKb: process.resourceUsage().maxRSS,
    log,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ ok: false, error: `${error.name}: ${String(error.message).split('\n')[0]}` })}\n`);
  process.exitCode = 1;
}
