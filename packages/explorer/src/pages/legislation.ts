/** The legislation index (every instrument and its provisions) and a page per instrument at its ELI path. */
import type { Provision } from '@cyberlex/schema';
import { h, link, provenanceLinks, render, showDate, type Child } from '../html.js';
import { pageOf } from '../locate.js';
import { byNatural, type Instrument } from '../model.js';
import type { Site, SiteFile } from '../site.js';

export function legislationFiles(site: Site): SiteFile[] {
  const file = 'legislation.html';
  const instruments = site.g.instruments;
  const files: SiteFile[] = [
    {
      path: file,
      content: render({
        file,
        title: 'Legislation',
        description: 'Every instrument cyberlex holds, with its provisions.',
        section: file,
        main: [
          h('h1', 'Legislation'),
          instruments.map((i) =>
            h('section', { 'aria-labelledby': `i-${i.ref}` }, [
              h('h2', { id: `i-${i.ref}` }, link(site.loc.href(file, i['@id']), i.title), ` (${i.kind})`),
              provisionList(site, file, i),
            ]),
          ),
        ],
      }),
    },
  ];
  for (const i of instruments) files.push(instrumentFile(site, i));
  return files;
}

function provisionsOf(site: Site, i: Instrument): Provision[] {
  return site.g.provisions.filter((p) => p.instrument === i['@id'] && p.kind !== 'paragraph').sort(byNatural((p) => p.ref));
}

function provisionList(site: Site, file: string, i: Instrument): Child {
  const list = provisionsOf(site, i);
  if (list.length === 0) return h('p', 'No provisions of it are quoted in the sources.');
  return h('ul', { className: ['provisions'] }, list.map((p) => h('li', link(site.loc.href(file, p['@id']), `${site.loc.get(p['@id'])!.label}${p.title ? `: ${p.title}` : ''}`), p.versions.length > 1 ? ` (${p.versions.length} versions)` : null)));
}

function instrumentFile(site: Site, i: Instrument): SiteFile {
  const file = pageOf(site.loc.base, i['@id']);
  const amended = site.g.provisions.filter((p) => p.versions.some((v) => v.amendedBy.includes(i['@id'])));
  const dated = (label: string, d: string | null | undefined) => (d === undefined ? null : [h('dt', label), h('dd', showDate(d))]);
  return {
    path: file,
    content: render({
      file,
      title: i.title,
      description: `${i.title}: the provisions cyberlex holds, every version of each.`,
      canonical: i['@id'],
      jsonld: { '@context': site.data.context, ...i },
      section: 'legislation.html',
      main: [
        h('h1', i.title),
        h('p', { className: ['iri'] }, 'IRI: ', h('code', i['@id'])),
        h('dl', { className: ['meta'] }, [
          h('dt', 'Kind'),
          h('dd', i.kind),
          i.number ? [h('dt', 'Number'), h('dd', i.number)] : null,
          dated('First entry into force', i.firstDateEntryInForce),
          i.alternateNames.length > 0 ? [h('dt', 'Also called'), h('dd', i.alternateNames.map((n) => n.name).join('; '))] : null,
          h('dt', 'Where the sources give it'),
          h('dd', provenanceLinks(file, i.provenance, site.sourceTitle)),
        ]),
        amended.length > 0
          ? h('section', [h('h2', 'Provisions it amended'), h('ul', amended.map((p) => h('li', link(site.loc.href(file, p['@id']), site.loc.get(p['@id'])!.label))))])
          : null,
        h('section', [h('h2', 'Provisions'), provisionList(site, file, i)]),
      ],
    }),
  };
}
