/**
 * @cyberlex/explorer: a static site of the cyberlex data, read from the built packages.
 * `build()` writes it (default dist/site/ in the repository); `serve()` serves a built site
 * on 127.0.0.1 for convenience (the site also reads from file://).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteData, repoRoot } from './load.js';
import { changesFiles } from './pages/changes.js';
import { legislationFiles } from './pages/legislation.js';
import { matrixFile } from './pages/matrix.js';
import { provisionFiles } from './pages/provision.js';
import { conflictsFile, factsFile } from './pages/records.js';
import { searchFiles } from './pages/search.js';
import { sourceFiles } from './pages/source.js';
import { createSite, type SiteFile } from './site.js';

export { ExplorerError } from './load.js';
export { serve, type ServeOptions, type Server } from './serve.js';

export interface BuildOptions {
  /** Where to write the site (a relative path is taken from the working directory). Default: dist/site in the repository. */
  outDir?: string;
  /** The repository whose raw sources the pages show; default the one this package sits in. */
  root?: string;
}

export interface BuildResult {
  outDir: string;
  /** Files written, by kind of page. */
  files: number;
  pages: number;
  bytes: number;
}

const ASSETS = ['style.css', 'explorer.js', 'search.js'];

/** Every file of the site, in a fixed order (same data in, same bytes out). */
export async function siteFiles(root: string): Promise<SiteFile[]> {
  const site = createSite(await loadSiteData(root));
  const files: SiteFile[] = [matrixFile(site), ...legislationFiles(site)];
  for (const p of site.g.provisions) files.push(...provisionFiles(site, p));
  files.push(...sourceFiles(site), factsFile(site), conflictsFile(site), ...changesFiles(site), ...searchFiles(site));
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  for (const name of ASSETS) files.push({ path: name, content: await readFile(join(assets, name), 'utf8') });
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two pages would be written to ${f.path}`);
    seen.add(f.path);
  }
  return files;
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const root = options.root ?? repoRoot();
  const outDir = options.outDir === undefined ? join(root, 'dist', 'site') : resolve(options.outDir);
  const files = await siteFiles(root);
  // the site is derived output: start from an empty folder so no page of an older build lingers
  await rm(outDir, { recursive: true, force: true });
  const dirs = [...new Set(files.map((f) => dirname(join(outDir, ...f.path.split('/')))))];
  for (const d of dirs) await mkdir(d, { recursive: true });
  // a few writes in flight at once: one at a time, the build mostly waits on the disk
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let f = queue.shift(); f !== undefined; f = queue.shift()) await writeFile(join(outDir, ...f.path.split('/')), f.content);
    }),
  );
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  return { outDir, files: files.length, pages: files.filter((f) => f.path.endsWith('.html')).length, bytes };
}
