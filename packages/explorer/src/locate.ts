/**
 * Where each node lives on the site: instruments, provisions and versions at their ELI path
 * under the base (so an IRI resolves when the site is hosted there); statements, mappings,
 * facts and conflicts as anchors of the page that shows them. Links are relative, so the
 * site reads from file:// too.
 */
import { posix } from 'node:path';
import type { Provision } from '@cyberlex/schema';
import { versionSlug, type Graph } from './model.js';

export interface Place {
  /** The page's file, relative to the site's root (posix). */
  file: string;
  /** An element id on that page, or null for the page itself. */
  anchor: string | null;
  /** What a link to it says. */
  label: string;
}

export interface Locator {
  base: string;
  get(iri: string): Place | undefined;
  /** A relative href from one page to a node (undefined when the site has no page for it). */
  href(fromFile: string, iri: string): string | undefined;
  all(): IterableIterator<[string, Place]>;
}

/** The page of an IRI under the base: `<base>eli/rs/code/criminal/art_302` → `eli/rs/code/criminal/art_302/index.html`. */
export function pageOf(base: string, iri: string): string {
  if (!iri.startsWith(base)) throw new Error(`${iri} is not under the base ${base}`);
  return `${iri.slice(base.length)}/index.html`;
}

/** A relative link from one site file to another (and an anchor), readable from file://. */
export function relative(fromFile: string, toFile: string, anchor: string | null = null): string {
  let rel = posix.relative(posix.dirname(fromFile), toFile);
  if (rel === '') rel = posix.basename(toFile);
  return anchor === null ? rel : `${rel}#${anchor}`;
}

/** An element id from the tail of a node's IRI (`…/id/fact/src/x` → `fact-src-x`). */
export function anchorOf(iri: string): string {
  const at = iri.indexOf('/id/');
  const tail = at === -1 ? iri.slice(iri.lastIndexOf('/') + 1) : iri.slice(at + 4);
  return tail.replace(/[^A-Za-z0-9_-]+/g, '-');
}

export function provisionLabel(g: Graph, p: Provision): string {
  const instrument = g.byId.get(p.instrument)?.node;
  const name = instrument && 'title' in instrument ? instrument.title : p.instrument;
  const unit =
    p.kind === 'article' ? `Art. ${p.number}` : p.kind === 'paragraph' ? `Art. ${p.ref.split(':')[1]!.replace('/', '(')})` : `${p.kind[0]!.toUpperCase()}${p.kind.slice(1)} ${p.number}`;
  return `${name}, ${unit}`;
}

export function baseOf(g: Graph): string {
  const sample = g.instruments[0]?.['@id'];
  const at = sample?.indexOf('/eli/') ?? -1;
  if (!sample || at === -1) throw new Error('no instrument with an ELI IRI to take the base from');
  return sample.slice(0, at + 1);
}

export function createLocator(g: Graph): Locator {
  const base = baseOf(g);
  const places = new Map<string, Place>();
  const set = (iri: string, place: Place) => {
    if (!places.has(iri)) places.set(iri, place);
  };
  for (const i of g.instruments) set(i['@id'], { file: pageOf(base, i['@id']), anchor: null, label: i.title });
  for (const p of g.provisions) {
    const file = pageOf(base, p['@id']);
    const label = provisionLabel(g, p);
    set(p['@id'], { file, anchor: null, label });
    for (const v of p.versions) {
      const slug = versionSlug(v);
      set(v['@id'], { file: pageOf(base, v['@id']), anchor: null, label: `${label}, ${v.versionDate ? `version of ${v.versionDate}` : v.validUntil ? `version until ${v.validUntil}` : 'undated version'}` });
      for (const para of v.paragraphs) set(para['@id'], { file, anchor: `v-${slug}-p${para.number ?? ''}`, label: `${label}${para.number ? ` (${para.number})` : ''}, version ${slug}` });
    }
  }
  for (const s of g.statements) {
    const about = s.about.map((iri) => places.get(iri)).find((p) => p !== undefined && p.anchor === null);
    if (about) set(s['@id'], { file: about.file, anchor: anchorOf(s['@id']), label: `statement on ${about.label}` });
  }
  for (const m of g.mappings) set(m['@id'], { file: 'index.html', anchor: anchorOf(m.articleRef), label: `Serbia's answer on ${m.articleRef}` });
  for (const f of g.facts) set(f['@id'], { file: 'facts.html', anchor: anchorOf(f['@id']), label: f.name ?? f.kind });
  for (const c of g.conflicts) set(c['@id'], { file: 'conflicts.html', anchor: anchorOf(c['@id']), label: `conflict: ${c.description}` });
  return {
    base,
    get: (iri) => places.get(iri),
    href(fromFile, iri) {
      const place = places.get(iri);
      return place && relative(fromFile, place.file, place.anchor);
    },
    all: () => places.entries(),
  };
}
