import { RULES_WORKER_SOURCE } from './rules-worker.js';
import { STREAMS_WORKER_SOURCE } from './streams-worker.js';

/**
 * The code of the thread that runs pdf.js (see reader.ts). It is kept as plain
 * JavaScript source because it runs as an `eval` worker: that works the same whether
 * the pipeline runs from its TypeScript sources (tests) or from the compiled lib/.
 *
 * It opens the document with everything that could run code or reach out switched off
 * (isEvalSupported false, no font faces, no system fonts, fonts only from pdf.js's own
 * standard_fonts directory, scripting never enabled: text extraction does not execute a
 * PDF's JavaScript actions), checks first what its compressed streams inflate to
 * (streams-worker.ts), streams each page's text items while counting them against the
 * limits, and reads the operator list as data for two things: the fonts' real names (pdf.js
 * reports text items with internal font ids; the names tell bold from regular type) and
 * the page's ruling lines (rules-worker.ts).
 *
 * pdf.js's own worker: in Node the legacy build of pdfjs-dist 5.6 always runs it "fake",
 * on the calling thread, importing `GlobalWorkerOptions.workerSrc`, which it defaults to
 * "./pdf.worker.mjs" next to pdf.mjs (a local file); nothing needs setting. Nothing goes
 * to the network either: the document comes as bytes, the standard fonts are read from
 * disk with fs, and `fetch` is disabled on this thread so that any attempt would fail.
 *
 * Messages to the parent: { type: 'done', pages } or { type: 'fail', kind, page?, detail }.
 */
export const READER_WORKER_SOURCE = RULES_WORKER_SOURCE + STREAMS_WORKER_SOURCE + String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { pdfjsUrl, standardFontDataUrl, bytes, limits } = workerData;

class Stop extends Error {
  constructor(kind, page, detail) {
    super(detail);
    Object.assign(this, { kind, page, detail });
  }
}

async function readPage(pdfjs, doc, number, totals) {
  let page;
  try {
    page = await doc.getPage(number);
  } catch (error) {
    throw new Stop('page-unreadable', number, String(error && error.message));
  }
  const viewport = page.getViewport({ scale: 1 });
  const items = [];
  let pageItems = 0;
  const reader = page.streamTextContent().getReader();
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new Stop('page-unreadable', number, String(error && error.message));
    }
    if (chunk.done) break;
    for (const item of chunk.value.items) {
      if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
      totals.items += 1;
      pageItems += 1;
      totals.chars += item.str.length;
      if (pageItems > limits.maxTextItemsPerPage) {
        await reader.cancel(new Error('limit'));
        throw new Stop('too-many-items-on-page', number, String(pageItems));
      }
      if (totals.items > limits.maxTextItems) {
        await reader.cancel(new Error('limit'));
        throw new Stop('too-many-items', number, String(totals.items));
      }
      if (totals.chars > limits.maxTextChars) {
        await reader.cancel(new Error('limit'));
        throw new Stop('too-much-text', number, String(totals.chars));
      }
      const t = item.transform;
      const [x, y] = viewport.convertToViewportPoint(t[4], t[5]);
      items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(t[2], t[3]), font: item.fontName });
    }
    if (Date.now() > totals.deadline) {
      await reader.cancel(new Error('limit'));
      throw new Stop('timeout', number, '');
    }
  }
  const fonts = {};
  let rules = [];
  let opList;
  try {
    opList = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  } catch {
    // Without the operator list there are no font names (bold and italic marks) and no
    // ruling lines; the text stays right, and the table segmenter reads the text alone.
  }
  if (opList) {
    for (const { font } of items) {
      if (font in fonts || !page.commonObjs.has(font)) continue;
      const name = page.commonObjs.get(font) && page.commonObjs.get(font).name;
      if (typeof name === 'string') fonts[font] = name;
    }
    rules = pageRules(pdfjs, opList, viewport, number, limits);
  }
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, items, fonts, rules };
}

async function main() {
  globalThis.fetch = async () => {
    throw new Error('network access is disabled while reading a PDF');
  };
  checkInflatedSize(bytes, limits);
  const pdfjs = await import(pdfjsUrl);
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl,
    enableXfa: false,
    stopAtErrors: true,
    maxImageSize: 0,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error && error.name;
    if (name === 'PasswordException') throw new Stop('encrypted', undefined, String(error.message));
    throw new Stop('invalid', undefined, String(error && error.message));
  }
  if (doc.numPages === 0) throw new Stop('no-pages', undefined, '0');
  if (doc.numPages > limits.maxPages) throw new Stop('too-many-pages', undefined, String(doc.numPages));
  const totals = { items: 0, chars: 0, deadline: Date.now() + limits.timeoutMs };
  const pages = [];
  for (let number = 1; number <= doc.numPages; number++) pages.push(await readPage(pdfjs, doc, number, totals));
  await task.destroy();
  return pages;
}

main().then(
  (pages) => parentPort.postMessage({ type: 'done', pages }),
  (error) => {
    if (error instanceof Stop) parentPort.postMessage({ type: 'fail', kind: error.kind, page: error.page, detail: error.detail });
    else parentPort.postMessage({ type: 'fail', kind: 'invalid', detail: String(error && error.message) });
  },
);
`;
