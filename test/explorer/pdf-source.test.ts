/**
 * A PDF source on its page: its extracted pages each shown on their own, and a span that
 * names a page marked in that page's text (ids carry the page), linked from the node and back.
 */
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../packages/explorer/src/pages/source.js';
import { createSite } from '../../packages/explorer/src/site.js';
import type { SiteData } from '../../packages/explorer/src/load.js';

const BASE = 'https://w3id.org/cyberlex/';
const sha256 = 'a'.repeat(64);

function pdfSite(): SiteData {
  const source = { '@id': `${BASE}source/law-pdf`, '@type': ['schema:DigitalDocument'], id: 'law-pdf', file: 'raw/law.pdf', title: 'A law as a PDF', kind: 'consolidated-law', publisher: 'P', language: 'en', date: null, sha256, mediaType: 'application/pdf' };
  const instrument = { '@id': `${BASE}eli/xx/law/1`, '@type': ['eli:LegalResource'], ref: 'xx-law', kind: 'law', title: 'A law', number: null, hasPart: [`${BASE}eli/xx/law/1/art_1`], alternateNames: [], provenance: [{ source: 'law-pdf', sha256, start: 0, end: 4, page: 1 }] };
  const paragraph = { '@id': `${BASE}eli/xx/law/1/art_1/v/undated/eng/text`, realizes: `${BASE}eli/xx/law/1/art_1`, number: null, text: 'two', marks: [], items: [], carriedOver: false, provenance: [{ source: 'law-pdf', sha256, start: 5, end: 8, page: 2 }] };
  const provision = {
    '@id': `${BASE}eli/xx/law/1/art_1`, '@type': ['eli:LegalResourceSubdivision'], instrument: instrument['@id'], ref: 'xx-law:1', kind: 'article', number: '1', title: null, isPartOf: instrument['@id'], hasPart: [], variants: [], alternateTitles: [],
    versions: [{ '@id': `${BASE}eli/xx/law/1/art_1/v/undated/eng`, realizes: `${BASE}eli/xx/law/1/art_1`, versionDate: null, validUntil: null, status: 'in-force', amendedBy: [], paragraphs: [paragraph], provenance: paragraph.provenance }],
    provenance: paragraph.provenance,
  };
  const dataset = { instruments: [instrument], provisions: [provision], statements: [], mappings: [], applications: [], facts: [], conflicts: [], sources: [source] };
  return {
    root: '/nowhere',
    packages: [{ name: '@x/law', dir: 'law', title: 'law', dataset: dataset as never, changes: [] }],
    sources: new Map([['law-pdf', { source: source as never, text: null, pages: ['page one text', 'page two text'] }]]),
    context: {},
  };
}

describe('a PDF source', () => {
  it('shows each page, with a span marked in the page it names and linked back to its most specific node', () => {
    const files = sourceFiles(createSite(pdfSite()));
    const page = files.find((f) => f.path === 'sources/law-pdf.html')!.content;
    expect(page).toContain('<section id="page-1"');
    expect(page).toContain('<section id="page-2"');
    expect(page).toMatch(/<mark id="s-p2-5-8"><a class="back" href="\.\.\/eli\/xx\/law\/1\/art_1\/index\.html#v-undated-p" aria-label="A law, Art\. 1, version undated"><\/a>two<\/mark>/);
    expect(page).toMatch(/<mark id="s-p1-0-4"><a class="back" href="\.\.\/eli\/xx\/law\/1\/index\.html" aria-label="A law"><\/a>page<\/mark>/);
  });
});
