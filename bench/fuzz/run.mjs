#!/usr/bin/env node
/**
 * `npm run fuzz`: mutate the sources (truncations, deleted and duplicated lines, CRLF, no-break
 * spaces, byte flips, inserted text, prefixes) and kill ingests at random instants, classify each
 * run (bench/fuzz/harness.mjs), print the counts and write them to bench/fuzz-results.json,
 * beside the bench figures. Runs after `npm run build` (the compiled pipeline and the built CLI),
 * in temp copies: the work tree is not touched. One worker process, watched: a mutation that
 * takes longer than --timeout is a hang, and the worker restarts after it.
 *
 *   npm run fuzz                                 1000 mutations, seed 1
 *   npm run fuzz -- --mutations 10000 --seed 7   more
 *   npm run fuzz -- --no-write                   do not rewrite bench/fuzz-results.json
 */
import { execFileSync, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    mutations: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'ingest-every': { type: 'string', default: '25' },
    'kill-every': { type: 'string', default: '100' },
    timeout: { type: 'string', default: '120000' },
    'no-write': { type: 'boolean', default: false },
  },
});
const total = Number(values.mutations);
const OUTCOMES = ['unchanged', 'right-change', 'clear-error', 'loss', 'crash', 'partial-write', 'hang'];
const BAD = new Set(['loss', 'crash', 'partial-write', 'hang']);
const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
const byKind = {};
const examples = [];
const started = Date.now();

function record(r) {
  counts[r.outcome]++;
  byKind[r.kind] ??= Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
  byKind[r.kind][r.outcome]++;
  if (BAD.has(r.outcome) && examples.length < 50) examples.push({ i: r.i, kind: r.kind, source: r.source, outcome: r.outcome, detail: r.detail });
}

/** Run mutations from `from` on in one worker; resolves with the index to go on from (after a hang), or `total`. */
function runWorker(from) {
  return new Promise((resolve) => {
    const worker = fork(join(repo, 'bench/fuzz/worker.mjs'), [repo, values.seed, String(from), String(total), values['ingest-every'], values['kill-every']], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let next = from;
    let timer = null;
    let hung = false;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        record({ i: next, kind: '?', source: '?', outcome: 'hang', detail: `no result within ${values.timeout} ms` });
        hung = true;
        worker.kill('SIGKILL');
      }, Number(values.timeout) + (next === from ? 120_000 : 0)); // the first result waits for the worker's own first ingest too
    };
    watch();
    worker.on('message', (m) => {
      if (m.ready) return watch();
      record(m);
      next = m.i + 1;
      if (next % 250 === 0) {
        process.stderr.write(`fuzz  ${next}/${total}  ${JSON.stringify(counts)}\n`);
        if (!values['no-write']) writeSummary(next); // a long run stopped early still leaves its counts
      }
      watch();
    });
    worker.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (next >= total) return resolve(total);
      // the worker died on mutation `next` (out of memory, an uncaught error): a crash, then go on after it
      if (!hung) record({ i: next, kind: '?', source: '?', outcome: 'crash', detail: `the worker exited (${signal ?? code}) on this mutation` });
      resolve(next + 1);
    });
  });
}

let at = 0;
while (at < total) at = await runWorker(at);

function summary(completed) {
  return {
    date: new Date().toISOString().slice(0, 10),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim(),
    machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}`,
    seed: Number(values.seed),
    mutations: total,
    completed,
    minutes: Math.round((Date.now() - started) / 6000) / 10,
    counts,
    byKind,
    examples,
  };
}

function writeSummary(completed) {
  writeFileSync(join(repo, 'bench/fuzz-results.json'), `${JSON.stringify(summary(completed), null, 2)}\n`);
}

console.log(`fuzz: ${total} runs (seed ${values.seed}) in ${summary(total).minutes} min`);
console.log(['kind'.padEnd(16), ...OUTCOMES.map((o) => o.padStart(15))].join(''));
for (const [kind, c] of Object.entries(byKind).sort()) console.log([kind.padEnd(16), ...OUTCOMES.map((o) => String(c[o]).padStart(15))].join(''));
console.log(['total'.padEnd(16), ...OUTCOMES.map((o) => String(counts[o]).padStart(15))].join(''));
for (const e of examples.slice(0, 10)) console.log(`  ${e.outcome} #${e.i} ${e.kind} ${e.source}: ${e.detail}`);
if (!values['no-write']) writeSummary(total);
process.exitCode = [...BAD].some((o) => counts[o] > 0) ? 1 : 0;
