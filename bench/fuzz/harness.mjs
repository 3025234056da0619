/**
 * One fuzz run: mutate one source of a copy of the repository, ingest, and classify what came
 * out. Every run parses the mutated source (extract → ending → parse) and compares its graph
 * with the original's; every `ingestEvery`-th run also ingests the whole copy for real, which
 * adds linking, validation, the removal guard and publication, and checks nothing half-written
 * landed and a rerun writes nothing. Kill runs ingest in a child (the built CLI) and SIGKILL it
 * at a random instant.
 *
 * Outcomes: unchanged (accepted, the data as before), right-change (accepted, every change
 * explained by the mutated range), clear-error (one line naming the source), loss (accepted
 * with nodes lost or changed the mutation does not explain, or any loss from a truncation),
 * crash (any other error), partial-write (outputs neither the old nor the new generation),
 * hang (the runner's watchdog).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../pipeline/lib/extract/index.js';
import { ingest } from '../../pipeline/lib/ingest/index.js';
import { createParseContext } from '../../pipeline/lib/parse/context.js';
import { checkEnding } from '../../pipeline/lib/parse/endings.js';
import { parserFor } from '../../pipeline/lib/parse/registry.js';
import { readManifest } from '../../pipeline/lib/sources/registry.js';
import { copyRepoInputs } from '../lib/repo-copy.mjs';
import { compareGraphs, graphNodes } from './compare.mjs';
import { MUTATIONS, TEXT_MUTATIONS, random } from './mutate.mjs';

export const OUTCOMES = ['unchanged', 'right-change', 'clear-error', 'loss', 'crash', 'partial-write', 'hang'];
/** The outcomes the harness fails on. */
export const BAD = ['loss', 'crash', 'partial-write', 'hang'];

/** A known good change, for kill runs: the law's term of office, as an amendment would change it. */
const LAW = 'rs-law-cybercrime-authorities-2005-2009.txt';
const GOOD_CHANGE = ['for a term of four years', 'for a term of five years'];

/** @param {string} repo @param {{ ingestEvery?: number, cli?: string }} [options] */
export async function openHarness(repo, options = {}) {
  const ingestEvery = options.ingestEvery ?? 25;
  const work = mkdtempSync(join(tmpdir(), 'cyberlex-fuzz-'));
  const template = copyRepoInputs(repo, work);
  rmSync(join(template, '.changeset'), { recursive: true, force: true });
  await ingest({ root: template, frozen: false, allowRemovals: true });
  const oldGen = outputs(template);
  const entries = (await readManifest(template)).sources.filter((e) => e.file.endsWith('.txt'));
  const originals = new Map();
  for (const entry of entries) {
    const bytes = readFileSync(join(template, 'raw', entry.file));
    const parsed = await parseLevel(entry, bytes);
    if (parsed.error) throw new Error(`the unmutated source ${entry.id} does not parse: ${parsed.error.message}`);
    originals.set(entry.id, { bytes, text: bytes.toString('utf8'), nodes: graphNodes(parsed.graph, entry.id) });
  }
  let copy = null;
  const fresh = () => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    copy = mkdtempSync(join(work, 'run-'));
    cpSync(template, copy, { recursive: true });
    return copy;
  };

  /** Run mutation `i` of the sequence `seed` gives. */
  async function run(i, seed) {
    const r = random(seed * 1_000_003 + i);
    const entry = r.pick(entries);
    const kind = r.pick(TEXT_MUTATIONS);
    const original = originals.get(entry.id);
    const { bytes, range } = MUTATIONS[kind](original.text, original.bytes, r);
    const parsed = await parseLevel(entry, bytes);
    let result = parsed.error
      ? { outcome: errorOutcome(parsed.error, entry), detail: String(parsed.error.message).split('\n')[0] }
      : acceptedOutcome(original.nodes, graphNodes(parsed.graph, entry.id), kind === 'truncate' ? null : range);
    // a loss the parser let through may still be refused downstream (the removal guard): the whole ingest decides
    if (i % ingestEvery === 0 || result.outcome === 'loss') {
      const whole = await ingestLevel(fresh(), entry, bytes, oldGen);
      if (whole.outcome !== null) result = whole;
    }
    return { kind, source: entry.id, outcome: result.outcome, detail: result.detail ?? '' };
  }

  /** Kill an ingest of a known good change at a random instant; the tree must be one generation, and the next run the new one. */
  async function kill(i, seed) {
    const r = random(seed * 7_000_003 + i);
    const changed = readFileSync(join(template, 'raw', LAW), 'utf8').replace(...GOOD_CHANGE);
    const root = fresh();
    writeFileSync(join(root, 'raw', LAW), changed);
    const full = await timedCli(options.cli, root, null);
    const newGen = outputs(root);
    const again = fresh();
    writeFileSync(join(again, 'raw', LAW), changed);
    await timedCli(options.cli, again, r.next() * full * 1.1);
    const committed = journalCommitted(again);
    const now = outputs(again);
    if (!committed && !same(now, oldGen) && !same(now, newGen)) return { kind: 'kill', source: LAW, outcome: 'partial-write', detail: 'killed: neither generation, and no journal' };
    await ingest({ root: again, frozen: false });
    if (!same(outputs(again), newGen)) return { kind: 'kill', source: LAW, outcome: 'partial-write', detail: 'after the rerun: not the new generation' };
    return { kind: 'kill', source: LAW, outcome: 'right-change', detail: '' };
  }

  return {
    run,
    kill,
    sources: entries.map((e) => e.id),
    close: () => rmSync(work, { recursive: true, force: true }),
  };
}

async function parseLevel(entry, bytes) {
  try {
    const doc = await extract(new Uint8Array(bytes), { source: entry.id, file: `raw/${entry.file}`, sha256: '0'.repeat(64) });
    checkEnding(entry, doc);
    const parser = await parserFor(entry.kind);
    return { graph: parser(createParseContext(entry, doc)) };
  } catch (error) {
    return { error };
  }
}

/** One line naming the source (or the manifest, or a package for a removal), from the pipeline's own error types. */
function errorOutcome(error, entry) {
  const known = error && (error.name === 'SourceError' || error.name === 'ValidationError');
  const oneLine = known && !String(error.message).includes('\n');
  const named = known && /^(?:[a-z0-9-]+|raw\/[^\s:]+|@cyberlex\/[a-z0-9-]+)(?: \([^)]*\))?: /.test(error.message) && (error.message.startsWith(entry.id) || !error.message.startsWith('tmp/'));
  return oneLine && named ? 'clear-error' : 'crash';
}

function acceptedOutcome(before, after, range) {
  const c = compareGraphs(before, after, range);
  if (c.lost + c.changed + c.added === 0) return { outcome: 'unchanged' };
  if (c.unexplained === 0 && !(range === null && c.lost + c.changed > 0)) return { outcome: 'right-change' };
  return { outcome: 'loss', detail: `${c.lost} lost, ${c.changed} changed outside the mutation (${c.examples.join('; ')})` };
}

/** Ingest the copy with the mutated source; null outcome when it agrees with the parse level. */
async function ingestLevel(root, entry, bytes, oldGen) {
  writeFileSync(join(root, 'raw', entry.file), bytes);
  let error = null;
  try {
    await ingest({ root, frozen: false });
  } catch (e) {
    error = e;
  }
  if (existsSync(join(root, 'tmp')) && readdirSync(join(root, 'tmp')).some((n) => n.startsWith('generation-') || n === 'ingest.lock')) {
    return { outcome: 'partial-write', detail: 'staging or lock left behind' };
  }
  if (error) {
    const now = outputs(root);
    now.delete('raw/manifest.json');
    const old = new Map(oldGen);
    old.delete('raw/manifest.json');
    if (!same(now, old)) return { outcome: 'partial-write', detail: `an error, yet outputs changed: ${error.message.split('\n')[0]}` };
    return { outcome: errorOutcome(error, entry), detail: error.message.split('\n')[0] };
  }
  const rerun = await ingest({ root, frozen: false });
  if (rerun.written.length > 0) return { outcome: 'partial-write', detail: `a rerun wrote ${rerun.written.length} files` };
  return { outcome: null, detail: '' };
}

/** The outputs of an ingest, path → text. */
export function outputs(root) {
  const out = new Map();
  const walk = (dir, rel) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(dir, name.name), `${rel}${name.name}/`);
      else out.set(`${rel}${name.name}`, readFileSync(join(dir, name.name), 'utf8'));
    }
  };
  walk(join(root, 'packages'), 'packages/');
  walk(join(root, 'dist'), 'dist/');
  walk(join(root, '.changeset'), '.changeset/');
  out.set('raw/manifest.json', readFileSync(join(root, 'raw', 'manifest.json'), 'utf8'));
  return out;
}

function same(a, b) {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

function journalCommitted(root) {
  const tmp = join(root, 'tmp');
  return existsSync(tmp) && readdirSync(tmp).some((n) => n.startsWith('generation-') && existsSync(join(tmp, n, 'journal.json')));
}

/** Run the built CLI's ingest in `root`; SIGKILL it after `killAfter` ms (null: let it finish). Returns its wall time. */
function timedCli(cli, root, killAfter) {
  if (!cli) throw new Error('kill runs need the built CLI (packages/cli/bin/cyberlex.js)');
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'ingest', '--quiet'], { cwd: root, stdio: 'ignore', env: { ...process.env, CI: '' } });
  const timer = killAfter === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfter);
  return new Promise((resolve) =>
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve(performance.now() - started);
    }),
  );
}
