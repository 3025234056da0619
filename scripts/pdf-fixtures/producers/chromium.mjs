/**
 * Chromium's print to PDF (Debian's chromium, driven by playwright-core, whose page.pdf is
 * the DevTools call behind `--headless --print-to-pdf` with header and footer templates):
 *
 * - the profile's first rows as an HTML table with thin rules (0.5 pt), columns of 42 % and
 *   58 %, cell padding of 2 pt by 4 pt, a sans-serif font, on US Letter, a title above the
 *   table, a running header and "Page N of M" in the footer; rows break across pages
 *   inside their cells;
 * - the same without rules (`ruled: false`): the columns only 8 pt apart, rows 6 pt apart;
 * - the law as one column of justified serif text with soft hyphens in long words (a
 *   publisher's hyphenation: Chromium breaks there and prints a hyphen at the line end).
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { escapeXml, inline, softHyphens } from './content.mjs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

async function print(html, options) {
  const executablePath = CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) throw new Error('no Chromium found: apt-get install chromium, or set CHROMIUM_PATH');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ printBackground: true, displayHeaderFooter: true, ...options });
  } finally {
    await browser.close();
  }
}

const paragraphs = (blocks) => blocks.map((b) => `<p>${inline(b)}</p>`).join('');

export async function chromiumProfile({ title, rows }, { ruled = true } = {}) {
  const body = rows.map(([left, right]) => `<tr><td>${paragraphs(left)}</td><td>${paragraphs(right)}</td></tr>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; line-height: 1.25; margin: 0; }
    h1 { font-size: 14pt; margin: 0 0 6pt; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; }
    col.l { width: 42%; } col.r { width: 58%; }
    td { ${ruled ? 'border: 0.5pt solid #000;' : ''} padding: 2pt 4pt; vertical-align: top; }
    ${ruled ? '' : 'tr + tr td { padding-top: 6pt; }'}
    p { margin: 0 0 3pt; }
  </style></head><body><h1>${escapeXml(title[0])}</h1>
  <table><colgroup><col class="l"><col class="r"></colgroup>${body}</table></body></html>`;
  return print(html, {
    format: 'Letter',
    margin: { top: '0.75in', bottom: '0.75in', left: '0.75in', right: '0.75in' },
    headerTemplate: `<div style="font-size:7pt;width:100%;padding:0 54pt;font-family:'Liberation Sans'">Cybercrime legislation \u2013 country profile: Republic of Serbia</div>`,
    footerTemplate: `<div style="font-size:7pt;width:100%;text-align:right;padding:0 54pt;font-family:'Liberation Sans'">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  });
}

export async function chromiumLaw(paragraphsOfLaw) {
  const body = paragraphsOfLaw.map((b) => `<p>${softHyphens(inline(b))}</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.3; margin: 0; }
    p { margin: 0 0 6pt; text-align: justify; }
  </style></head><body>${body}</body></html>`;
  return print(html, {
    format: 'Letter',
    margin: { top: '0.9in', bottom: '0.9in', left: '1in', right: '1in' },
    headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;font-family:'Liberation Serif'">Law on the organisation and competences of government authorities combating cyber crime</div>`,
    footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;font-family:'Liberation Serif'">\u2013 <span class="pageNumber"></span> \u2013</div>`,
  });
}
