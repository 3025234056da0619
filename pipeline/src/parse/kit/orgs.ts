/**
 * Organisations as the fact sources write them: the grammar of an institution list item
 * ("The Ministry of Interior – Anti-Cyber Crime Division (integral to …), and") and a registry
 * that gives each distinct name (normalised) one node within a source.
 */
import type { AlternateName, FactOf } from '@cyberlex/schema';
import { normaliseName } from '../../model/names.js';
import { slug } from '../../model/iri.js';
import { factNode, type Reader } from './fact.js';
import { sub, textOf, type Segment } from './text.js';

/** Words that may join the capitalised words of a name. */
const CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', 'against']);
const DASHES = new Set(['–', '-', '—']);

/**
 * The end of the proper name that starts at `at`: capitalised words, joined by connectors,
 * "of the", a spaced dash (parent – unit) or a comma, each only when a capitalised word
 * follows. Stops before anything else (so a run-on "… Division the Anti-Cyber …" ends at "Division").
 */
export function properNameEnd(text: string, at: number): number {
  const words: { start: number; end: number; word: string }[] = [];
  for (let i = at; i < text.length; ) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== ' ') j++;
    words.push({ start: i, end: j, word: text.slice(i, j) });
    i = j;
  }
  const capital = (w: string | undefined) => w !== undefined && /^[\p{Lu}\d]/u.test(w);
  let end = at;
  for (let k = 0; k < words.length; k++) {
    const { word } = words[k]!;
    const bare = word.replace(/[,;.:)]+$/, '');
    if (k === 0 && (word === 'The' || capital(word))) {
      // ok: a name may open with "The"
    } else if (capital(word)) {
      // ok
    } else if ((CONNECTORS.has(word) || DASHES.has(word)) && (capital(words[k + 1]?.word) || (words[k + 1]?.word === 'the' && capital(words[k + 2]?.word)))) {
      continue;
    } else if (word === 'the' && k > 0 && CONNECTORS.has(words[k - 1]!.word) && capital(words[k + 1]?.word)) {
      continue;
    } else {
      break;
    }
    if (bare.length === 0) break;
    end = words[k]!.start + bare.length;
    // Punctuation after a word ends the name, except a comma before another capitalised word.
    if (bare !== word && !(word.endsWith(',') && bare.length === word.length - 1 && capital(words[k + 1]?.word))) break;
  }
  return end;
}

/** The parts of an organisation list item, as segments of the item. */
export interface OrgItem {
  /** The whole name as listed ("The Ministry of Interior - Department for Combatting Cybercrime"). */
  full: Segment;
  parent: Segment | null;
  name: Segment;
  /** "(Digital Forensic Unit)": an alternate name when capitalised, else a description. */
  parenthetical: Segment | null;
  /** Text after the item's delimiter: a paragraph the source failed to break off. */
  rest: Segment | null;
}

/** Parse a list item naming an organisation; null when it does not start with a name. */
export function parseOrgItem(r: Reader, item: Segment): OrgItem | null {
  const text = textOf(r.lt, item);
  const end = properNameEnd(text, 0);
  if (end === 0) return null;
  const full = sub(item, 0, end);
  const nameText = text.slice(0, end);
  const dash = / [–—-] /.exec(nameText);
  const parent = dash ? sub(item, 0, dash.index) : null;
  const name = dash ? sub(item, dash.index + 3, end) : full;
  let at = end;
  let parenthetical: Segment | null = null;
  if (text.startsWith(' (', at)) {
    const close = text.indexOf(')', at);
    if (close !== -1) {
      parenthetical = sub(item, at + 2, close);
      at = close + 1;
    }
  }
  const delimiter = /^(?:, and|;|\.|,| and)/.exec(text.slice(at));
  if (delimiter) at += delimiter[0].length;
  while (text[at] === ' ') at++;
  const rest = at < text.length ? sub(item, at, text.length) : null;
  return { full, parent, name, parenthetical, rest };
}

type Organization = FactOf<'organization'>;
type Category = Organization['categories'][number];

/** Strip "The " that opens a listed name (the name is still the source's words). */
export function withoutArticle(r: Reader, seg: Segment): Segment {
  return textOf(r.lt, seg).startsWith('The ') ? { from: seg.from + 4, to: seg.to } : seg;
}

/** One organisation node per distinct name within a source. */
export class OrgRegistry {
  private readonly byName = new Map<string, Organization>();

  constructor(private readonly r: Reader) {}

  /** The node for a name, created on first sight; every spelling is kept as an alternate name. */
  /** `stated` is where the source says the body belongs to its parent (the listed name, "X’s Y"). */
  register(seg: Segment, fields: { category: Category; parent?: string | null; stated?: Segment; also?: Segment[]; description?: Segment | null }): string {
    const r = this.r;
    const nameSeg = withoutArticle(r, seg);
    const name = r.text(nameSeg);
    const key = normaliseName(name);
    let node = this.byName.get(key);
    if (!node) {
      node = factNode(r.ctx, 'organization', slug(key), {
        name,
        provenance: r.provenance(nameSeg),
        parentOrganization: null,
        categories: [],
        foundingYear: null,
      });
      this.byName.set(key, node);
    }
    for (const s of [nameSeg, ...(fields.also ?? [])]) addName(node.alternateNames, r.name(s));
    if (!node.categories.includes(fields.category)) node.categories.push(fields.category);
    if (node.parentOrganization === null && fields.parent) {
      node.parentOrganization = fields.parent;
      if (fields.stated) node.evidence.push(r.evidence('parentOrganization', fields.stated));
    }
    if (fields.description && node.description === null) {
      node.description = r.text(fields.description);
      node.evidence.push(r.evidence('description', fields.description));
      node.provenance.push(...r.provenance(fields.description));
    }
    return node['@id'];
  }

  lookup(name: string): Organization | null {
    return this.byName.get(normaliseName(name)) ?? null;
  }

  nodes(): Organization[] {
    return [...this.byName.values()];
  }
}

/** Add a name, or its provenance to the same name already there. */
export function addName(names: AlternateName[], name: AlternateName): void {
  const same = names.find((n) => n.name === name.name);
  if (!same) {
    names.push(name);
    return;
  }
  for (const p of name.provenance) {
    if (!same.provenance.some((q) => q.source === p.source && q.start === p.start && q.end === p.end)) same.provenance.push(p);
  }
}
