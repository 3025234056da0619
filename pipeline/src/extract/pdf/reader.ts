/**
 * Reading a PDF's text items with pdf.js, under limits.
 *
 * pdf.js runs on its own thread (a node:worker_threads Worker, in this process). In
 * Node the legacy build has no real worker and parses on the thread that calls it, in
 * long synchronous stretches; on the main thread a hostile file (a content stream that
 * inflates to gigabytes) could not be stopped. On a thread of its own it can: the
 * thread gets a heap limit, and it is terminated when the time budget runs out.
 * Nothing is fetched over the network: the document is passed as bytes and the
 * standard fonts are read from the installed pdfjs-dist package.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SourceError } from '../../errors.js';
import { raiseHint } from './limits.js';
import { READER_WORKER_SOURCE } from './reader-worker.js';
import type { PdfLimits, RawPage } from './types.js';

/** How often the reading thread's memory is looked at (milliseconds). */
const MEMORY_POLL_MS = 20;

interface Fail {
  type: 'fail';
  kind: string;
  page?: number;
  detail: string;
}
type Reply = { type: 'done'; pages: RawPage[] } | Fail;

/** Where the installed pdfjs-dist lives: its legacy build (the one for Node) and its font data. */
function pdfjsFiles(): { pdfjsUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    pdfjsUrl: pathToFileURL(join(root, 'legacy', 'build', 'pdf.mjs')).href,
    // pdf.js wants a directory path ending in a slash; in Node it reads the files with fs.
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  };
}

export function readPdf(bytes: Uint8Array, source: string, limits: PdfLimits): Promise<RawPage[]> {
  // pdf.js detaches the buffer it is given; the caller keeps its bytes.
  const copy = bytes.slice();
  const rssBefore = process.memoryUsage.rss();
  const worker = new Worker(READER_WORKER_SOURCE, {
    eval: true,
    workerData: { ...pdfjsFiles(), bytes: copy, limits },
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    stdout: true,
    stderr: true,
  });
  // pdf.js's console warnings are noise here; what matters comes back as a message.
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise<RawPage[]>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(timeout(source, limits))),
      limits.timeoutMs,
    );
    // The thread's heap limit does not cover the buffers pdf.js decodes streams into (they
    // live outside the V8 heap), and a stream behind another filter ([/ASCII85Decode
    // /FlateDecode], LZW) escapes the check of inflated sizes: the process's resident memory
    // is watched instead, and the thread ended when it grows past heap and inflated budgets.
    const budget = (limits.maxHeapMb + limits.maxInflatedMb) * 1024 * 1024;
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - rssBefore > budget) {
        settle(() =>
          reject(new SourceError(source, {}, `a PDF that can be read within ${limits.maxHeapMb} + ${limits.maxInflatedMb} MB of memory (heap and inflated data)${raiseHint('maxInflatedMb', limits)}`, 'one that needs more')),
        );
      }
    }, MEMORY_POLL_MS);
    worker.on('message', (reply: Reply) =>
      settle(() => (reply.type === 'done' ? resolve(reply.pages) : reject(failure(source, reply, limits)))),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new SourceError(source, {}, `a PDF that can be read within ${limits.maxHeapMb} MB of memory${raiseHint('maxHeapMb', limits)}`, 'one that needs more')
            : new SourceError(source, {}, 'a PDF that pdf.js can read', error.message),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new SourceError(source, {}, 'a PDF that pdf.js can read', `the reader stopped (exit code ${code})`))),
    );
  });
}

/** The SourceError for what the reader thread reported. */
function failure(source: string, fail: Fail, limits: PdfLimits): SourceError {
  const where = fail.page === undefined ? {} : { page: fail.page };
  const limit = (key: keyof PdfLimits, expected: string, found: string) => new SourceError(source, where, `${expected}${raiseHint(key, limits)}`, found);
  switch (fail.kind) {
    case 'encrypted':
      return new SourceError(source, where, 'an unencrypted PDF (or one that opens without a password)', 'a password-protected PDF');
    case 'no-pages':
      return new SourceError(source, where, 'a PDF with at least one page', 'no pages');
    case 'too-many-pages':
      return limit('maxPages', `a PDF of at most ${limits.maxPages} pages`, `${fail.detail} pages`);
    case 'too-many-items':
      return limit('maxTextItems', `at most ${limits.maxTextItems} text items in the document`, 'more');
    case 'too-many-items-on-page':
      return limit('maxTextItemsPerPage', `at most ${limits.maxTextItemsPerPage} text items on a page`, 'more');
    case 'too-much-text':
      return limit('maxTextChars', `at most ${limits.maxTextChars} characters of text in the document`, 'more');
    case 'too-many-rules':
      return limit('maxRulesPerPage', `at most ${limits.maxRulesPerPage} ruling lines on a page`, `${fail.detail} or more`);
    case 'stream-too-large':
      return limit('maxStreamMb', `compressed streams that inflate to at most ${limits.maxStreamMb} MB each`, `one that inflates to more (the ${fail.detail})`);
    case 'inflated-too-much':
      return limit('maxInflatedMb', `compressed streams that inflate to at most ${limits.maxInflatedMb} MB together`, 'more');
    case 'timeout':
      return timeout(source, limits);
    case 'page-unreadable':
      return new SourceError(source, where, 'a readable page', fail.detail);
    default:
      return new SourceError(source, where, 'a well-formed PDF', fail.detail);
  }
}

function timeout(source: string, limits: PdfLimits): SourceError {
  return new SourceError(source, {}, `a PDF that can be read within ${limits.timeoutMs} ms${raiseHint('timeoutMs', limits)}`, 'one that takes longer');
}
