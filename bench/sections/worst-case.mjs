/**
 * The profile parser's worst cases, each parsed or rejected (a SourceError) within 1 s:
 * a 1 MB profile with no row structure at all (the real profile's text, tabs removed,
 * repeated), and a profile whose one row holds 10,000 nested `<ul>` fragments. Each runs
 * in its own process (a hang or a stack overflow must not take the bench down), calling
 * the compiled parser directly; the text table segmenter is also timed alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failure, timeNode } from '../lib/spawn.mjs';
import { summarize } from '../lib/stats.mjs';
import { parseLine } from './ingest.mjs';

const S = 'worst case';
const LIMIT_MS = 1000;
const PROFILE = 'coe-cybercrime-legislation-profile-serbia.txt';

/** The real profile without a single TAB (so no `left<TAB>right` row), repeated to at least 1 MiB. */
export function profileWithoutRows(profile, size = 1024 * 1024) {
  const flat = profile.replaceAll('\t', ' ');
  let text = '';
  while (text.length < size) text += flat.endsWith('\n') ? flat : `${flat}\n`;
  return text;
}

/** The real profile's preamble and header rows, then one Convention row whose right cell nests `depth` `<ul>` lists. */
export function profileWithNestedLists(profile, depth = 10_000) {
  const lines = profile.split('\n');
  const firstArticleRow = lines.findIndex((l) => l.startsWith('Article ') && l.includes('\t'));
  const head = lines.slice(0, firstArticleRow === -1 ? 0 : firstArticleRow).join('\n');
  return `${head}\nArticle 1 – Definitions\t${'<ul><li>item '.repeat(depth)}${'</li></ul>'.repeat(depth)}\n`;
}

export async function benchWorstCase(ctx) {
  const { repo, scratch, report } = ctx;
  const runs = Math.min(ctx.runs, 3);
  const probe = join(repo, 'bench', 'probes', 'parse.mjs');
  const profile = readFileSync(join(repo, 'raw', PROFILE), 'utf8');
  const cases = [
    { name: '1 MB profile, no row structure', file: join(scratch, 'worst-no-rows.txt'), text: profileWithoutRows(profile) },
    { name: '10,000 nested <ul> fragments', file: join(scratch, 'worst-nested-ul.txt'), text: profileWithNestedLists(profile) },
  ];
  const real = parseLine((await timeNode([probe, repo, 'country-profile', join(repo, 'raw', PROFILE)], { scratch })).stdout);
  const stub = real?.ok && real.outcome === 'parsed' && real.nodes === 0;

  for (const c of cases) {
    writeFileSync(c.file, c.text);
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = await timeNode([probe, repo, 'country-profile', '--segment', c.file], { scratch, timeoutMs: 30_000 });
      const out = parseLine(r.stdout);
      if (!out) {
        results.push({ outcome: r.timedOut ? 'timed out' : 'crashed', error: failure(r), parseMs: r.ms, segmentMs: null });
        break;
      }
      results.push(out);
    }
    const last = results[results.length - 1];
    const within = (ms) => ms !== null && ms <= LIMIT_MS;
    report.detail(S, c.name, { bytes: Buffer.byteLength(c.text), outcome: last.outcome, error: last.error, segmentOutcome: last.segmentOutcome ?? null });
    if (last.segmentMs !== null && last.segmentMs !== undefined) {
      const seg = summarize(results.map((r) => r.segmentMs));
      const segOutcome = last.segmentOutcome ? last.segmentOutcome.outcome : 'segmented';
      report.figure(S, `${c.name}: segmentTable alone (${segOutcome})`, { stats: seg, unit: 'ms', target: `≤ ${LIMIT_MS} ms`, ok: segOutcome !== 'crashed' && within(seg.median) });
      if (last.segmentOutcome) report.note(S, `${c.name}: segmentTable ${last.segmentOutcome.outcome}: ${last.segmentOutcome.error}`);
    }
    if (stub) {
      report.skip(S, `${c.name}: parser`, 'the country-profile parser is not written yet (the registry returns an empty graph)');
      continue;
    }
    const parse = summarize(results.map((r) => r.parseMs));
    const ok = (last.outcome === 'parsed' || last.outcome === 'rejected') && within(parse.median);
    report.figure(S, `${c.name}: parser (${last.outcome})`, { stats: parse, unit: 'ms', target: `≤ ${LIMIT_MS} ms, parsed or rejected`, ok });
    if (last.error) report.note(S, `${c.name}: ${last.outcome}: ${last.error}`);
  }
}
