/**
 * The institutional framework: lists of authorities ("■ The Ministry of Interior – Anti-Cyber
 * Crime Division (integral to …), and") and a body's founding and sections ("Anti-Cyber Crime
 * Division was founded in 2007/08, … It has two sections: ■ …").
 */
import type { FactOf } from '@cyberlex/schema';
import { factNode, type Reader } from '../kit/fact.js';
import { parseOrgItem, type OrgItem, type OrgRegistry } from '../kit/orgs.js';
import { matchIn, type Segment } from '../kit/text.js';
import { findCounts } from '../kit/counts.js';
import { localName } from './described.js';
import { itemText } from './legal.js';

const FOUNDED = /^(?:The )?(.+?) was founded in (\d{4}(?:\/\d{2})?)\b/d;
const HAS_SECTIONS = /\bhas (\w+) sections?:$/d;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

export interface InstitutionsResult {
  fact: FactOf<'institution'>;
  /** A paragraph the source ran into the last item (no break before it), to be read on its own. */
  runOn: Segment | null;
}

/** A block whose items all name organisations; null if it is not one. */
export function institutions(r: Reader, lead: Segment, items: readonly Segment[], orgs: OrgRegistry, used: Set<string>): InstitutionsResult | null {
  const parsed = items.map((item) => parseOrgItem(r, item));
  if (items.length === 0 || parsed.some((p) => p === null)) return null;
  // Only the last item may run on into a paragraph.
  if (parsed.slice(0, -1).some((p) => p!.rest !== null)) return null;

  const founded = matchIn(r.lt, lead, FOUNDED);
  const evidence: FactOf<'institution'>['evidence'] = [];
  let parent: string | null = null;
  let year: string | null = null;
  if (founded) {
    parent = orgs.register(founded[1]!, { category: 'competent-authority' });
    const org = orgs.nodes().find((o) => o['@id'] === parent)!;
    year = r.text(founded[2]!);
    if (org.foundingYear === null) {
      org.foundingYear = year;
      org.evidence.push(r.evidence('foundingYear', founded[0]!));
    }
    evidence.push(r.evidence('year', founded[2]!));
  }
  const sections = matchIn(r.lt, lead, HAS_SECTIONS);
  if (sections) {
    const expected = NUMBER_WORDS[r.text(sections[1]!)];
    if (expected !== undefined && expected !== items.length) r.fail(sections[1]!.from, `${expected} sections listed, as the text says`, String(items.length));
  }
  const about = parsed.map((item) => register(r, item!, orgs, parent, lead));
  const fact = factNode(r.ctx, 'institution', localName(r, lead, used), {
    description: null,
    text: r.text(lead),
    year,
    counts: findCounts(r, lead),
    items: parsed.map((p, k) => r.entry(itemText(r, p!.rest ? { from: items[k]!.from, to: p!.rest.from } : items[k]!))),
    about: parent ? [parent, ...about] : about,
    evidence,
    provenance: r.provenanceAll([lead, ...items.map((item, k) => (parsed[k]!.rest ? { from: item.from, to: parsed[k]!.rest!.from } : item))]),
  });
  return { fact, runOn: parsed.at(-1)!.rest };
}

function register(r: Reader, item: OrgItem, orgs: OrgRegistry, parent: string | null, lead: Segment): string {
  const parentIri = item.parent ? orgs.register(item.parent, { category: 'mentioned' }) : parent;
  const alias = item.parenthetical && /^\p{Lu}/u.test(r.text(item.parenthetical)) ? item.parenthetical : null;
  return orgs.register(item.name, {
    category: 'competent-authority',
    parent: parentIri,
    // The parent is stated by the listed name ("X – Y") or by the passage that lists the sections.
    stated: item.parent ? item.full : lead,
    also: [item.full, ...(alias ? [alias] : [])],
    description: alias ? null : item.parenthetical,
  });
}
