/**
 * A word diff of two versions of a provision, paragraph by paragraph (the pipeline's
 * diffParagraphs: paired by number, words compared with jsdiff). Insertions are <ins>, deletions
 * <del>: underlined and struck through, with a bracketed label for screen readers, so the
 * diff reads without colour.
 */
import { posix } from 'node:path';
import { diffParagraphs, type ParagraphDiff, type WordOp } from '@cyberlex/pipeline';
import type { Provision, Version } from '@cyberlex/schema';
import { h, link, render, type Child } from '../html.js';
import { pageOf } from '../locate.js';
import { versionSlug } from '../model.js';
import type { Site, SiteFile } from '../site.js';
import { breadcrumbs, label } from './provision.js';

export function diffFile(site: Site, p: Provision, a: Version, b: Version): string {
  return `${posix.dirname(pageOf(site.loc.base, p['@id']))}/diff/${versionSlug(a)}_to_${versionSlug(b)}.html`;
}

export function diffPages(site: Site, p: Provision): SiteFile[] {
  const out: SiteFile[] = [];
  p.versions.forEach((a, i) => {
    for (const b of p.versions.slice(i + 1)) {
      const file = diffFile(site, p, a, b);
      out.push({ path: file, content: diffPage(site, p, a, b, file) });
    }
  });
  return out;
}

function diffPage(site: Site, p: Provision, a: Version, b: Version, file: string): string {
  const name = site.loc.get(p['@id'])!.label;
  const title = `${name}: what changed from ${label(a)} to ${label(b)}`;
  const diffs = diffParagraphs(a.paragraphs, b.paragraphs);
  return render({
    file,
    title,
    description: `A word diff of ${name} between two of its versions.`,
    section: 'legislation.html',
    main: [
      breadcrumbs(site, file, p['@id']),
      h('h1', title),
      h('p', [
        'From ',
        link(site.loc.href(file, a['@id']), label(a)),
        ' to ',
        link(site.loc.href(file, b['@id']), label(b)),
        b.amendedBy.length > 0 ? [', made by ', b.amendedBy.map((act, i) => [i > 0 ? ', ' : null, link(site.loc.href(file, act), site.loc.get(act)?.label ?? act)])] : null,
        '. Back to ',
        link(site.loc.href(file, p['@id']), name),
        '.',
      ]),
      h('p', { className: ['legend'] }, 'Inserted words are ', h('ins', 'underlined'), ', deleted words ', h('del', 'struck through'), '.'),
      diffList(diffs),
    ],
  });
}

/** The paragraphs of a diff, each with what happened to it (only the changed ones when asked). */
export function diffList(diffs: readonly ParagraphDiff[], onlyChanged = false): Child {
  const list = onlyChanged ? diffs.filter((d) => d.kind !== 'unchanged') : diffs;
  return h(
    'ol',
    { className: ['diff'] },
    list.map((d) =>
      h('li', { className: ['diff-para', d.kind] }, [
        h('p', { className: ['diff-head'] }, d.number ? `Paragraph ${d.number}: ` : 'Text: ', h('strong', d.kind)),
        h('p', { className: ['diff-text'] }, ops(d.ops)),
      ]),
    ),
  );
}

function ops(list: readonly WordOp[]): Child[] {
  return list.map((o) =>
    o.op === 'equal'
      ? o.text
      : o.op === 'insert'
        ? h('ins', h('span', { className: ['sr'] }, '[inserted: '), o.text, h('span', { className: ['sr'] }, ']'))
        : h('del', h('span', { className: ['sr'] }, '[deleted: '), o.text, h('span', { className: ['sr'] }, ']')),
  );
}
