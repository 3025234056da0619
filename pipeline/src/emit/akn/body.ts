/**
 * The `<body>` of one expression: the instrument's chapters, sections, titles and headings as the
 * data nests them, each article in the version in force in the expression, its paragraphs, and
 * the items of a paragraph as `<point>`s. Text is the data's, character for character: a
 * paragraph's text is cut into intro, item markers, items and wrap-up only where the pieces read
 * back, joined by single spaces, as exactly that text; otherwise the paragraph is one `<p>`.
 * Provisions no source quotes (`textStatus: 'cited-only'`) have no text and are left out; a
 * chapter no source quotes the heading of is kept when it holds a quoted article, marked
 * `status="incomplete"`.
 */
import type { Item, Mark, Paragraph, Provision, Version } from '@cyberlex/schema';
import { refSortKey } from '../dataset.js';
import { type Expression, versionIn } from './timeline.js';
import { el, inlineEl, type XmlElement, type XmlNode } from './xml.js';

/** Hands out eIds, unique within the document as the schema requires. */
export class EIds {
  private readonly used = new Set<string>();
  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}_${n}`;
    this.used.add(id);
    return id;
  }
}

/** What the body holds: the articles (with the version rendered) and the eId given to each. */
export interface Rendered {
  article: Provision;
  version: Version;
  eId: string;
}

const CONTAINERS: Record<string, { element: string; prefix: string }> = {
  chapter: { element: 'chapter', prefix: 'chp' },
  section: { element: 'section', prefix: 'sec' },
  title: { element: 'title', prefix: 'title' },
  heading: { element: 'hcontainer', prefix: 'hcontainer' },
};

export interface Body {
  body: XmlElement | null;
  rendered: Rendered[];
  /** The chapters, sections, titles and headings the body holds. */
  containers: Provision[];
}

export function buildBody(instrumentIri: string, provisions: readonly Provision[], expression: Expression, ids: EIds): Body {
  const children = new Map<string, Provision[]>();
  for (const p of provisions) {
    if (p.kind === 'paragraph') continue;
    const list = children.get(p.isPartOf) ?? [];
    list.push(p);
    children.set(p.isPartOf, list);
  }
  const rendered: Rendered[] = [];
  const containers: Provision[] = [];

  /** A unit and what it holds, with the sort key of its first article; null when it holds no text here. */
  const unit = (p: Provision, prefix: string): { node: XmlElement; key: string } | null => {
    if (p.kind === 'article') {
      if (p.textStatus !== 'quoted') return null;
      const version = versionIn(p, expression);
      if (!version) return null;
      const eId = ids.take(`art_${idPart(p.number) || 'nn'}`);
      rendered.push({ article: p, version, eId });
      return { node: article(p, version, eId, ids), key: refSortKey(p.ref) };
    }
    const shape = CONTAINERS[p.kind];
    if (!shape) throw new Error(`Akoma Ntoso: ${p.ref} is a ${p.kind}, which has no element here`);
    const eId = ids.take(`${prefix}${shape.prefix}_${idPart(p.number) || 'nn'}`);
    const inner = units(p['@id'], `${eId}__`);
    if (inner.length === 0) return null;
    containers.push(p);
    const node = el(shape.element, { eId, name: shape.element === 'hcontainer' ? 'crossheading' : null, status: p.textStatus === 'quoted' ? null : 'incomplete' }, [
      p.number !== null && inlineEl('num', {}, [p.number]),
      p.title !== null && inlineEl('heading', {}, [p.title]),
      ...inner.map((u) => u.node),
    ]);
    return { node, key: inner[0]!.key };
  };
  const units = (parent: string, prefix: string) =>
    (children.get(parent) ?? [])
      .map((p) => unit(p, prefix))
      .filter((u): u is { node: XmlElement; key: string } => u !== null)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const top = units(instrumentIri, '');
  return { body: top.length === 0 ? null : el('body', {}, top.map((u) => u.node)), rendered, containers };
}

function article(p: Provision, version: Version, eId: string, ids: EIds): XmlElement {
  const head = [p.number !== null && inlineEl('num', {}, [p.number]), p.title !== null && inlineEl('heading', {}, [p.title])];
  // A deleted article keeps its place and number, with no text: the data has none for it.
  if (version.status === 'deleted' || version.paragraphs.length === 0) {
    return el('article', { eId, status: version.status === 'deleted' ? 'removed' : 'incomplete' }, [...head, el('content', {}, [inlineEl('p', {}, [])])]);
  }
  return el('article', { eId }, [...head, ...version.paragraphs.map((par, i) => paragraph(par, i, eId, ids))]);
}

function paragraph(par: Paragraph, index: number, articleEId: string, ids: EIds): XmlElement {
  const eId = ids.take(`${articleEId}__para_${idPart(par.number) || `nn${index + 1}`}`);
  return el('paragraph', { eId }, [par.number !== null && inlineEl('num', {}, [par.number]), ...blocks(par.text, par.marks, 0, par.text.length, par.items, eId, ids)]);
}

/** The text `[start, end)` of a paragraph or item: intro, points and wrap-up where its items are found in it, else one `<content>`. */
function blocks(text: string, marks: readonly Mark[], start: number, end: number, items: readonly Item[], prefix: string, ids: EIds): XmlElement[] {
  const flat = () => [el('content', {}, [inlineEl('p', {}, inline(text, marks, start, end))])];
  const layout = items.length > 0 ? itemLayout(text, start, end, items) : null;
  if (!layout) return flat();
  const out: XmlElement[] = [];
  if (layout.intro) out.push(el('intro', {}, [inlineEl('p', {}, inline(text, marks, ...layout.intro))]));
  for (const point of layout.points) {
    const eId = ids.take(`${prefix}__point_${idPart(point.item.number) || 'nn'}`);
    out.push(el('point', { eId }, [inlineEl('num', {}, inline(text, marks, ...point.marker)), ...blocks(text, marks, point.span[0], point.span[1], point.item.items, eId, ids)]));
  }
  if (layout.wrapUp) out.push(el('wrapUp', {}, [inlineEl('p', {}, inline(text, marks, ...layout.wrapUp))]));
  // The pieces must read back as the text itself, or the items are not cut where the data says.
  return readBack(out) === text.slice(start, end) ? out : flat();
}

type Span = [number, number];
interface Layout {
  intro: Span | null;
  points: { marker: Span; span: Span; item: Item }[];
  wrapUp: Span | null;
}

/**
 * Where each item stands in the text: its text, in order, each after a marker ("a", "- 1)")
 * set off by single spaces. The first marker is the last word (or "- " and a word) before the
 * first item's text that holds the item's number; what precedes it is the intro.
 */
function itemLayout(text: string, start: number, end: number, items: readonly Item[]): Layout | null {
  const points: Layout['points'] = [];
  let intro: Span | null = null;
  let cursor = start;
  for (const [i, item] of items.entries()) {
    const at = text.indexOf(item.text, cursor);
    if (at < 0 || at + item.text.length > end || text[at - 1] !== ' ') return null;
    const gapEnd = at - 1;
    let markerStart: number;
    if (i === 0) {
      const found = text.lastIndexOf(item.number, gapEnd - item.number.length);
      if (item.number === '' || found < cursor) return null;
      markerStart = found;
      while (markerStart > cursor && text[markerStart - 1] !== ' ') markerStart--;
      if (markerStart - 2 >= cursor && BULLET.test(text[markerStart - 2]!) && (markerStart - 2 === cursor || text[markerStart - 3] === ' ')) markerStart -= 2;
      if (markerStart > cursor) {
        if (text[markerStart - 1] !== ' ' || markerStart - 1 <= cursor) return null;
        intro = [cursor, markerStart - 1];
      }
    } else {
      if (text[cursor] !== ' ') return null;
      markerStart = cursor + 1;
    }
    // A marker is a word or a few, never blank at either end.
    if (markerStart >= gapEnd || text[markerStart] === ' ' || text[gapEnd - 1] === ' ') return null;
    points.push({ marker: [markerStart, gapEnd], span: [at, at + item.text.length], item });
    cursor = at + item.text.length;
  }
  let wrapUp: Span | null = null;
  if (cursor < end) {
    if (text[cursor] !== ' ' || cursor + 1 >= end) return null;
    wrapUp = [cursor + 1, end];
  }
  return { intro, points, wrapUp };
}
const BULLET = /^[-–—•]$/;

/** The text a run of blocks reads back as: every `<num>` and `<p>` of it, in order, joined by a space. */
function readBack(nodes: readonly XmlNode[]): string {
  const parts: string[] = [];
  const walk = (n: XmlNode) => {
    if (typeof n === 'string') return;
    if (n.name === 'num' || n.name === 'p') parts.push(textOf(n));
    else n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return parts.join(' ');
}
function textOf(n: XmlNode): string {
  return typeof n === 'string' ? n : n.children.map(textOf).join('');
}

/** Text `[start, end)` with the data's marks as `<b>` (strong) and `<i>` (emphasis), nested where they overlap. */
export function inline(text: string, marks: readonly Mark[], start: number, end: number): XmlNode[] {
  const cuts = new Set([start, end]);
  for (const m of marks) for (const at of [m.start, m.end]) if (at > start && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const out: XmlNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    let node: XmlNode = text.slice(a, b);
    const active = marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.kind).sort();
    for (const kind of [...new Set(active)].reverse()) node = inlineEl(kind === 'strong' ? 'b' : 'i', {}, [node]);
    out.push(node);
  }
  return out;
}

/** The part of an eId a number gives: letters and digits only ("185b", "II", "- 1)" → "1"). */
function idPart(number: string | null): string {
  return (number ?? '').replace(/[^A-Za-z0-9]/g, '');
}
