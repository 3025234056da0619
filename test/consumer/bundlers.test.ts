/**
 * The packages where JavaScript runs that is not Node: each packed with `npm pack` and installed
 * from the tarballs into a fresh project (offline), then bundled for the browser by esbuild and by
 * Vite, the bundle opened in a real headless Chromium where a lookup renders the law's text; and
 * bundled for Node, the one file run from a folder with no node_modules. The text each shows is
 * the text the data holds for that ref and date.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@cyberlex/schema';
import { launchBrowser } from '../helpers/browser.js';
import { BIN, installConsumer, mustRun, packAll, removeProject } from './project.js';

const MINUTES = 60_000;
const LAW = '@cyberlex/rs-criminal-code';
const MAPPINGS = '@cyberlex/rs-budapest-implementation';
// Criminal Code Art. 199(3) on 1 January 2009, before OG 72/2009: "three months"
const REF = 'rs-cc:199/3';
const DATE = '2009-01-01';

let work = '';
let project = '';
let browser: Browser | null = null;
let expected = '';
let citedRef = '';

/** What the data says, found without the accessor: the paragraph of the version in force on DATE. */
function textOnDate(data: Dataset, ref: string, date: string): string {
  const [article, number] = [ref.slice(0, ref.lastIndexOf('/')), ref.slice(ref.lastIndexOf('/') + 1)];
  const versions = data.provisions.find((p) => p.ref === article)!.versions;
  const version = versions.find((v) => (v.versionDate === null || v.versionDate <= date) && (v.validUntil === null || date < v.validUntil))!;
  return version.paragraphs.find((p) => p.number === number)!.text;
}

/** The page's script: a lookup in two packages, rendered into the document. */
const APP = `import { at } from '${LAW}';
import { mapping, refOf, packageOf } from '${MAPPINGS}';

const shown = at('${REF}', '${DATE}');
const m = mapping('ets185:2');
const cited = refOf(m.provisions[0]);
document.querySelector('#text').textContent = shown.paragraphs[0].text;
document.querySelector('#status').textContent = shown.status + (shown.startUnknown ? ' (start undated)' : '');
document.querySelector('#cited').textContent = cited + ' in ' + packageOf(cited);
try { at('${REF}', '2009-13-45'); } catch (error) { document.querySelector('#error').textContent = error.name; }
`;
const BODY = '<p id="text"></p><p id="status"></p><p id="cited"></p><p id="error"></p>';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** A static server for one folder, as a web host serves a built site (module scripts do not run from file://). */
async function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** Opens a built page and reads what it rendered; any error on the page fails the test. */
async function render(root: string): Promise<Record<string, string>> {
  const { url, server } = await serve(root);
  const page = await browser!.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('#cited')?.textContent !== '');
    const read = (id: string) => page.textContent(`#${id}`).then((t) => t ?? '');
    const shown = { text: await read('text'), status: await read('status'), cited: await read('cited'), error: await read('error') };
    expect(errors).toEqual([]);
    return shown;
  } finally {
    await page.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Every file a build wrote, for what must not be in a browser bundle. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cyberlex-bundle-'));
  project = installConsumer(packAll(join(work, 'tarballs')));
  const data = JSON.parse(readFileSync(join(project, 'node_modules', LAW, 'data.json'), 'utf8')) as Dataset;
  expected = textOnDate(data, REF, DATE);
  const mappings = JSON.parse(readFileSync(join(project, 'node_modules', MAPPINGS, 'data.json'), 'utf8')) as Dataset;
  citedRef = mappings.mappings.find((m) => m.articleRef === 'ets185:2')!.provisions[0]!.replace(/^.*\/art_/, 'rs-cc:');
  browser = await launchBrowser();
}, 10 * MINUTES);

afterAll(async () => {
  await browser?.close();
  if (project) removeProject(project);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packages in bundlers and browsers', () => {
  it('the text to look for is the law before the 2009 amendment', () => {
    expect(expected).toMatch(/three months/);
    expect(citedRef).toBe('rs-cc:302');
  });

  it('esbuild bundles them for the browser, and Chromium renders the lookup', async () => {
    const site = join(project, 'esbuild-site');
    mkdirSync(site);
    writeFileSync(join(project, 'app.js'), APP);
    await build({ entryPoints: [join(project, 'app.js')], absWorkingDir: project, bundle: true, platform: 'browser', format: 'esm', outfile: join(site, 'app.js'), logLevel: 'error' });
    writeFileSync(join(site, 'index.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><body>${BODY}<script type="module" src="./app.js"></script></body>`);
    for (const file of filesUnder(site)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bnode:|readFileSync/);
    expect(await render(site)).toEqual({ text: expected, status: 'in-force (start undated)', cited: `${citedRef} in ${LAW}`, error: 'TypeError' });
  }, 5 * MINUTES);

  it('Vite builds them for the browser, and Chromium renders the lookup', async () => {
    const app = join(project, 'vite-app');
    mkdirSync(app);
    writeFileSync(join(app, 'main.js'), APP);
    writeFileSync(join(app, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${BODY}<script type="module" src="./main.js"></script></body></html>`);
    mustRun(join(BIN, 'vite'), ['build', '--logLevel', 'error', '--outDir', 'dist', '--emptyOutDir'], app);
    for (const file of filesUnder(join(app, 'dist'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bnode:|readFileSync/);
    expect(await render(join(app, 'dist'))).toEqual({ text: expected, status: 'in-force (start undated)', cited: `${citedRef} in ${LAW}`, error: 'TypeError' });
  }, 5 * MINUTES);

  it('esbuild bundles them for Node, ESM and CommonJS alike, and the one file runs from a folder with no node_modules', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'cyberlex-elsewhere-'));
    try {
      const program = `const shown = at('${REF}', '${DATE}');\nconsole.log(JSON.stringify({ text: shown.paragraphs[0].text, status: shown.status }));\n`;
      writeFileSync(join(project, 'node-app.mjs'), `import { at } from '${LAW}';\n${program}`);
      writeFileSync(join(project, 'node-app.cjs'), `const { at } = require('${LAW}');\n${program}`);
      await build({ entryPoints: [join(project, 'node-app.mjs')], absWorkingDir: project, bundle: true, platform: 'node', format: 'esm', outfile: join(project, 'bundled', 'app.mjs'), logLevel: 'error' });
      await build({ entryPoints: [join(project, 'node-app.cjs')], absWorkingDir: project, bundle: true, platform: 'node', format: 'cjs', outfile: join(project, 'bundled', 'app.cjs'), logLevel: 'error' });
      cpSync(join(project, 'bundled'), elsewhere, { recursive: true });
      for (const file of ['app.mjs', 'app.cjs']) {
        expect(JSON.parse(mustRun(process.execPath, [join(elsewhere, file)], elsewhere)), file).toEqual({ text: expected, status: 'in-force' });
      }
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 5 * MINUTES);

  it('tree-shakes honestly: a bundle that uses only isRef leaves the data out (sideEffects: false)', async () => {
    writeFileSync(join(project, 'guard.mjs'), `import { isRef } from '${LAW}';\nconsole.log(isRef('rs-cc:199/3'));\n`);
    const result = await build({ entryPoints: [join(project, 'guard.mjs')], absWorkingDir: project, bundle: true, platform: 'browser', format: 'esm', write: false, minify: true, logLevel: 'error' });
    const code = result.outputFiles[0]!.text;
    // toBe(false), not a diff of the whole bundle
    expect(code.includes(expected.slice(0, 40))).toBe(false);
    expect(code.length).toBeLessThan(20_000);
  }, 5 * MINUTES);
});
