/**
 * Re-ingestion after one source changed: ingestion (not frozen, so each run records the
 * new sha256) in a temp copy where one source is edited between runs — its longest line
 * gets a few words appended, then loses them again — so every run sees exactly one changed
 * source. Against: the full build, ingestion in a fresh copy with no outputs and an empty
 * parse cache. Each run is a new process (bench/probes/ingest.mjs, which times ingest()
 * and its stages from the inside and keeps its progress lines: the parse line says how
 * many documents came from the parse cache).
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRepoInputs } from '../lib/repo-copy.mjs';
import { failure, timeNode } from '../lib/spawn.mjs';
import { ratio, summarize } from '../lib/stats.mjs';
import { parseLine } from './ingest.mjs';

const S = 're-ingest';
/** The source edited: the law, whose parser is complete. */
export const EDITED_SOURCE = 'rs-law-cybercrime-authorities-2005-2009';
const SUFFIX = ' (edited for the benchmark)';

export async function benchReingest(ctx) {
  const { repo, scratch, runs, report } = ctx;
  const probe = join(repo, 'bench', 'probes', 'ingest.mjs');
  const env = { ...process.env, CI: undefined };
  const ingest = async (root) => {
    const r = await timeNode([probe, repo, root], { env, scratch });
    const out = parseLine(r.stdout);
    return out?.ok ? { ...out, processMs: r.ms, lines: stageLines(out.log.join('\n')) } : { error: out?.error ?? failure(r) };
  };

  const fresh = Array.from({ length: runs }, () => copyRepoInputs(repo, scratch, { outputs: false }));
  const copy = copyRepoInputs(repo, scratch, { outputs: false });
  const warm = await ingest(copy);
  if (warm.error) return report.skip(S, 'warm-up', warm.error);
  const manifest = JSON.parse(readFileSync(join(copy, 'raw', 'manifest.json'), 'utf8'));
  const entry = manifest.sources.find((s) => s.id === EDITED_SOURCE);
  if (!entry) return report.skip(S, 'one source changed', `raw/manifest.json has no source ${EDITED_SOURCE}`);
  const file = join(copy, 'raw', entry.file);
  chmodSync(file, 0o644); // raw files are read-only in the repository; this is a copy
  const original = readFileSync(file, 'utf8');
  const edited = appendToLongestLine(original, SUFFIX);

  const full = [];
  const one = [];
  for (let i = 0; i < runs; i++) {
    const f = await ingest(fresh[i]);
    if (f.error) return report.skip(S, 'full build', f.error);
    full.push(f);
    writeFileSync(file, i % 2 === 0 ? edited : original);
    const o = await ingest(copy);
    if (o.error) return report.skip(S, 'one source changed', `ingest rejects the edited ${entry.file}: ${o.error}`);
    one.push(o);
  }

  const processMs = (rs) => rs.map((r) => r.processMs);
  report.figure(S, 'full build: fresh copy, no outputs, parse cache empty (process)', { stats: summarize(processMs(full)), unit: 'ms' });
  report.figure(S, `one source changed (${EDITED_SOURCE}) (process)`, { stats: summarize(processMs(one)), unit: 'ms' });
  report.figure(S, 'one changed / full build', { stats: ratio(processMs(one), processMs(full)), unit: '×' });
  for (const stage of Object.keys(one[0].stages)) {
    report.figure(S, `stage ${stage}: full build → one changed`, {
      value: `${summarize(full.map((r) => r.stages[stage] ?? NaN))?.median ?? '–'} → ${summarize(one.map((r) => r.stages[stage]))?.median}`,
      unit: 'ms (medians)',
    });
  }
  const outside = (rs) => summarize(rs.map((r) => r.ingestMs - Object.values(r.stages).reduce((a, b) => a + b, 0)));
  report.figure(S, 'outside the stages (release: diff, changesets): full build → one changed', { value: `${outside(full)?.median} → ${outside(one)?.median}`, unit: 'ms (medians)' });
  report.detail(S, 'progress lines, full build', full[0].log);
  report.detail(S, 'progress lines, one source changed', one[0].log);
  const parseDetail = one[0].lines.parse?.detail ?? '';
  report.note(
    S,
    /cache/i.test(parseDetail)
      ? `with one source changed the parse stage says "${parseDetail}"; in a full build "${full[0].lines.parse?.detail ?? ''}"`
      : `no parse cache seen: the parse stage says "${parseDetail}" with one source changed, as in a full build`,
  );
}

/** Progress lines ("parse    5 documents (4 from cache)  12 ms") by stage. */
export function stageLines(text) {
  const stages = {};
  for (const line of text.split('\n')) {
    const m = /^([a-z]+)\s+(.*?)\s+(\d+) ms$/.exec(line.trim());
    if (m) stages[m[1]] = { detail: m[2], ms: Number(m[3]) };
  }
  return stages;
}

/** The text with `suffix` appended to its longest line (a paragraph, in a law): a real change of one paragraph's words. */
export function appendToLongestLine(text, suffix) {
  const lines = text.split('\n');
  let longest = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].trimEnd().length > lines[longest].trimEnd().length) longest = i;
  const line = lines[longest];
  const body = line.trimEnd();
  lines[longest] = body + suffix + line.slice(body.length);
  return lines.join('\n');
}
