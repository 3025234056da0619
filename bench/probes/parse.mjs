// The parse stage alone, by the registry's compiled parser for a document kind, called directly (no
// link, validate or emit): per file, extract then parse, timed; with --segment, the text
// table segmenter is also timed alone first. A parser that throws is an outcome, not a
// crash of the probe: "rejected" for a SourceError (the contract for bad input), "crashed"
// for anything else. Prints one JSON line.
//   node bench/probes/parse.mjs <repo> <kind> [--segment] [--html-floor] <file>...
// --html-floor: also time rehype-parse alone (the segmenter's HTML parser, same options) on
// every tab-separated cell that holds markup: the least any HTML-reading parse can cost.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [repo, kind, ...rest] = process.argv.slice(2);
const segment = rest.includes('--segment');
const files = rest.filter((a) => !a.startsWith('--'));
const lib = (p) => import(pathToFileURL(join(repo, 'pipeline', 'lib', p)).href);

const { extract } = await lib('extract/index.js');
const { parserFor } = await lib('parse/registry.js');
const { createParseContext } = await lib('parse/context.js');
const segmenter = segment && existsSync(join(repo, 'pipeline', 'lib', 'segment', 'table', 'index.js')) ? (await lib('segment/table/index.js')).segmentTable : null;
const parser = await parserFor(kind);
if (!parser) {
  process.stdout.write(`${JSON.stringify({ ok: false, error: `no parser for kind ${kind}` })}\n`);
  process.exit(1);
}

const result = { ok: true, parser: `registry: ${kind}`, files: files.length, bytes: 0, extractMs: 0, segmentMs: segmenter ? 0 : null, parseMs: 0, parseMsPerFile: [], nodes: 0, ids: 0, distinctIds: 0, outcome: 'parsed', error: null };
const seen = new Set();
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const entry = manifestEntry(file, sha256);
  result.bytes += bytes.length;
  let t = performance.now();
  let doc;
  try {
    doc = await extract(bytes, { source: entry.id, file: `raw/${entry.file}`, sha256 });
  } catch (error) {
    Object.assign(result, outcomeOf(error));
    break;
  }
  result.extractMs += performance.now() - t;
  if (segmenter) {
    t = performance.now();
    try {
      segmenter(doc);
    } catch (error) {
      result.segmentOutcome = outcomeOf(error);
    }
    result.segmentMs += performance.now() - t;
  }
  t = performance.now();
  let graph;
  try {
    graph = parser(createParseContext(entry, doc));
  } catch (error) {
    result.parseMs += performance.now() - t;
    Object.assign(result, outcomeOf(error));
    break;
  }
  const ms = performance.now() - t;
  result.parseMs += ms;
  result.parseMsPerFile.push(ms);
  const versions = graph.provisions.reduce((n, p) => n + p.versions.length, 0);
  result.nodes += graph.instruments.length + graph.provisions.length + versions + graph.statements.length + graph.mappings.length + graph.facts.length;
  for (const node of [...graph.instruments, ...graph.provisions, ...graph.statements, ...graph.mappings, ...graph.facts]) {
    result.ids++;
    seen.add(node['@id']);
  }
}
result.distinctIds = seen.size;
if (rest.includes('--html-floor')) Object.assign(result, await htmlFloor(files));
result.maxRssKb = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify(result)}\n`);

/** The manifest entry beside the file (raw/manifest.json of a corpus), or one made up for a generated file. */
function manifestEntry(file, sha256) {
  const manifest = join(dirname(file), 'manifest.json');
  if (existsSync(manifest)) {
    const entry = JSON.parse(readFileSync(manifest, 'utf8')).sources.find((s) => s.file === basename(file));
    if (entry) return { ...entry, sha256 };
  }
  const id = basename(file).replace(/\.[a-z]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return { id, file: basename(file), title: id, kind, publisher: 'benchmark', language: 'en', date: null, sha256, jurisdiction: 'rs' };
}

function outcomeOf(error) {
  const rejected = error?.name === 'SourceError';
  return { outcome: rejected ? 'rejected' : 'crashed', error: `${error?.name ?? 'Error'}: ${String(error?.message ?? error).split('\n')[0].slice(0, 300)}` };
}

/** rehype-parse alone on the files' HTML cells, after the parse (so its modules are warm). */
async function htmlFloor(paths) {
  const pipelineRequire = createRequire(join(repo, 'pipeline', 'package.json'));
  const { unified } = await import(pathToFileURL(pipelineRequire.resolve('unified')).href);
  const { default: rehypeParse } = await import(pathToFileURL(pipelineRequire.resolve('rehype-parse')).href);
  const html = unified().use(rehypeParse, { fragment: true });
  let htmlMs = 0;
  for (const file of paths) {
    const cells = readFileSync(file, 'utf8').split('\n').flatMap((line) => line.split('\t')).filter((cell) => cell.includes('<'));
    const t = performance.now();
    for (const cell of cells) html.parse(cell);
    htmlMs += performance.now() - t;
  }
  return { htmlMs };
}
