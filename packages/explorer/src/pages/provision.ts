/**
 * A provision's page at its ELI path: the text in force on a chosen date (every version is on
 * the page; a small script shows the one in force on the date picked, and without it all are
 * listed, each with its dates), the timeline of versions with the acts that made them, links
 * to a word diff of any two versions, statements, conflicts and the Convention articles it
 * implements. Each version also has its own page at its version IRI.
 */
import type { Element } from 'hast';
import type { Provision, Version } from '@cyberlex/schema';
import { h, link, provenanceLinks, render, showDate, type Child } from '../html.js';
import { anchorOf, pageOf, relative } from '../locate.js';
import { ancestors, appliedArticles, articleOf, conflictsAbout, mappingsCiting, statementsAbout, versionSlug, within } from '../model.js';
import type { Site, SiteFile } from '../site.js';
import { diffParagraphs } from '@cyberlex/pipeline';
import { diffFile, diffList, diffPages } from './diff.js';

export function provisionFiles(site: Site, p: Provision): SiteFile[] {
  const file = pageOf(site.loc.base, p['@id']);
  const files: SiteFile[] = [{ path: file, content: provisionPage(site, p, file) }];
  for (const v of p.versions) {
    const vfile = pageOf(site.loc.base, v['@id']);
    files.push({ path: vfile, content: versionPage(site, p, v, vfile) });
  }
  files.push(...diffPages(site, p));
  return files;
}

function heading(site: Site, p: Provision): string {
  const label = site.loc.get(p['@id'])!.label;
  return p.title ? `${label}: ${p.title}` : label;
}

export function breadcrumbs(site: Site, file: string, iri: string): Child {
  const chain = ancestors(site.g, iri);
  if (chain.length === 0) return null;
  return h(
    'nav',
    { 'aria-label': 'Breadcrumbs', className: ['crumbs'] },
    h(
      'ol',
      chain.map((a) => {
        const node = site.g.byId.get(a)?.node;
        const name = node && 'title' in node && node.title ? node.title : (site.loc.get(a)?.label ?? a);
        return h('li', link(site.loc.href(file, a), node && 'kind' in node && node.kind !== 'article' && 'number' in node && node.number ? `${cap(node.kind)} ${node.number}: ${name}` : name));
      }),
    ),
  );
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function provisionPage(site: Site, p: Provision, file: string): string {
  const title = heading(site, p);
  const article = p.versions.length === 0 && p.kind === 'paragraph' ? articleOf(site.g, p) : undefined;
  const main: Child[] = [
    breadcrumbs(site, file, p['@id']),
    h('h1', title),
    h('p', { className: ['iri'] }, 'IRI: ', h('code', p['@id'])),
    p.versions.length > 0 ? textOnDate(site, p, file) : null,
    article ? paragraphText(site, p, article, file) : null,
    p.versions.length > 0 ? timeline(site, p, file) : null,
    p.versions.length > 1 ? compare(site, p, file) : null,
    parts(site, p, file),
    conventionLinks(site, p, file),
    statements(site, p, file),
    conflicts(site, p, file),
    p.provenance.length > 0 ? h('section', h('h2', 'Where the sources give it'), h('p', provenanceLinks(file, p.provenance, site.sourceTitle))) : null,
  ];
  return render({
    file,
    title,
    description: `${title}: every version, with the acts that amended it, as the sources give it.`,
    canonical: p['@id'],
    jsonld: { '@context': site.data.context, ...p },
    scripts: p.versions.length > 0 ? ['explorer.js'] : [],
    section: 'legislation.html',
    main,
  });
}

function dates(v: Version): string {
  const what = v.status === 'deleted' ? 'Deleted' : v.status === 'in-force' ? 'In force' : cap(v.status);
  const from = v.versionDate === null ? ' (start date not given by any source)' : ` from ${showDate(v.versionDate)}`;
  return v.validUntil === null ? `${what}${from}` : `${what}${from} until ${showDate(v.validUntil)}`;
}

function textOnDate(site: Site, p: Provision, file: string): Child {
  return h('section', { className: ['on-date'], 'aria-labelledby': 'text-h' }, [
    h('h2', { id: 'text-h' }, 'Text'),
    // the picker needs the script; without it every version is listed below, each with its dates
    h('form', { className: ['date-picker'], hidden: true }, [
      h('label', { for: 'on' }, 'Text in force on '),
      h('input', { type: 'date', id: 'on', name: 'on' }),
      h('output', { id: 'on-status', for: 'on', 'aria-live': 'polite' }),
    ]),
    p.versions.map((v) => versionSection(site, v, file)),
    h('p', { className: ['not-in-force'], hidden: true }, 'Not in force on this date: no version of this provision covers it.'),
  ]);
}

function versionSection(site: Site, v: Version, file: string): Element {
  const slug = versionSlug(v);
  return h('section', { className: ['version'], id: `v-${slug}`, dataFrom: v.versionDate ?? '', dataUntil: v.validUntil ?? '', 'aria-labelledby': `v-${slug}-h` }, [
    h('h3', { id: `v-${slug}-h` }, dates(v)),
    amendedBy(site, v, file),
    paragraphs(site, v, file),
  ]);
}

function amendedBy(site: Site, v: Version, file: string): Child {
  if (v.amendedBy.length === 0) return null;
  return h('p', { className: ['amended-by'] }, 'Made by ', v.amendedBy.map((a, i) => [i > 0 ? ', ' : null, link(site.loc.href(file, a), site.loc.get(a)?.label ?? a)]));
}

function paragraphs(site: Site, v: Version, file: string, only?: string): Child {
  const slug = versionSlug(v);
  const list = v.paragraphs.filter((para) => only === undefined || para.number === only);
  if (list.length === 0) return h('p', { className: ['empty'] }, v.status === 'deleted' ? 'Deleted: this version has no text.' : 'The sources give no text for this version.');
  return h(
    'div',
    { className: ['paragraphs'] },
    list.map((para) =>
      h('p', { id: `v-${slug}-p${para.number ?? ''}`, className: ['para'] }, [
        para.number ? h('span', { className: ['num'] }, `(${para.number}) `) : null,
        para.text,
        ' ',
        provenanceLinks(file, para.provenance, site.sourceTitle),
      ]),
    ),
  );
}

function paragraphText(site: Site, p: Provision, article: Provision, file: string): Child {
  const number = p.ref.slice(p.ref.lastIndexOf('/') + 1);
  return h('section', { 'aria-labelledby': 'para-h' }, [
    h('h2', { id: 'para-h' }, 'Text in each version of ', link(site.loc.href(file, article['@id']), site.loc.get(article['@id'])!.label)),
    article.versions.map((v) => h('section', { className: ['version'] }, [h('h3', dates(v)), amendedBy(site, v, file), paragraphs(site, v, file, number)])),
  ]);
}

function timeline(site: Site, p: Provision, file: string): Child {
  return h('section', { 'aria-labelledby': 'timeline-h' }, [
    h('h2', { id: 'timeline-h' }, 'Versions'),
    h(
      'ol',
      { className: ['timeline'] },
      p.versions.map((v) =>
        h('li', [
          h('a', { href: site.loc.href(file, v['@id']) }, v.versionDate !== null ? showDate(v.versionDate) : v.status === 'deleted' ? 'Deleted (date not given)' : 'Original text (start date not given)'),
          v.validUntil ? ` – until ${showDate(v.validUntil)}` : ' – no end date given',
          v.status !== 'in-force' ? ` (${v.status})` : null,
          v.amendedBy.length > 0 ? [': made by ', v.amendedBy.map((a, i) => [i > 0 ? ', ' : null, link(site.loc.href(file, a), site.loc.get(a)?.label ?? a)])] : null,
        ]),
      ),
    ),
  ]);
}

function compare(site: Site, p: Provision, file: string): Child {
  const pairs: [Version, Version][] = [];
  p.versions.forEach((a, i) => p.versions.slice(i + 1).forEach((b) => pairs.push([a, b])));
  return h('section', { 'aria-labelledby': 'compare-h' }, [
    h('h2', { id: 'compare-h' }, 'What changed'),
    // each amendment's changed paragraphs, inline; any two versions on a page of their own
    p.versions.slice(1).map((b, i) => {
      const a = p.versions[i]!;
      return h('details', { className: ['change'] }, [
        h('summary', `From ${label(a)} to ${label(b)}`),
        diffList(diffParagraphs(a.paragraphs, b.paragraphs), true),
      ]);
    }),
    h('p', 'Compare any two versions:'),
    h(
      'ul',
      pairs.map(([a, b]) => h('li', h('a', { href: relative(file, diffFile(site, p, a, b)) }, `What changed from ${label(a)} to ${label(b)}`))),
    ),
  ]);
}

export function label(v: Version): string {
  return v.versionDate !== null ? `the version of ${showDate(v.versionDate)}` : v.status === 'deleted' ? 'the deletion (date not given)' : 'the original text';
}

function parts(site: Site, p: Provision, file: string): Child {
  const list = p.hasPart.filter((iri) => site.loc.get(iri));
  if (list.length === 0) return null;
  return h('section', { 'aria-labelledby': 'parts-h' }, [
    h('h2', { id: 'parts-h' }, 'Parts'),
    h(
      'ul',
      list.map((iri) => {
        const node = site.g.byId.get(iri)?.node as Provision | undefined;
        return h('li', link(site.loc.href(file, iri), `${site.loc.get(iri)!.label}${node?.title ? `: ${node.title}` : ''}`));
      }),
    ),
  ]);
}

function conventionLinks(site: Site, p: Provision, file: string): Child {
  const answer = site.g.mappings.find((m) => m.article === p['@id']);
  if (answer) {
    return h('section', { 'aria-labelledby': 'answer-h' }, [
      h('h2', { id: 'answer-h' }, "Serbia's answer"),
      h('p', h('strong', answer.assessment), ` (rule: ${answer.rule}) `, link(relative(file, 'index.html', anchorOf(answer.articleRef)), 'in the compliance matrix')),
      answer.statement ? h('blockquote', h('p', answer.statement)) : h('p', 'The profile gives no answer text.'),
      answer.provisions.length > 0
        ? [h('p', 'Provisions it cites:'), h('ul', answer.provisions.map((iri) => h('li', link(site.loc.href(file, iri), site.loc.get(iri)?.label ?? iri))))]
        : null,
    ]);
  }
  const mapped = mappingsCiting(site.g, p['@id']);
  const applied = appliedArticles(site.g, p['@id']).filter((a) => !mapped.some((m) => m.article === a));
  if (mapped.length === 0 && applied.length === 0) return null;
  return h('section', { 'aria-labelledby': 'implements-h' }, [
    h('h2', { id: 'implements-h' }, 'Convention articles it implements'),
    h('ul', [
      mapped.map((m) =>
        h('li', [
          link(site.loc.href(file, m.article), `${site.loc.get(m.article)?.label ?? m.articleRef}${m.title ? `: ${m.title}` : ''}`),
          ` — assessed `,
          h('strong', m.assessment),
          ' (',
          link(relative(file, 'index.html', anchorOf(m.articleRef)), 'matrix'),
          ')',
        ]),
      ),
      applied.map((a) => h('li', link(site.loc.href(file, a), site.loc.get(a)?.label ?? a), ' — cited in the answer on this article')),
    ]),
  ]);
}

function statements(site: Site, p: Provision, file: string): Child {
  const list = statementsAbout(site.g, p['@id']);
  if (list.length === 0) return null;
  return h('section', { 'aria-labelledby': 'statements-h' }, [
    h('h2', { id: 'statements-h' }, 'What the sources say about it'),
    h(
      'ul',
      list.map((s) =>
        h('li', { id: anchorOf(s['@id']) }, [
          h('strong', s.kind),
          ': “',
          s.text,
          '” — ',
          site.sourceTitle(s.source),
          s.sourceDate ? ` (${showDate(s.sourceDate)})` : ' (source undated)',
          s.about.some((a) => a !== p['@id'] && within(p['@id'], a)) ? ' (about a part of this provision)' : null,
          ' ',
          provenanceLinks(file, s.provenance, site.sourceTitle),
        ]),
      ),
    ),
  ]);
}

function conflicts(site: Site, p: Provision, file: string): Child {
  const list = conflictsAbout(site.g, p['@id']);
  if (list.length === 0) return null;
  return h('section', { 'aria-labelledby': 'conflicts-h' }, [
    h('h2', { id: 'conflicts-h' }, 'Where the sources disagree'),
    h('ul', list.map((c) => h('li', c.description, ' ', link(site.loc.href(file, c['@id']), 'all claims')))),
  ]);
}

function versionPage(site: Site, p: Provision, v: Version, file: string): string {
  const title = `${heading(site, p)} — ${label(v)}`;
  return render({
    file,
    title,
    description: `${title}: ${dates(v)}.`,
    canonical: v['@id'],
    jsonld: { '@context': site.data.context, ...v },
    section: 'legislation.html',
    main: [
      breadcrumbs(site, file, p['@id']),
      h('h1', title),
      h('p', 'A version of ', link(site.loc.href(file, p['@id']), site.loc.get(p['@id'])!.label), ' (all its versions, and what changed between them).'),
      h('p', { className: ['iri'] }, 'IRI: ', h('code', v['@id'])),
      h('section', { className: ['version'] }, [h('h2', dates(v)), amendedBy(site, v, file), paragraphs(site, v, file)]),
    ],
  });
}
