/**
 * A source published as a PDF gives the same datasets as its text: the fixture PDFs
 * (test/fixtures/pdf, drawn by scripts/pdf-fixtures/make.mjs from the text segmenters'
 * paragraphs and rows) are extracted with extractPdf and parsed by the same parser as the
 * text source, which picks the PDF segmenter by itself (segment/for-document.ts).
 *
 * The graphs are equal field by field once provenance is set aside (it points at PDF
 * pages instead of the text file, and the text segmenter's row notes — "line N: …" — go
 * with it). No residual difference remains for either source.
 *
 * The PDF provenance is then checked on its own terms: every span names a page, and
 * slicing that page's text gives the node's text back (whitespace aside), and the same
 * text that the text source's provenance of the same node gives.
 */
import type { Item, Provenance } from '@cyberlex/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparable, manifestEntry, rawText, spanText, textSource } from '../../../test/helpers/sources.js';
import type { ExtractedSource } from '../../src/extract/types.js';
import type { Graph } from '../../src/model/graph.js';
import { createParseContext, type ParseContext } from '../../src/parse/context.js';
import { parseLaw } from '../../src/parse/law/index.js';
import { parseProfile } from '../../src/parse/profile/index.js';
import { extractFixture } from './helpers.js';
import { LAW_PDF, PROFILE_PDF } from './hostile-pdfs.js';

interface PdfSource {
  id: string;
  pdf: string;
  parse: (ctx: ParseContext) => Graph;
  minProvisions: number;
  /** Whether an article's provenance is its heading "Article N" (the law's is; the profile's quote more). */
  articleHeadings: boolean;
}

const SOURCES: PdfSource[] = [
  { id: 'rs-law-cybercrime-authorities-2005-2009', pdf: LAW_PDF, parse: parseLaw, minProvisions: 40, articleHeadings: true },
  { id: 'coe-cybercrime-legislation-profile-serbia', pdf: PROFILE_PDF, parse: parseProfile, minProvisions: 100, articleHeadings: false },
];

const GRAPH_KEYS = ['instruments', 'provisions', 'statements', 'mappings', 'applications', 'facts', 'conflicts'] as const;

/** A value with every `provenance` removed, at any depth (evidence and entry lists included). */
function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'provenance').map(([key, v]) => [key, withoutProvenance(v)]));
  }
  return value;
}

/** Every `provenance` list in a value, in document order, with the path that leads to it. */
function provenanceLists(value: unknown, path = ''): { path: string; provenance: Provenance[] }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => provenanceLists(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'provenance' ? [{ path, provenance: v as Provenance[] }] : provenanceLists(v, `${path}.${key}`),
  );
}

interface Checked {
  what: string;
  text: string;
  provenance: readonly Provenance[];
  /** A name used in several places: each occurrence holds the whole name. */
  each?: boolean;
}

/** Every node that carries text, with the text its provenance must slice back to. */
function texts(graph: Graph, articleHeadings: boolean): Checked[] {
  const out: Checked[] = [];
  const items = (where: string, list: readonly Item[]) => {
    for (const item of list) {
      out.push({ what: `${where} item ${item.number}`, text: item.text, provenance: item.provenance });
      items(`${where} ${item.number}`, item.items);
    }
  };
  for (const p of graph.provisions) {
    if (articleHeadings && p.kind === 'article') {
      out.push({ what: p.ref, text: `Article ${p.number}`, provenance: p.provenance });
    }
    for (const v of p.versions) {
      for (const para of v.paragraphs) {
        out.push({ what: para['@id'], text: para.text, provenance: para.provenance });
        items(para['@id'], para.items);
      }
    }
    for (const variant of p.variants) out.push({ what: `variant of ${variant.paragraph}`, text: variant.text, provenance: variant.provenance });
    for (const alt of p.alternateTitles) out.push({ what: `${p.ref} alternate title`, text: alt.name, provenance: alt.provenance, each: true });
  }
  for (const i of graph.instruments) {
    for (const alt of i.alternateNames) out.push({ what: `${i.ref} name`, text: alt.name, provenance: alt.provenance, each: true });
    for (const e of i.entryIntoForce) out.push({ what: `${i.ref} entry into force`, text: e.text, provenance: e.provenance });
  }
  for (const s of graph.statements) out.push({ what: s['@id'], text: s.text, provenance: s.provenance });
  for (const m of graph.mappings) if (m.statement !== null) out.push({ what: m['@id'], text: m.statement, provenance: m.provenance });
  for (const f of graph.facts) {
    if (f.description !== null) out.push({ what: `${f['@id']} description`, text: f.description, provenance: f.provenance });
    for (const e of f.evidence) out.push({ what: `${f['@id']} evidence ${e.property}`, text: e.text, provenance: e.provenance });
    if (f.kind === 'declaration') out.push({ what: `${f['@id']} text`, text: f.text, provenance: f.provenance });
  }
  return out;
}

/** The text a PDF provenance list points at: each span sliced out of its page's text, joined in order. */
function pageSpanText(doc: ExtractedSource, provenance: readonly Provenance[]): string {
  return comparable(
    provenance
      .map((p) => {
        const page = doc.pages!.find((pg) => pg.number === p.page);
        if (!page) throw new Error(`provenance names page ${p.page}, which ${doc.source} does not have`);
        return page.text.slice(p.start, p.end);
      })
      .join(' '),
  );
}

describe.each(SOURCES)('$id published as a PDF', ({ id, pdf, parse, minProvisions, articleHeadings }) => {
  let doc: ExtractedSource;
  let fromText: Graph;
  let fromPdf: Graph;

  beforeAll(async () => {
    doc = await extractFixture(id, pdf);
    fromText = parse(textSource(id).ctx);
    fromPdf = parse(createParseContext({ ...manifestEntry(id), sha256: doc.sha256 }, doc));
  });

  it('gives the graph of the text source, field by field, provenance aside', () => {
    expect(fromPdf.provisions.length).toBeGreaterThanOrEqual(minProvisions);
    for (const key of GRAPH_KEYS) {
      const want = fromText[key] as { '@id': string }[];
      const got = fromPdf[key] as { '@id': string }[];
      expect(got.map((n) => n['@id']), key).toEqual(want.map((n) => n['@id']));
      got.forEach((node, i) => {
        const expected = withoutProvenance(want[i]) as Record<string, unknown>;
        const actual = withoutProvenance(node) as Record<string, unknown>;
        expect(Object.keys(actual), `${key} ${node['@id']}`).toEqual(Object.keys(expected));
        for (const field of Object.keys(expected)) expect(actual[field], `${key} ${node['@id']} ${field}`).toEqual(expected[field]);
      });
    }
  });

  it('gives every node provenance on the PDF pages, at the same places in the graph as the text source', () => {
    const pdfLists = provenanceLists(fromPdf);
    expect(pdfLists.map((l) => l.path)).toEqual(provenanceLists(fromText).map((l) => l.path));
    for (const { path, provenance } of pdfLists) {
      for (const p of provenance) {
        expect(p.source, path).toBe(id);
        expect(p.sha256, path).toBe(doc.sha256);
        const page = doc.pages!.find((pg) => pg.number === p.page);
        expect(page, `${path}: page ${p.page}`).toBeDefined();
        expect(p.start, path).toBeLessThan(p.end);
        expect(p.end, path).toBeLessThanOrEqual(page!.text.length);
      }
    }
    // Text that a page break split is reassembled, with a span on each page.
    expect(pdfLists.some((l) => new Set(l.provenance.map((p) => p.page)).size > 1)).toBe(true);
  });

  it('slices back to each node’s text at its page spans', () => {
    const checked = texts(fromPdf, articleHeadings);
    expect(checked.length).toBeGreaterThan(20);
    for (const { what, text, provenance, each } of checked) {
      expect(provenance.length, what).toBeGreaterThan(0);
      // A name the source uses in several places has a span at each; one a page break splits has two.
      if (each) expect(pageSpanText(doc, provenance), what).toContain(comparable(text));
      else expect(pageSpanText(doc, provenance), what).toBe(comparable(text));
    }
  });

  it('slices to the same text as the text source’s provenance, node by node', () => {
    const raw = rawText(id);
    const textLists = provenanceLists(fromText);
    // Whitespace aside entirely: `comparable` turns a tag of the text source into a space
    // ("<i>inter alia</i>," gives "inter alia ,"), where the PDF has none.
    const words = (s: string) => s.replace(/\s+/g, '');
    const lists = provenanceLists(fromPdf);
    expect(lists.length).toBeGreaterThan(20);
    lists.forEach(({ path, provenance }, i) => {
      expect(words(pageSpanText(doc, provenance)), path).toBe(words(spanText(raw, textLists[i]!.provenance)));
    });
  });
});
