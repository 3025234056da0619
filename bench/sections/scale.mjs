/**
 * Scale: synthetic corpora of 10 and 100 country profiles (scripts/synthetic-corpus/make.mjs:
 * copies of the real profile, each its own jurisdiction), ingested in a temp directory
 * in-process by bench/probes/ingest.mjs (so the figures are ingest()'s own time, not node's
 * startup), runs of the two sizes alternating. Throughput is source bytes per second of
 * ingest(); t(100)/t(10) says whether the cost grows linearly; peak RSS is the probe's.
 * The parse stage is also measured alone, by calling the compiled country-profile parser
 * on every copy, which shows whether the copies really are distinct (their IRIs), and beside
 * it rehype-parse alone on the same HTML cells: the floor for any parser that reads them.
 */
import { join } from 'node:path';
import { makeCorpus } from '../../scripts/synthetic-corpus/make.mjs';
import { failure, timeNode } from '../lib/spawn.mjs';
import { MB, ratio, round, summarize } from '../lib/stats.mjs';
import { parseLine } from './ingest.mjs';

const S = 'scale';
const SIZES = [10, 100];
const MIN_THROUGHPUT = 5; // MB/s of source text
const MAX_GROWTH = 11; // t(100)/t(10)

export async function benchScale(ctx) {
  const { repo, scratch, report } = ctx;
  const runs = Math.min(ctx.runs, 3); // 100 profiles is the slowest figure: three runs keep the bench under 5 minutes
  const probe = join(repo, 'bench', 'probes', 'ingest.mjs');
  const parseProbe = join(repo, 'bench', 'probes', 'parse.mjs');
  const opts = { env: { ...process.env, CI: undefined }, scratch, timeoutMs: 240_000 };

  // The registry's country-profile parser must parse the real profile, or nothing below means anything.
  const profile = join(repo, 'raw', 'coe-cybercrime-legislation-profile-serbia.txt');
  const real = parseLine((await timeNode([parseProbe, repo, 'country-profile', profile], opts)).stdout);
  if (!real?.ok || real.outcome !== 'parsed' || real.nodes === 0) {
    return report.skip(S, 'synthetic profiles', real?.ok ? `the country-profile parser ${real.outcome === 'parsed' ? 'returns an empty graph' : `fails on the real profile: ${real.error}`}` : 'no country-profile parser');
  }

  const corpora = SIZES.map((n) => makeCorpus({ count: n, out: join(scratch, `corpus-${n}`), root: repo }));
  const byN = Object.fromEntries(SIZES.map((n) => [n, []]));
  for (const corpus of corpora) {
    const warm = await timeNode([probe, repo, corpus.root, '--frozen', '--no-cache'], opts); // writes the outputs once
    const out = parseLine(warm.stdout);
    if (!out?.ok) return report.skip(S, `${corpus.sources.length} profiles`, out?.error ?? failure(warm));
  }
  for (let i = 0; i < runs; i++) {
    for (const corpus of corpora) {
      const r = await timeNode([probe, repo, corpus.root, '--frozen', '--no-cache'], opts); // every profile parsed
      const out = parseLine(r.stdout);
      if (!out?.ok) return report.skip(S, `${corpus.sources.length} profiles`, out?.error ?? failure(r));
      byN[corpus.sources.length].push(out);
    }
  }
  for (const corpus of corpora) {
    const n = corpus.sources.length;
    const mb = corpus.bytes / MB;
    const rows = byN[n];
    const throughput = summarize(rows.map((r) => mb / (r.ingestMs / 1000)));
    report.figure(S, `${n} profiles (${round(mb)} MB): ingest()`, { stats: summarize(rows.map((r) => r.ingestMs)), unit: 'ms' });
    // The target is for a corpus large enough that the fixed cost (8 packages validated and emitted) does not dominate.
    const held = n === Math.max(...SIZES);
    report.figure(S, `${n} profiles: throughput`, { stats: throughput, unit: 'MB/s', ...(held ? { target: `≥ ${MIN_THROUGHPUT} MB/s`, ok: throughput.median >= MIN_THROUGHPUT } : {}) });
    report.figure(S, `${n} profiles: peak RSS`, { stats: summarize(rows.map((r) => r.maxRssKb / 1024)), unit: 'MB' });
    for (const stage of ['parse', 'link', 'emit']) {
      if (rows[0].stages[stage] !== undefined) report.figure(S, `${n} profiles: stage ${stage}`, { stats: summarize(rows.map((r) => r.stages[stage])), unit: 'ms' });
    }
    report.detail(S, `${n} profiles`, { bytes: corpus.bytes, nodes: rows[0].nodes, stages: Object.fromEntries(Object.keys(rows[0].stages).map((s) => [s, summarize(rows.map((r) => r.stages[s]))])) });
  }
  const [small, large] = SIZES;
  const growth = ratio(byN[large].map((r) => r.ingestMs), byN[small].map((r) => r.ingestMs));
  report.figure(S, `t(${large}) / t(${small}), ingest()`, { stats: growth, unit: '×', target: `≤ ${MAX_GROWTH}×`, ok: growth ? growth.median <= MAX_GROWTH : null });
  const marginal = summarize(byN[large].map((r, i) => (r.ingestMs - byN[small][i].ingestMs) / (large - small)));
  report.figure(S, 'marginal cost of one more profile', { stats: marginal, unit: 'ms' });
  const extraMb = (corpora[1].bytes - corpora[0].bytes) / MB;
  report.figure(S, `marginal throughput (${small} → ${large} profiles)`, { stats: summarize(byN[large].map((r, i) => extraMb / ((r.ingestMs - byN[small][i].ingestMs) / 1000))), unit: 'MB/s' });
  if (byN[large][0].nodes === byN[small][0].nodes) {
    report.note(S, `${large} profiles give as many nodes as ${small} (${byN[small][0].nodes}): linking merged the copies into one, so emit's cost does not grow with N`);
  }

  // The parse stage alone: the compiled parser on every copy of the large corpus.
  report.note(S, `parse stage alone: ${real.parser}, called per copy in one process`);
  const alone = Object.fromEntries(SIZES.map((n) => [n, []]));
  for (let i = 0; i < Math.min(runs, 2); i++) {
    for (const corpus of corpora) {
      const files = corpus.sources.map((s) => join(corpus.root, 'raw', s.file));
      const floor = corpus.sources.length === Math.max(...SIZES) ? ['--html-floor'] : [];
      const r = await timeNode([parseProbe, repo, 'country-profile', ...floor, ...files], opts);
      const out = parseLine(r.stdout);
      if (!out?.ok || out.outcome !== 'parsed') return report.skip(S, 'parse stage alone', `a synthetic profile is not parsed: ${out?.error ?? failure(r)}`);
      alone[corpus.sources.length].push(out);
    }
  }
  for (const corpus of corpora) {
    const n = corpus.sources.length;
    const mb = corpus.bytes / MB;
    report.figure(S, `parse alone, ${n} profiles`, { stats: summarize(alone[n].map((p) => p.parseMs)), unit: 'ms' });
    const throughput = summarize(alone[n].map((p) => mb / (p.parseMs / 1000)));
    const held = n === large;
    report.figure(S, `parse alone, ${n} profiles: throughput`, { stats: throughput, unit: 'MB/s', ...(held ? { target: `≥ ${MIN_THROUGHPUT} MB/s`, ok: throughput.median >= MIN_THROUGHPUT } : {}) });
    report.figure(S, `parse alone, ${n} profiles: peak RSS`, { stats: summarize(alone[n].map((p) => p.maxRssKb / 1024)), unit: 'MB' });
  }
  // The least any parse that reads the cells' HTML can cost: rehype-parse alone, on the same cells.
  const floor = alone[large].filter((p) => typeof p.htmlMs === 'number');
  if (floor.length > 0) {
    report.figure(S, `rehype-parse alone on the HTML cells of ${large} profiles: throughput (the floor of any HTML-reading parse)`, { stats: summarize(floor.map((p) => corpora.find((c) => c.sources.length === large).bytes / MB / (p.htmlMs / 1000))), unit: 'MB/s' });
  }
  const parseGrowth = ratio(alone[large].map((p) => p.parseMs), alone[small].map((p) => p.parseMs));
  report.figure(S, `parse alone: t(${large}) / t(${small})`, { stats: parseGrowth, unit: '×', target: `≤ ${MAX_GROWTH}×`, ok: parseGrowth ? parseGrowth.median <= MAX_GROWTH : null });
  const parsed = alone[large];
  const shared = 1 - parsed[0].distinctIds / parsed[0].ids;
  report.detail(S, 'parse alone', { ids: parsed[0].ids, distinctIds: parsed[0].distinctIds, nodes: parsed[0].nodes });
  report.note(
    S,
    shared > 0.5
      ? `the ${large} copies share ${Math.round(shared * 100)}% of their node IRIs (${parsed[0].distinctIds} distinct of ${parsed[0].ids}): the profile parser does not take the jurisdiction from the manifest, so linking deduplicates the copies; the parse figures above are per copy, the link and emit figures are for one`
      : `the ${large} copies give ${parsed[0].distinctIds} distinct node IRIs of ${parsed[0].ids}: each jurisdiction's nodes stay its own`,
  );
}
