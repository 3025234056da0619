// Screenshots of the main pages for the README (docs/explorer-*.png), from a built site (`node bin/site.js` first).
// Usage: node packages/explorer/scripts/screenshots.mjs [outDir]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const site = resolve('dist/site');
const out = resolve(process.argv[2] ?? 'docs');
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const shots = [
  ['explorer-matrix', 'index.html'],
  ['explorer-provision', 'eli/rs/code/criminal/art_302/index.html#on=2010-01-01'],
  ['explorer-diff', 'eli/rs/code/criminal/art_302/diff/until-2009-09-11_to_2009-09-11.html'],
  ['explorer-source', 'sources/coe-cybercrime-legislation-profile-serbia.html#s-5803-5953'],
];
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 680 } });
for (const [name, path] of shots) {
  await page.goto(pathToFileURL(resolve(site, path.split('#')[0])).href + (path.includes('#') ? `#${path.split('#')[1]}` : ''));
  // a span scrolled to the top edge: show a few lines before it too
  if (name === 'explorer-source') await page.evaluate(() => window.scrollBy(0, -140));
  await page.screenshot({ path: resolve(out, `${name}.png`) });
  process.stdout.write(`${out}/${name}.png\n`);
}
await browser.close();
