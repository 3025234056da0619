/** What `cyberlex extract <file> [--json]` will show: pages of positioned lines, and table rows. */
import { describe, expect, it } from 'vitest';
import { describeExtraction, renderExtraction } from '../../src/inspect/describe.js';
import { extractText } from '../../src/extract/text.js';
import { segmentPdfTable } from '../../src/segment/pdf-table/index.js';
import { extractFixture } from './helpers.js';
import { PROFILE_PDF, LAW_TXT, repoFile } from './hostile-pdfs.js';

describe('describeExtraction', () => {
  it('describes a text source as one page of its lines, x = 0 and y = the line index', () => {
    const doc = extractText(new TextEncoder().encode('Article 1\r\n\r\nThis Law regulates.\n'), { source: 's', file: 'a.txt', sha256: '' });
    expect(describeExtraction(doc, null)).toEqual({
      pages: [
        {
          number: 1,
          lines: [
            { text: 'Article 1', x: 0, y: 0 },
            { text: '', x: 0, y: 1 },
            { text: 'This Law regulates.', x: 0, y: 2 },
            { text: '', x: 0, y: 3 },
          ],
        },
      ],
      rows: [],
    });
    expect(renderExtraction(doc, null)).toBe('=== page 1 ===\nArticle 1\n\nThis Law regulates.\n\n');
  });

  it('describes a PDF table: every page with its lines and positions, every row with its page and cell texts', async () => {
    const doc = await extractFixture('coe-cybercrime-legislation-profile-serbia', PROFILE_PDF);
    const table = segmentPdfTable(doc);
    const description = describeExtraction(doc, table);
    expect(description.pages.map((p) => p.number)).toEqual(doc.pages!.map((p) => p.number));
    expect(description.pages[0]!.lines.slice(0, 2)).toEqual([
      { text: 'Country:', x: 40, y: 60 },
      { text: 'Republic of Serbia', x: 290, y: 60 },
    ]);
    expect(description.rows).toHaveLength(table.rows.length);
    expect(description.rows[0]).toEqual({ page: 1, cells: ['Country:', 'Republic of Serbia'] });
    const pages = description.rows.map((r) => r.page);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(pages[pages.length - 1]).toBe(doc.pages!.length);
    // JSON round trip: what --json prints is plain data.
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
    const text = renderExtraction(doc, table);
    expect(text).toContain('=== page 2 ===\n');
    expect(text).toContain('=== row 1 (page 1) ===\n[left]\nCountry:\n[right]\nRepublic of Serbia\n');
  });

  it('renders a text source with no table rows', () => {
    const doc = extractText(repoFile(LAW_TXT), { source: 's', file: LAW_TXT, sha256: '' });
    expect(renderExtraction(doc, null).startsWith('=== page 1 ===\nLAW\n')).toBe(true);
  });
});
