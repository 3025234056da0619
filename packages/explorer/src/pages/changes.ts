/**
 * Changes to legislation: every package's legal changelog (changes.json), newest first, and the
 * same as an Atom feed. A change no source dates is listed (under "date not given") but left out
 * of the feed, which needs a date for each entry and must not be given one we do not have.
 */
import type { Change } from '@cyberlex/schema';
import { h, link, render, showDate, type Child } from '../html.js';
import type { Site, SiteFile } from '../site.js';

interface Entry {
  package: string;
  index: number;
  change: Change;
}

export function entries(site: Site): Entry[] {
  const all = site.data.packages.flatMap((p) => p.changes.map((change, index) => ({ package: p.name, index, change })));
  // newest first; undated last; ties keep package order, then the changelog's own order
  return all.sort((a, b) => (a.change.date === b.change.date ? 0 : a.change.date === null ? 1 : b.change.date === null ? -1 : a.change.date < b.change.date ? 1 : -1));
}

function refLink(site: Site, file: string, ref: string): Child {
  const p = site.g.provisions.find((x) => x.ref === ref) ?? site.g.instruments.find((x) => x.ref === ref);
  return p ? link(site.loc.href(file, p['@id']), site.loc.get(p['@id'])?.label ?? ref) : h('code', ref);
}

export function changesFiles(site: Site): SiteFile[] {
  const file = 'changes.html';
  const list = entries(site);
  const main: Child[] = [
    h('h1', 'Changes to legislation'),
    h('p', ['Every amendment the data records, newest first, from each package’s legal changelog. Also as an ', h('a', { href: 'changes.atom' }, 'Atom feed'), '.']),
    h('ol', { className: ['changes'] }, list.map((e) =>
      h('li', { id: `${e.package.replace(/[^a-z0-9]+/g, '-')}-${e.index}` }, [
        h('p', [h('strong', e.change.date === null ? 'Date not given' : h('time', { dateTime: e.change.date }, showDate(e.change.date))), ` · ${e.package} · ${e.change.bump}`]),
        h('p', e.change.summary),
        h('p', { className: ['refs'] }, 'Provisions: ', e.change.refs.map((r, i) => [i > 0 ? ', ' : null, refLink(site, file, r)]), e.change.acts.length > 0 ? ['; by ', e.change.acts.map((a, i) => [i > 0 ? ', ' : null, refLink(site, file, a)])] : null),
      ]),
    )),
  ];
  return [
    { path: file, content: render({ file, title: 'Changes to legislation', description: 'Amendments to the provisions cyberlex holds, newest first.', section: file, main }) },
    { path: 'changes.atom', content: atom(site, list) },
  ];
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function atom(site: Site, list: Entry[]): string {
  const dated = list.filter((e) => e.change.date !== null);
  const base = site.loc.base;
  // Atom requires <updated>: the newest change's date, never the build's time (same data, same bytes);
  // a feed with no dated change has no entries and takes the epoch rather than an invented date
  const updated = dated[0]?.change.date ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(base)}changes</id>`,
    '  <title>cyberlex: changes to legislation</title>',
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <link rel="alternate" type="text/html" href="changes.html"/>`,
    `  <link rel="self" type="application/atom+xml" href="changes.atom"/>`,
    '  <author><name>cyberlex</name></author>',
    ...dated.map((e) => {
      const anchor = `${e.package.replace(/[^a-z0-9]+/g, '-')}-${e.index}`;
      return [
        '  <entry>',
        `    <id>${xml(base)}changes#${anchor}</id>`,
        `    <title>${xml(e.change.summary.split(':')[0]!)}</title>`,
        `    <updated>${e.change.date}T00:00:00Z</updated>`,
        `    <link rel="alternate" type="text/html" href="changes.html#${anchor}"/>`,
        `    <category term="${xml(e.package)}"/>`,
        `    <summary>${xml(e.change.summary)}</summary>`,
        '  </entry>',
      ].join('\n');
    }),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
