/**
 * Each raw source as a page: its text as the pipeline read it, every provenance span a <mark>
 * (with an id the data's nodes link to) that links back to each node it is the provenance of.
 * Spans nest (a paragraph's span holds the spans of names inside it); one that crossed its
 * parent's end would be cut there, so the page stays well-formed.
 */
import type { Element, ElementContent } from 'hast';
import { h, render, showDate, sourcePage, spanId, type Child } from '../html.js';
import { relative, type Place } from '../locate.js';
import { provenanceOf } from '../model.js';
import type { Site, SiteFile } from '../site.js';
import type { SourceText } from '../load.js';

export interface Span {
  start: number;
  end: number;
  page: number | undefined;
  owners: Set<string>;
}

export interface Nested extends Span {
  children: Nested[];
}

/** Every span of every source, keyed by source id, each with the nodes it is the provenance of. */
export function spansBySource(site: Site): Map<string, Span[]> {
  const { g } = site;
  const bySource = new Map<string, Map<string, Span>>();
  const roots: unknown[] = [g.instruments, g.provisions, g.statements, g.mappings, g.facts, g.conflicts];
  for (const { owner, provenance: p } of provenanceOf(roots)) {
    let spans = bySource.get(p.source);
    if (!spans) bySource.set(p.source, (spans = new Map()));
    const key = spanId(p);
    let span = spans.get(key);
    if (!span) spans.set(key, (span = { start: p.start, end: p.end, page: p.page, owners: new Set() }));
    if (owner) span.owners.add(owner);
  }
  return new Map([...bySource].map(([id, spans]) => [id, [...spans.values()]]));
}

/** The page of a node, or of the nearest node above it that has one (an IRI's parent path). */
function placeOf(site: Site, iri: string): Place | undefined {
  for (let at = iri; at.length > site.loc.base.length; at = at.slice(0, at.lastIndexOf('/'))) {
    const place = site.loc.get(at);
    if (place) return place;
  }
  return undefined;
}

export function sourceFiles(site: Site): SiteFile[] {
  const spans = spansBySource(site);
  const files: SiteFile[] = [];
  for (const [id, text] of site.data.sources) files.push({ path: sourcePage(id), content: sourcePageHtml(site, text, spans.get(id) ?? []) });
  files.push(sourceList(site, spans));
  return files;
}

function sourcePageHtml(site: Site, st: SourceText, spans: Span[]): string {
  const file = sourcePage(st.source.id);
  const s = st.source;
  const body: Child =
    st.pages === null
      ? h('pre', { className: ['source'] }, marked(site, file, st.text ?? '', spans.filter((x) => x.page === undefined)))
      : st.pages.map((text, i) =>
          h('section', { id: `page-${i + 1}`, 'aria-labelledby': `page-${i + 1}-h` }, [
            h('h2', { id: `page-${i + 1}-h` }, `Page ${i + 1}`),
            h('pre', { className: ['source'] }, marked(site, file, text, spans.filter((x) => x.page === i + 1))),
          ]),
        );
  return render({
    file,
    title: s.title,
    description: `${s.title}: the raw source, with the characters each node of the data came from.`,
    section: 'sources.html',
    main: [
      h('h1', s.title),
      h('dl', { className: ['meta'] }, [
        meta('Publisher', s.publisher),
        meta('Date', showDate(s.date)),
        meta('Kind', s.kind),
        meta('Language', s.language),
        meta('File', h('code', s.file)),
        meta('sha256', h('code', s.sha256)),
        meta('Spans', `${spans.length} (each highlighted; ↗ links to the node it is the provenance of)`),
      ]),
      body,
    ],
  });
}

function meta(term: string, value: Child): Child[] {
  return [h('dt', term), h('dd', value)];
}

export function nest(spans: Span[], length: number): Nested[] {
  const sorted = spans.map((s) => ({ ...s, start: Math.min(s.start, length), end: Math.min(s.end, length), children: [] as Nested[] })).sort((a, b) => a.start - b.start || b.end - a.end);
  const root: Nested = { start: 0, end: length, page: undefined, owners: new Set(), children: [] };
  const stack: Nested[] = [root];
  for (const s of sorted) {
    while (stack.length > 1 && stack[stack.length - 1]!.end <= s.start) stack.pop();
    const parent = stack[stack.length - 1]!;
    if (s.end > parent.end) s.end = parent.end;
    parent.children.push(s);
    stack.push(s);
  }
  return root.children;
}

function marked(site: Site, file: string, text: string, spans: Span[]): ElementContent[] {
  const emit = (from: number, to: number, children: Nested[]): ElementContent[] => {
    const out: ElementContent[] = [];
    let at = from;
    for (const c of children) {
      if (c.start > at) out.push({ type: 'text', value: text.slice(at, c.start) });
      out.push(mark(site, file, c, emit(c.start, c.end, c.children)));
      at = Math.max(at, c.end);
    }
    if (to > at) out.push({ type: 'text', value: text.slice(at, to) });
    return out;
  };
  return emit(0, text.length, nest(spans, text.length));
}

function mark(site: Site, file: string, s: Nested, content: ElementContent[]): Element {
  // a paragraph's span is also its version's and its provision's: link the most specific node (whose IRI extends the others')
  const owners = [...s.owners].filter((o) => ![...s.owners].some((x) => x !== o && x.startsWith(`${o}/`)));
  const back = owners.flatMap((owner) => {
    const place = placeOf(site, owner);
    return place ? [h('a', { className: ['back'], href: relative(file, place.file, place.anchor), 'aria-label': place.label })] : [];
  });
  return h('mark', { id: spanId(s) }, [...back, ...content]);
}

function sourceList(site: Site, spans: Map<string, Span[]>): SiteFile {
  const file = 'sources.html';
  const list = [...site.data.sources.values()];
  return {
    path: file,
    content: render({
      file,
      title: 'Sources',
      description: 'The raw sources cyberlex reads, each with every provenance span.',
      section: file,
      main: [
        h('h1', 'Sources'),
        h('p', 'Every node of the data points back to the characters of the source it came from. Each source below shows its text with those spans marked.'),
        h('ul', { className: ['sources'] }, list.map((st) =>
          h('li', [
            h('a', { href: relative(file, sourcePage(st.source.id)) }, st.source.title),
            ` — ${st.source.publisher}, ${showDate(st.source.date)}; ${(spans.get(st.source.id) ?? []).length} spans`,
          ]),
        )),
      ],
    }),
  };
}
