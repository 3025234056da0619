/**
 * Search across provisions, facts and sources: a small prebuilt index (search-index.js, loaded
 * by a <script> so it works from file://, where fetch() cannot read files) and a page whose
 * script matches every word of the query. pagefind installs offline, but its runtime fetches
 * index chunks and a WebAssembly file, which file:// forbids.
 */
import { h, jsonForScript, render, sourcePage, spanId } from '../html.js';
import type { Site, SiteFile } from '../site.js';
import { spansBySource } from './source.js';

export interface SearchEntry {
  /** Kind: provision, fact, answer, source. */
  k: string;
  /** Title. */
  t: string;
  /** Link, relative to the site root. */
  u: string;
  /** Text searched and shown. */
  x: string;
}

export function searchIndex(site: Site): SearchEntry[] {
  const out: SearchEntry[] = [];
  const at = (iri: string) => {
    const place = site.loc.get(iri)!;
    return place.anchor === null ? place.file : `${place.file}#${place.anchor}`;
  };
  for (const p of site.g.provisions) {
    const latest = p.versions[p.versions.length - 1];
    if (!latest && !p.title) continue;
    out.push({ k: 'provision', t: `${site.loc.get(p['@id'])!.label}${p.title ? `: ${p.title}` : ''}`, u: at(p['@id']), x: latest?.paragraphs.map((x) => x.text).join(' ') ?? '' });
  }
  for (const m of site.g.mappings) out.push({ k: 'answer', t: `Serbia's answer on ${m.articleRef}: ${m.title}`, u: at(m['@id']), x: `${m.assessment}. ${m.statement ?? ''}` });
  for (const f of site.g.facts) {
    const text = 'text' in f && typeof f.text === 'string' ? f.text : '';
    out.push({ k: 'fact', t: `${f.name ?? f.kind} (${f.kind})`, u: at(f['@id']), x: [f.description ?? '', text].filter(Boolean).join(' ') });
  }
  // a source's text in pieces: each outermost span (the pieces the data was made from)
  for (const [id, spans] of spansBySource(site)) {
    const st = site.data.sources.get(id);
    if (!st) continue;
    const sorted = [...spans].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.start - b.start || b.end - a.end);
    let end = -1;
    let page: number | undefined;
    for (const s of sorted) {
      if (s.page === page && s.start < end) continue;
      page = s.page;
      end = s.end;
      const text = (s.page === undefined ? st.text : st.pages?.[s.page - 1])?.slice(s.start, s.end).replace(/\s+/g, ' ').trim() ?? '';
      if (text.length > 0) out.push({ k: 'source', t: st.source.title, u: `${sourcePage(id)}#${spanId(s)}`, x: text });
    }
  }
  return out;
}

export function searchFiles(site: Site): SiteFile[] {
  const file = 'search.html';
  return [
    { path: 'search-index.js', content: `window.cyberlexSearch = ${jsonForScript(searchIndex(site))};\n` },
    {
      path: file,
      content: render({
        file,
        title: 'Search',
        description: 'Search the provisions, answers, facts and sources.',
        section: file,
        scripts: ['search-index.js', 'search.js'],
        main: [
          h('h1', 'Search'),
          h('form', { className: ['search'], role: 'search', action: 'search.html' }, [
            h('label', { for: 'q' }, 'Search provisions, answers, facts and sources '),
            h('input', { type: 'search', id: 'q', name: 'q', autocomplete: 'off' }),
            ' ',
            h('button', { type: 'submit' }, 'Search'),
          ]),
          h('noscript', h('p', 'Search needs JavaScript. Without it, browse the legislation, the facts and the sources from the menu.')),
          h('p', { id: 'search-status', 'aria-live': 'polite' }),
          h('ol', { id: 'results', className: ['results'] }),
        ],
      }),
    },
  ];
}
