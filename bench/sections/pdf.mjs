/**
 * PDF sources: extraction time and memory per page for each fixture in test/fixtures/pdf/
 * (written by scripts/pdf-fixtures/make.mjs), by the pipeline's extractor (pdf.js) and,
 * side by side where it is installed, by `pdftotext -layout` (poppler-utils); and the
 * accuracy of each on the two-column fixture: the share of the cells it was drawn from
 * whose text comes out whole and in the right column (lib/columns.mjs). Then the same
 * accuracy, side by side, for the profile as third-party producers print it
 * (test/fixtures/pdf/producers.json, written by scripts/pdf-fixtures/producers/make.mjs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exactCells, layoutColumns, lineColumns, rowColumns, scoreColumns } from '../lib/columns.mjs';
import { failure, timeNode, timeProcess } from '../lib/spawn.mjs';
import { round, summarize } from '../lib/stats.mjs';
import { parseLine } from './ingest.mjs';

const S = 'pdf';
const FIXTURES = 'test/fixtures/pdf';
const TWO_COLUMN = 'coe-cybercrime-legislation-profile-serbia';

export async function benchPdf(ctx) {
  const { repo, scratch, report } = ctx;
  const runs = Math.min(ctx.runs, 3);
  const dir = join(repo, FIXTURES);
  const fixtures = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort() : [];
  if (fixtures.length === 0) return report.skip(S, 'PDF extraction', `no PDF fixtures in ${FIXTURES} (scripts/pdf-fixtures/make.mjs writes them)`);
  if (!existsSync(join(repo, 'pipeline', 'lib', 'extract', 'pdf', 'index.js'))) return report.skip(S, 'PDF extraction', 'no compiled PDF extractor (pipeline/lib/extract/pdf/index.js): run `npm run build`');
  const pdftotext = await which('pdftotext');
  if (!pdftotext) report.skip(S, 'pdftotext -layout', 'poppler-utils is not installed (apt-get install -y poppler-utils)');
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const probe = join(repo, 'bench', 'probes', 'pdf.mjs');

  const growth = [];
  for (const fixture of fixtures) {
    const file = join(dir, fixture);
    const twoColumn = fixture.startsWith(TWO_COLUMN);
    const ours = [];
    for (let i = 0; i < runs; i++) {
      const r = await timeNode([probe, repo, file, ...(twoColumn ? ['--table'] : [])], { scratch, timeoutMs: 120_000 });
      const out = parseLine(r.stdout);
      if (!out?.ok) {
        report.skip(S, `${fixture}: pdf.js extraction`, out?.error ?? failure(r));
        break;
      }
      ours.push(out);
    }
    const poppler = [];
    for (let i = 0; pdftotext && i < runs; i++) {
      const args = ['-layout', '-enc', 'UTF-8', file, '-'];
      const r = gnuTime ? await timeProcess(gnuTime, ['-f', '__maxrss_kb__ %M', pdftotext, ...args]) : await timeProcess(pdftotext, args);
      if (r.code !== 0) {
        report.skip(S, `${fixture}: pdftotext -layout`, failure(r));
        break;
      }
      const rss = /__maxrss_kb__ (\d+)/.exec(r.stderr);
      poppler.push({ ms: r.ms, maxRssKb: rss ? Number(rss[1]) : null, text: r.stdout });
    }
    if (ours.length === 0) continue;
    const pages = ours[0].pages;
    report.figure(S, `${fixture} (${pages} pages): pdf.js extraction`, { stats: summarize(ours.map((o) => o.ms)), unit: 'ms' });
    report.figure(S, `${fixture}: pdf.js per page`, { stats: summarize(ours.map((o) => o.ms / pages)), unit: 'ms/page' });
    report.figure(S, `${fixture}: pdf.js peak RSS (process)`, { stats: summarize(ours.map((o) => o.maxRssKb / 1024)), unit: 'MB' });
    report.figure(S, `${fixture}: pdf.js of which thread start + loading pdf.js`, { stats: summarize(ours.map((o) => o.threadStartMs)), unit: 'ms' });
    report.figure(S, `${fixture}: pdf.js per page, less that fixed part`, { stats: summarize(ours.map((o) => (o.ms - o.threadStartMs) / pages)), unit: 'ms/page' });
    report.figure(S, `${fixture}: pdf.js memory growth (peak − before)`, { stats: summarize(ours.map((o) => (o.maxRssKb - o.rssBeforeKb) / 1024)), unit: 'MB' });
    report.figure(S, `${fixture}: pdf.js memory growth per page`, { stats: summarize(ours.map((o) => (o.maxRssKb - o.rssBeforeKb) / 1024 / pages)), unit: 'MB/page' });
    growth.push({ fixture, pages, mb: summarize(ours.map((o) => (o.maxRssKb - o.rssBeforeKb) / 1024)).median });
    if (ours[0].segmentMs !== undefined) report.figure(S, `${fixture}: segmentPdfTable`, { stats: summarize(ours.map((o) => o.segmentMs)), unit: 'ms' });
    if (poppler.length > 0) {
      report.figure(S, `${fixture}: pdftotext -layout (process)`, { stats: summarize(poppler.map((p) => p.ms)), unit: 'ms' });
      report.figure(S, `${fixture}: pdftotext per page`, { stats: summarize(poppler.map((p) => p.ms / pages)), unit: 'ms/page' });
      if (poppler[0].maxRssKb !== null) report.figure(S, `${fixture}: pdftotext peak RSS (process)`, { stats: summarize(poppler.map((p) => p.maxRssKb / 1024)), unit: 'MB' });
    }
    if (twoColumn) await accuracy(ctx, fixture, ours[0], poppler[0]);
  }
  await producerAccuracy(ctx, probe, pdftotext);
  if (growth.length > 1) {
    report.note(S, `pdf.js memory growth by fixture: ${growth.map((g) => `${g.pages} pages → ${g.mb} MB`).join(', ')} (mostly the fixed cost of pdf.js on its thread, not a cost per page)`);
  }
}

async function accuracy(ctx, fixture, ours, poppler) {
  const { repo, report } = ctx;
  const make = join(repo, 'scripts', 'pdf-fixtures', 'make.mjs');
  if (!existsSync(make)) return report.skip(S, `${fixture}: accuracy`, 'scripts/pdf-fixtures/make.mjs (the cells the PDF was drawn from) is missing');
  const { tableRowsOf, PROFILE_SOURCE, PROFILE_COLUMNS } = await import(pathToFileURL(make).href);
  const drawn = (await tableRowsOf(readFileSync(join(repo, PROFILE_SOURCE), 'utf8'))).map((row) => row.cells.map((cell) => cell.blocks.map((b) => b.text).join(' ')));
  const percent = (x) => round(x * 100);
  if (ours.rows) {
    const score = scoreColumns(drawn, rowColumns(ours.rows));
    const exact = exactCells(drawn, ours.rows);
    report.figure(S, `${fixture}: pdf.js + segmentPdfTable, cells whole and in the right column`, { value: percent(score.share), unit: `% (${score.whole} of ${score.cells})` });
    report.figure(S, `${fixture}: pdf.js + segmentPdfTable, cells exactly one segmented cell`, { value: percent(exact.share), unit: `% (${exact.equal} of ${exact.cells})` });
    report.detail(S, 'pdf.js + segmentPdfTable: first cells missed', score.missed.slice(0, 5));
  } else {
    const score = scoreColumns(drawn, lineColumns(ours.lines, PROFILE_COLUMNS?.right?.x ?? 290));
    report.figure(S, `${fixture}: pdf.js lines split at the column's x, cells whole and in the right column`, { value: percent(score.share), unit: `% (${score.whole} of ${score.cells})` });
    report.note(S, 'no compiled segmentPdfTable: pdf.js accuracy is for its lines split at the known column boundary');
  }
  if (poppler) {
    const score = scoreColumns(drawn, layoutColumns(poppler.text));
    report.figure(S, `${fixture}: pdftotext -layout, cells whole and in the right column`, { value: percent(score.share), unit: `% (${score.whole} of ${score.cells})` });
    report.detail(S, 'pdftotext -layout: first cells missed', score.missed.slice(0, 5));
  }
}

/**
 * Per producer: the share of the profile's cells (the first rows, as many as the fixture
 * holds) that come out whole and in the right column, by pdf.js + segmentPdfTable and by
 * `pdftotext -layout`, and the share of cells the segmenter gives exactly.
 */
async function producerAccuracy(ctx, probe, pdftotext) {
  const { repo, scratch, report } = ctx;
  const list = join(repo, FIXTURES, 'producers.json');
  if (!existsSync(list)) return report.skip(S, 'accuracy by producer', `no ${FIXTURES}/producers.json (npm run fixtures writes it)`);
  const make = join(repo, 'scripts', 'pdf-fixtures', 'make.mjs');
  const { tableRowsOf, PROFILE_SOURCE } = await import(pathToFileURL(make).href);
  const allRows = (await tableRowsOf(readFileSync(join(repo, PROFILE_SOURCE), 'utf8'))).map((row) => row.cells.map((cell) => cell.blocks.map((b) => b.text).join(' ')));
  const percent = (x) => round(x * 100);
  const table = [];
  for (const { producer, source, file, rows } of JSON.parse(readFileSync(list, 'utf8'))) {
    if (source !== TWO_COLUMN) continue;
    const drawn = allRows.slice(0, rows);
    const r = await timeNode([probe, repo, join(repo, file), '--table'], { scratch, timeoutMs: 120_000 });
    const out = parseLine(r.stdout);
    const line = { producer, rows };
    if (out?.ok && out.rows) {
      const score = scoreColumns(drawn, rowColumns(out.rows));
      const exact = exactCells(drawn, out.rows);
      line.ours = `${percent(score.share)} % (${score.whole} of ${score.cells})`;
      line.exact = `${percent(exact.share)} % (${exact.equal} of ${exact.cells})`;
      report.figure(S, `${producer}: pdf.js + segmentPdfTable, cells whole and in the right column`, { value: percent(score.share), unit: `% (${score.whole} of ${score.cells})` });
      report.figure(S, `${producer}: pdf.js + segmentPdfTable, cells exactly one segmented cell`, { value: percent(exact.share), unit: `% (${exact.equal} of ${exact.cells})` });
    } else {
      line.ours = `not measured: ${out?.error ?? failure(r)}`;
      report.skip(S, `${producer}: pdf.js + segmentPdfTable`, out?.error ?? failure(r));
    }
    if (pdftotext) {
      const p = await timeProcess(pdftotext, ['-layout', '-enc', 'UTF-8', join(repo, file), '-']);
      if (p.code === 0) {
        const score = scoreColumns(drawn, layoutColumns(p.stdout));
        line.pdftotext = `${percent(score.share)} % (${score.whole} of ${score.cells})`;
        report.figure(S, `${producer}: pdftotext -layout, cells whole and in the right column`, { value: percent(score.share), unit: `% (${score.whole} of ${score.cells})` });
      } else report.skip(S, `${producer}: pdftotext -layout`, failure(p));
    }
    table.push(line);
  }
  report.detail(S, 'accuracy by producer (cells whole and in the right column)', table);
}

async function which(command) {
  const r = await timeProcess('sh', ['-c', `command -v ${command}`]).catch(() => null);
  return r?.code === 0 ? r.stdout.trim() : null;
}
