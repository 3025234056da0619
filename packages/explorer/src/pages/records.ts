/** The facts page (every fact of the dataset packages, by kind) and the conflicts page (both claims of each). */
import type { Fact } from '@cyberlex/schema';
import { h, link, provenanceLinks, render, showDate, type Child } from '../html.js';
import { anchorOf } from '../locate.js';
import type { Site, SiteFile } from '../site.js';

/** Fields shown as the fact's heading and text, or left out as plumbing; the rest are listed as they are. */
const SHOWN = new Set(['@id', '@type', 'kind', 'name', 'description', 'text', 'provenance', 'evidence', 'alternateNames', 'source', 'sourceDate']);

export function factsFile(site: Site): SiteFile {
  const file = 'facts.html';
  const kinds = [...new Set(site.g.facts.map((f) => f.kind))].sort();
  return {
    path: file,
    content: render({
      file,
      title: 'Facts',
      description: 'What the sources state besides the law: Convention status, declarations, institutions, strategies, cases, events.',
      section: file,
      main: [
        h('h1', 'Facts'),
        h('p', `${site.g.facts.length} facts from the sources, by kind. Each names the source it comes from and links to its characters there.`),
        h('nav', { 'aria-label': 'Kinds of fact' }, h('ul', { className: ['inline'] }, kinds.map((k) => h('li', h('a', { href: `#kind-${k}` }, k))))),
        kinds.map((k) =>
          h('section', { id: `kind-${k}`, 'aria-labelledby': `kind-${k}-h` }, [
            h('h2', { id: `kind-${k}-h` }, k),
            site.g.facts.filter((f) => f.kind === k).map((f) => fact(site, file, f)),
          ]),
        ),
      ],
    }),
  };
}

function fact(site: Site, file: string, f: Fact): Child {
  const rest = Object.entries(f).filter(([k, v]) => !SHOWN.has(k) && v !== null && !(Array.isArray(v) && v.length === 0));
  return h('article', { id: anchorOf(f['@id']), className: ['fact'] }, [
    h('h3', f.name ?? `${f.kind} (unnamed)`),
    f.description ? h('p', f.description) : null,
    'text' in f && typeof f.text === 'string' && f.text !== f.description ? h('blockquote', h('p', f.text)) : null,
    rest.length > 0 ? h('dl', rest.map(([k, v]) => [h('dt', k), h('dd', value(site, file, v))])) : null,
    h('p', { className: ['from'] }, 'From ', link(`sources/${f.source}.html`, site.sourceTitle(f.source)), f.sourceDate ? ` (${showDate(f.sourceDate)})` : '', ' ', provenanceLinks(file, f.provenance, site.sourceTitle)),
  ]);
}

/** A field's value as text: IRIs of nodes the site has become links, lists are joined, objects show their text. */
function value(site: Site, file: string, v: unknown): Child {
  if (Array.isArray(v)) return v.map((x, i) => [i > 0 ? '; ' : null, value(site, file, x)]);
  if (typeof v === 'string') {
    const href = v.startsWith('http') ? site.loc.href(file, v) : undefined;
    return href ? h('a', { href }, site.loc.get(v)!.label) : v;
  }
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const text = ['name', 'text', 'title', 'label'].map((k) => o[k]).find((x) => typeof x === 'string') as string | undefined;
    return text ?? Object.entries(o).filter(([k]) => k !== 'provenance').map(([k, x]) => `${k}: ${typeof x === 'object' ? JSON.stringify(x) : String(x)}`).join(', ');
  }
  return String(v);
}

export function conflictsFile(site: Site): SiteFile {
  const file = 'conflicts.html';
  return {
    path: file,
    content: render({
      file,
      title: 'Conflicts',
      description: 'Where two sources (or one source and its own numbering) disagree: both claims are kept.',
      section: file,
      main: [
        h('h1', 'Where the sources disagree'),
        h('p', 'cyberlex never picks a winner silently: where sources disagree, each claim is kept with where it comes from.'),
        site.g.conflicts.length === 0
          ? h('p', 'No conflicts.')
          : h('ul', { className: ['conflicts'] }, site.g.conflicts.map((c) =>
              h('li', { id: anchorOf(c['@id']) }, [
                h('p', h('strong', c.description)),
                h('p', 'About ', subject(site, file, c.subject), ', property ', h('code', c.property), ':'),
                h('ul', c.claims.map((claim) => h('li', ['“', String(claim.value), '” according to ', site.sourceTitle(claim.source), ' ', provenanceLinks(file, claim.provenance, site.sourceTitle)]))),
              ]),
            )),
      ],
    }),
  };
}

function subject(site: Site, file: string, iri: string): Child {
  for (let at = iri; at.length > site.loc.base.length; at = at.slice(0, at.lastIndexOf('/'))) {
    const href = site.loc.href(file, at);
    if (href) return h('a', { href }, at === iri ? site.loc.get(at)!.label : `${site.loc.get(at)!.label} (${iri.slice(at.length + 1)})`);
  }
  return h('code', iri);
}
