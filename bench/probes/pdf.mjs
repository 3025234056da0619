// One PDF through the compiled extractor (and, with --table, the two-column table
// segmenter), timed from the inside. pdf.js is loaded before the clock starts, so the
// time and the memory growth are the extraction's own. Prints one JSON line.
//   node bench/probes/pdf.mjs <repo> <file.pdf> [--table]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const [repo, file, ...flags] = process.argv.slice(2);
const lib = (p) => pathToFileURL(join(repo, 'pipeline', 'lib', p)).href;
const { extractPdf } = await import(lib('extract/pdf/index.js'));
const pipelineRequire = createRequire(join(repo, 'pipeline', 'package.json'));
await import(pathToFileURL(pipelineRequire.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
const segmentPdfTable =
  flags.includes('--table') && existsSync(join(repo, 'pipeline', 'lib', 'segment', 'pdf-table', 'index.js'))
    ? (await import(lib('segment/pdf-table/index.js'))).segmentPdfTable
    : null;

const bytes = new Uint8Array(readFileSync(file));
const meta = { source: basename(file, '.pdf'), file: `test/fixtures/pdf/${basename(file)}`, sha256: createHash('sha256').update(bytes).digest('hex') };
const rssBeforeKb = Math.round(process.memoryUsage().rss / 1024);
const out = { ok: true, bytes: bytes.length, rssBeforeKb };
try {
  let t = performance.now();
  const doc = await extractPdf(bytes, meta);
  out.ms = performance.now() - t;
  out.pages = doc.pages.length;
  out.chars = doc.text.length;
  out.lines = doc.pages.flatMap((p) => p.lines.map((l) => ({ page: p.number, x: l.x, text: l.text })));
  if (segmentPdfTable) {
    t = performance.now();
    const table = segmentPdfTable(doc);
    out.segmentMs = performance.now() - t;
    out.rows = table.rows.map((row) => row.cells.map((cell) => cell.blocks.map((b) => b.text).join(' ')));
  }
} catch (error) {
  Object.assign(out, { ok: false, error: `${error?.name}: ${String(error?.message).split('\n')[0]}` });
}
out.maxRssKb = process.resourceUsage().maxRSS;
// The extractor runs pdf.js on a worker thread of its own per document: the fixed part of
// its time is that thread's start and pdf.js's loading there. Measured after the extraction
// (so the peak RSS above is the extraction's), the same way: a thread that loads pdf.js and ends.
if (out.ok) out.threadStartMs = await threadStart(pathToFileURL(pipelineRequire.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
process.stdout.write(`${JSON.stringify(out)}\n`);

function threadStart(url) {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(`import(${JSON.stringify(url)}).then(() => process.exit(0));`, { eval: true });
    worker.on('error', reject);
    worker.on('exit', () => resolve(performance.now() - t));
  });
}
