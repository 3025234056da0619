/** The page frame every page shares, and the small pieces pages are built from (hast, serialised once). */
import { toHtml } from 'hast-util-to-html';
import { h as hast, type Properties } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Provenance } from '@cyberlex/schema';
import { relative } from './locate.js';

export type Child = ElementContent | string | null | undefined | Child[];

/** hastscript's `h`, taking children nested to any depth (they are flattened; null and undefined dropped). */
export function h(selector: string, props?: Properties | Child, ...children: Child[]): Element {
  // a node passed where properties may go is an element (it has a tagName) or a text node; properties never have a tagName
  const isProps = props !== null && typeof props === 'object' && !Array.isArray(props) && !('tagName' in props) && !(props.type === 'text' && 'value' in props && Object.keys(props).length <= 3);
  return isProps ? hast(selector, props as Properties, flat(children)) : hast(selector, flat([props as Child, ...children]));
}

export interface PageSpec {
  /** Where the page is written, relative to the site root (posix). */
  file: string;
  title: string;
  description: string;
  /** The node's IRI, when the page is the node's own (a provision, a version, an instrument). */
  canonical?: string;
  /** A JSON-LD description of the page's node, embedded as it is. */
  jsonld?: unknown;
  /** Scripts (site-root-relative) the page needs; the page reads without them. */
  scripts?: string[];
  /** Which top-level section the page belongs to (its nav link is marked current). */
  section?: string;
  main: Child[];
}

const NAV: [string, string][] = [
  ['index.html', 'Compliance matrix'],
  ['legislation.html', 'Legislation'],
  ['sources.html', 'Sources'],
  ['facts.html', 'Facts'],
  ['changes.html', 'Changes'],
  ['conflicts.html', 'Conflicts'],
  ['search.html', 'Search'],
];

export function render(spec: PageSpec): string {
  const to = (file: string) => relative(spec.file, file);
  const head = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', `${spec.title} · cyberlex`),
    h('meta', { name: 'description', content: spec.description }),
    spec.canonical ? h('link', { rel: 'canonical', href: spec.canonical }) : null,
    h('link', { rel: 'stylesheet', href: to('style.css') }),
    h('link', { rel: 'alternate', type: 'application/atom+xml', title: 'cyberlex: changes to legislation', href: to('changes.atom') }),
    spec.jsonld === undefined ? null : h('script', { type: 'application/ld+json' }, jsonForScript(spec.jsonld)),
  ];
  const nav = h(
    'nav',
    { 'aria-label': 'Site' },
    h(
      'ul',
      NAV.map(([file, label]) => h('li', h('a', { href: to(file), 'aria-current': spec.section === file ? 'page' : undefined }, label))),
    ),
  );
  const body = [
    h('a', { className: ['skip'], href: '#main' }, 'Skip to content'),
    h('header', h('p', { className: ['brand'] }, h('a', { href: to('index.html') }, 'cyberlex')), nav),
    h('main', { id: 'main' }, flat(spec.main)),
    h(
      'footer',
      h('p', 'Unofficial English texts as the sources print them; every paragraph links to the characters of the source it came from. Generated from the cyberlex data packages.'),
    ),
    ...(spec.scripts ?? []).map((s) => h('script', { src: to(s), defer: true })),
  ];
  const tree = hast(null, [{ type: 'doctype' } as never, h('html', { lang: 'en' }, [h('head', head), h('body', body)])]);
  return `${toHtml(tree)}\n`;
}

/** JSON inside <script>: `<` escaped so no `</script>` can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function flat(children: Child[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const c of children) {
    if (c === null || c === undefined) continue;
    if (Array.isArray(c)) out.push(...flat(c));
    else if (typeof c === 'string') out.push({ type: 'text', value: c });
    else out.push(c);
  }
  return out;
}

/** The element id of a provenance span on its source page. */
export function spanId(p: Pick<Provenance, 'start' | 'end' | 'page'>): string {
  return p.page === undefined ? `s-${p.start}-${p.end}` : `s-p${p.page}-${p.start}-${p.end}`;
}

export function sourcePage(sourceId: string): string {
  return `sources/${sourceId}.html`;
}

/** Links from a node to the characters of each source it came from. */
export function provenanceLinks(fromFile: string, provenance: readonly Provenance[], titleOf: (id: string) => string): Child {
  if (provenance.length === 0) return null;
  return h(
    'span',
    { className: ['prov'] },
    provenance.map((p, i) => [
      i > 0 ? ' ' : null,
      h(
        'a',
        { className: ['src'], href: relative(fromFile, sourcePage(p.source), spanId(p)), title: `${titleOf(p.source)}${p.page ? `, page ${p.page}` : ''}, characters ${p.start}–${p.end}` },
        `source ${i + 1}`,
      ),
    ]),
  );
}

export function link(href: string | undefined, text: string, className?: string): Child {
  return href === undefined ? h('span', text) : h('a', { href, className: className ? [className] : undefined }, text);
}

/** A date as a lawyer reads it; null stays visible as "date not given". */
export function showDate(date: string | null): string {
  if (date === null) return 'date not given';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${d} ${month} ${y}`;
}
