/**
 * The site in a real browser (Debian's chromium via playwright-core), from file:// as a reader
 * who opened index.html from disk: the matrix leads to Art. 2's provision, the date picker
 * switches its text at 11 September 2009, the diff shows the changed words, a paragraph leads
 * to its highlighted source span and back; and an axe-core audit of each kind of page finds no
 * serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { buildSite } from './site.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let dir: string;
let cleanup: () => void;
let browser: Browser;
let page: Page;
const url = (path: string) => pathToFileURL(join(dir, path)).href;

beforeAll(async () => {
  ({ dir, cleanup } = await buildSite());
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  cleanup?.();
});

/** The text of paragraph 2 of Art. 302 as the reader sees it (only the version shown). */
async function visibleParagraph2(): Promise<string> {
  const shown = page.locator('section.version:visible p.para').filter({ hasText: '(2)' });
  await expect.poll(() => shown.count()).toBe(1);
  return shown.innerText();
}

describe('reading the site', () => {
  it('from the matrix, follows Art. 2 to its provision, and reads its text before and after 11 September 2009', async () => {
    await page.goto(url('index.html'));
    expect(await page.title()).toBe('Compliance matrix · cyberlex');
    const row = page.locator('tr#ets185-2');
    await expect.poll(() => row.locator('.grade').innerText()).toContain('provided');
    await row.getByRole('link', { name: 'Criminal Code, Art. 302' }).click();
    await page.waitForURL(/\/eli\/rs\/code\/criminal\/art_302\/index\.html/, { waitUntil: 'load' });

    await page.fill('#on', '2009-09-10');
    const before = await visibleParagraph2();
    expect(before).toContain('Whoever uses data obtained');
    await page.fill('#on', '2009-09-11');
    const after = await visibleParagraph2();
    expect(after).toContain('Whoever records or uses data obtained');
    expect(await page.locator('#on-status').innerText()).toBe('In force from 11 September 2009');
    expect(page.url()).toMatch(/#on=2009-09-11$/);
  });

  it('a date in the address picks the version, and the filters narrow the matrix', async () => {
    await page.goto(`${url('eli/rs/code/criminal/art_302/index.html')}#on=2001-01-01`);
    expect(await visibleParagraph2()).toContain('Whoever uses data obtained');
    await page.goto(url('index.html'));
    await page.selectOption('#f-assessment', 'not-provided');
    const shown = await page.locator('table.matrix tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-assessment')));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['not-provided']));
    await page.selectOption('#f-assessment', '');
    await page.selectOption('#f-chapter', 'ets185:chapter-III');
    const chapters = await page.locator('table.matrix tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-chapter')));
    expect(new Set(chapters)).toEqual(new Set(['ets185:chapter-III']));
  });

  it('opens the diff and sees the changed words marked', async () => {
    await page.goto(url('eli/rs/code/criminal/art_302/index.html'));
    // on the provision page itself: each amendment's changed paragraphs, one click away
    const change = page.locator('details.change');
    await change.locator('summary').click();
    expect(await change.locator('li.diff-para').count()).toBe(1);
    expect(await change.locator('ins').innerText()).toContain('records or');
    await page.getByRole('link', { name: /What changed from the original text to the version of 11 September 2009/ }).click();
    await page.waitForURL(/diff\/until-2009-09-11_to_2009-09-11\.html$/, { waitUntil: 'load' });
    const modified = page.locator('li.diff-para.modified');
    expect(await modified.count()).toBe(1);
    expect(await modified.locator('ins').innerText()).toContain('records or');
    // readable without colour: the insertion is underlined and says so to a screen reader
    expect(await modified.locator('ins').evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('underline');
    expect(await modified.locator('ins .sr').first().textContent()).toBe('[inserted: ');
  });

  it('follows a paragraph to its highlighted source span, and back', async () => {
    await page.goto(`${url('eli/rs/code/criminal/art_302/index.html')}#on=2010-01-01`);
    const para = page.locator('section.version:visible p.para').filter({ hasText: '(2)' });
    const text = (await para.innerText()).replace(/^\(2\)\s*/, '').replace(/\s*source 1$/, '');
    await para.getByRole('link', { name: 'source 1' }).click();
    await page.waitForURL(/sources\/coe-cybercrime-legislation-profile-serbia\.html#s-\d+-\d+$/, { waitUntil: 'load' });
    const target = page.locator('mark:target');
    await expect.poll(() => target.count()).toBe(1);
    expect((await target.innerText()).replace(/\s+/g, ' ').trim()).toBe(text.trim());
    expect(await target.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 213, 79)');
    // scrolled to: the span is in view
    await expect.poll(() => target.evaluate((e) => e.getBoundingClientRect().bottom > 0 && e.getBoundingClientRect().top < innerHeight)).toBe(true);
    const back = target.locator('> a.back').first();
    expect(await back.getAttribute('aria-label')).toContain('Criminal Code, Art. 302 (2)');
    await back.click();
    await page.waitForURL(/art_302\/index\.html#v-2009-09-11-p2$/, { waitUntil: 'load' });
  });

  it('searches provisions, facts and sources', async () => {
    await page.goto(url('search.html'));
    await page.fill('#q', 'illegal access');
    await expect.poll(() => page.locator('#results li').count()).toBeGreaterThan(0);
    const kinds = await page.locator('#results li .kind').allTextContents();
    expect(kinds).toContain('answer');
    expect(kinds).toContain('source');
    await page.fill('#q', 'Armageddon');
    await expect.poll(() => page.locator('#results li .kind').allTextContents()).toContain('fact');
  });
});

describe('without JavaScript', () => {
  it('the provision page lists every version with its dates, and the matrix every row', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await context.newPage();
      await p.goto(url('eli/rs/code/criminal/art_302/index.html'));
      expect(await p.locator('form.date-picker').isVisible()).toBe(false);
      expect(await p.locator('section.version:visible h3').allTextContents()).toEqual([
        'In force (start date not given by any source) until 11 September 2009',
        'In force from 11 September 2009',
      ]);
      await p.goto(url('index.html'));
      expect(await p.locator('form.filters').isVisible()).toBe(false);
      const rows = await p.locator('table.matrix tbody tr').count();
      expect(await p.locator('table.matrix tbody tr:visible').count()).toBe(rows);
    } finally {
      await context.close();
    }
  });
});

const KINDS: [string, string][] = [
  ['matrix', 'index.html'],
  ['provision', 'eli/rs/code/criminal/art_302/index.html'],
  ['paragraph', 'eli/rs/code/criminal/art_302/para_2/index.html'],
  ['Convention article', 'eli/coe/ets/185/art_2/index.html'],
  ['version', 'eli/rs/code/criminal/art_302/v/2009-09-11/eng/index.html'],
  ['diff', 'eli/rs/code/criminal/art_302/diff/until-2009-09-11_to_2009-09-11.html'],
  ['instrument', 'eli/rs/code/criminal/index.html'],
  ['legislation', 'legislation.html'],
  ['source', 'sources/rs-law-cybercrime-authorities-2005-2009.html'],
  ['sources', 'sources.html'],
  ['facts', 'facts.html'],
  ['changes', 'changes.html'],
  ['conflicts', 'conflicts.html'],
  ['search', 'search.html'],
];

describe('accessibility (axe-core)', () => {
  it.each(KINDS)('the %s page has no serious or critical violation', async (_kind, path) => {
    await page.goto(url(path));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
