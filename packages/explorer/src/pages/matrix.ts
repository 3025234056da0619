/**
 * The compliance matrix: every Convention article the profile answers, with Serbia's graded
 * assessment, the rule that graded it, the answer's text and links to the provisions it cites;
 * then the Convention's articles the profile does not answer. Filters (by assessment and
 * chapter) need the script; without it every row shows.
 */
import type { Provision } from '@cyberlex/schema';
import { h, link, provenanceLinks, render, type Child } from '../html.js';
import { anchorOf } from '../locate.js';
import { byNatural, chapterOf, type Mapping } from '../model.js';
import type { Site, SiteFile } from '../site.js';

const FILE = 'index.html';

export function matrixFile(site: Site): SiteFile {
  const mappings = [...site.g.mappings].sort(byNatural((m) => m.articleRef));
  const chapters = new Map<string, Provision>();
  for (const m of mappings) {
    const c = chapterOf(site.g, m.article);
    if (c) chapters.set(c['@id'], c);
  }
  const assessments = [...new Set(mappings.map((m) => m.assessment))];
  const counts = assessments.map((a) => `${mappings.filter((m) => m.assessment === a).length} ${a}`).join(', ');
  const conventions = new Set(mappings.map((m) => (site.g.byId.get(m.article)?.node as Provision | undefined)?.instrument));
  const convention = site.g.provisions.filter((p) => p.kind === 'article' && conventions.has(p.instrument));
  const unanswered = convention.filter((p) => !mappings.some((m) => m.article === p['@id'])).sort(byNatural((p) => p.ref));
  const unstated = mappings.filter((m) => m.assessment === 'unstated');
  const numbers = mappings.map((m) => Number(m.articleRef.split(':')[1])).filter(Number.isInteger);
  const highest = Math.max(...numbers);
  const missing: number[] = [];
  for (let n = 1; n <= highest; n++) if (!numbers.includes(n) && !unanswered.some((p) => p.number === String(n))) missing.push(n);

  const main: Child[] = [
    h('h1', 'Budapest Convention: how Serbia implements it'),
    h('p', [
      `Serbia's answer to each article of the Convention on Cybercrime (ETS 185), as the Council of Europe country profile gives it, graded by the rule named in each row: ${counts}. `,
      'Each cited provision links to its page, with every version of its text.',
    ]),
    h('form', { className: ['filters'], hidden: true, 'aria-label': 'Filter the matrix' }, [
      h('label', { for: 'f-assessment' }, 'Assessment '),
      h('select', { id: 'f-assessment' }, [h('option', { value: '' }, 'all'), assessments.map((a) => h('option', { value: a }, a))]),
      ' ',
      h('label', { for: 'f-chapter' }, 'Chapter '),
      h('select', { id: 'f-chapter' }, [h('option', { value: '' }, 'all'), [...chapters.values()].map((c) => h('option', { value: c.ref }, `${c.number}: ${c.title ?? ''}`))]),
      ' ',
      h('output', { id: 'f-count', 'aria-live': 'polite' }),
    ]),
    h('div', { className: ['table-wrap'] }, h('table', { className: ['matrix'] }, [
      h('caption', 'Convention articles and Serbia’s answers'),
      h('thead', h('tr', ['Article', 'Chapter', 'Assessment (rule)', 'Answer', 'Cited provisions'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', mappings.map((m) => row(site, m))),
    ])),
    h('section', { 'aria-labelledby': 'unanswered-h' }, [
      h('h2', { id: 'unanswered-h' }, 'Articles the profile does not answer'),
      unstated.length > 0
        ? [h('p', 'Quoted, but answered with no text or no assessment:'), h('ul', unstated.map((m) => h('li', link(site.loc.href(FILE, m.article), `Article ${m.articleRef.split(':')[1]}${m.title ? `: ${m.title}` : ''}`), ` (${m.rule})`)))]
        : null,
      unanswered.length > 0 ? [h('p', 'Quoted, with no answer:'), h('ul', unanswered.map((p) => h('li', link(site.loc.href(FILE, p['@id']), `Article ${p.number}${p.title ? `: ${p.title}` : ''}`))))] : null,
      missing.length > 0
        ? h('p', `Not quoted in the profile at all: Article${missing.length === 1 ? '' : 's'} ${ranges(missing)}; the profile quotes none after Article ${highest}.`)
        : null,
    ]),
  ];
  return {
    path: FILE,
    content: render({ file: FILE, title: 'Compliance matrix', description: "Serbia's implementation of the Budapest Convention, article by article.", section: FILE, scripts: ['explorer.js'], main }),
  };
}

function row(site: Site, m: Mapping): Child {
  const chapter = chapterOf(site.g, m.article);
  const cited = [...new Set([...m.provisions, ...m.instruments])];
  return h('tr', { id: anchorOf(m.articleRef), dataAssessment: m.assessment, dataChapter: chapter?.ref ?? '' }, [
    h('th', { scope: 'row' }, link(site.loc.href(FILE, m.article), `Art. ${m.articleRef.split(':')[1]}`), m.title ? h('span', { className: ['art-title'] }, ` ${m.title}`) : null),
    h('td', chapter ? chapter.number : '—'),
    h('td', h('span', { className: ['grade', `grade-${m.assessment}`] }, m.assessment), h('br'), h('code', { className: ['rule'] }, m.rule)),
    h('td', { className: ['answer'] }, m.statement ?? h('em', 'no answer text'), ' ', provenanceLinks(FILE, m.provenance, site.sourceTitle)),
    h('td', cited.length === 0 ? '—' : h('ul', { className: ['cited'] }, cited.map((iri) => h('li', link(site.loc.href(FILE, iri), site.loc.get(iri)?.label ?? iri))))),
  ]);
}

function ranges(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(i === j ? `${ns[i]}` : `${ns[i]}–${ns[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}
