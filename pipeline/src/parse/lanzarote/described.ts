/**
 * Passages that describe what the Ministry does: measures, registers, databases, cooperation,
 * results. The kind comes from the section (results) or from a cue word, first match in the
 * table below; a passage with no cue is kept as a note. Recognisers for an operation
 * ("operation titled “Armageddon”") and a round-the-clock contact point add their own nodes.
 */
import type { DescribedKind, Fact, FactOf } from '@cyberlex/schema';
import { slug } from '../../model/iri.js';
import { findCounts, findYear } from '../kit/counts.js';
import { factNode, type Reader } from '../kit/fact.js';
import { addName, type OrgRegistry } from '../kit/orgs.js';
import { matchIn, sentences, sub, textOf, type Segment } from '../kit/text.js';
import { itemText, type LegislationIndex } from './legal.js';

/** Section heading → the kind every passage in it has. */
const SECTION_KINDS: Record<string, DescribedKind> = { 'Results achieved': 'result' };

/** Cue words → kind, in order of precedence (a register is also a measure; a database entry also names cooperation). */
const CUES: readonly [RegExp, DescribedKind][] = [
  [/\bregister\b/i, 'register'],
  [/\bdata ?bases?\b/i, 'database'],
  [/\b(?:awareness|advice|train(?:ed|ing|ings)|measures|legal effects)\b/i, 'measure'],
  [/\b(?:cooperation|focal points?)\b/i, 'cooperation'],
];

const OPERATION = /\boperation (?:called|titled) [“"]([^”"]+)[”"]/d;
const UNDERTAKEN_BY = /^(?:As of|In|Since) \d{4}, (.+?),? (?:have|has) (?:been )?undertak/d;
const SET_UP = /^(?:In|As of) (\d{4}), (.+?) (?:were|was) (?:set up|established|designated) (?:at|in|within) (?:the )?(.+?)\.$/d;
const POSSESSIVE = /^(.+?)[’'`]s (.+)$/d;
/** "the Law", "this Law" — the law the passage before named. */
const THAT_LAW = /\b(?:[Tt]he|[Tt]his) Law\b(?! on| of)/;

export function describedKind(section: string | null, text: string): DescribedKind {
  if (section !== null && SECTION_KINDS[section]) return SECTION_KINDS[section];
  return CUES.find(([re]) => re.test(text))?.[1] ?? 'note';
}

/** A stable local name: the passage's first words, numbered if two passages open alike. */
export function localName(r: Reader, seg: Segment, used: Set<string>): string {
  const base = slug(r.text(seg).split(' ').slice(0, 8).join(' ')).slice(0, 80) || 'passage';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

export interface DescribeScope {
  orgs: OrgRegistry;
  laws: LegislationIndex;
  used: Set<string>;
  /** The law the last passage named, for "the Law" / "this Law". */
  lastLaw: string | null;
}

/** The fact for a passage and its items, plus any operation or contact point it sets out. */
export function describe(r: Reader, section: string | null, lead: Segment | null, items: readonly Segment[], scope: DescribeScope, note?: string): Fact[] {
  const main = lead ?? items[0]!;
  // The kind is cued by the passage with its items ("Advice – …" items make a measure).
  const kind = describedKind(section, [main, ...items].map((s) => textOf(r.lt, s)).join(' '));
  const about = aboutOf(r, main, scope);
  const year = findYear(r, main);
  const extra: Fact[] = [];
  const operation = matchIn(r.lt, main, OPERATION);
  if (operation) {
    const op = operationNode(r, main, operation[1]!, year, scope);
    extra.push(op);
    about.push(op['@id']);
  }
  for (const sentence of sentences(r.lt, main)) {
    const setUp = matchIn(r.lt, sentence, SET_UP);
    if (setUp && /\b(?:focal|contact) points?\b/.test(r.text(setUp[2]!))) {
      const cp = contactPoint(r, sentence, setUp, scope);
      extra.push(cp);
      about.push(cp['@id']);
    }
  }
  const fact = factNode(r.ctx, kind, localName(r, main, scope.used), {
    description: null,
    text: r.text(main),
    year: year?.year ?? null,
    counts: findCounts(r, main),
    items: (lead ? items : items.slice(1)).map((item) => r.entry(itemText(r, item))),
    about,
    evidence: year ? [r.evidence('year', year.seg)] : [],
    provenance: [...r.provenance(main, note), ...(lead ? items : items.slice(1)).flatMap((item) => r.provenance(item))],
  } as never) as FactOf<typeof kind>;
  return [fact, ...extra];
}

/** The laws a passage is about: one it opens by naming, or the one before when it says "the Law". */
function aboutOf(r: Reader, seg: Segment, scope: DescribeScope): string[] {
  const text = textOf(r.lt, seg);
  // The words a passage opens with, up to its verb: "The Criminal Procedure Code", "The Law on Juvenile … Law".
  const opening = /^(?:The )?((?:[A-Z][\w-]*|of|on|and|for|to|against|under)(?: (?:[A-Z][\w-]*|of|on|and|for|to|against|under))*)/d.exec(text);
  if (opening) {
    const at = opening.indices![1]![0];
    const words = opening[1]!.split(' ');
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(0, n).join(' ');
      const iri = scope.laws.resolve(name);
      if (!iri) continue;
      // A listed law named differently here keeps this name too.
      const listed = scope.laws.listed(name);
      if (listed) addName(listed.alternateNames, r.name(sub(seg, at, at + name.length)));
      scope.lastLaw = iri;
      return [iri];
    }
  }
  if (THAT_LAW.test(text) && scope.lastLaw) return [scope.lastLaw];
  return [];
}

function operationNode(r: Reader, para: Segment, nameSeg: Segment, year: { year: string; seg: Segment } | null, scope: DescribeScope): FactOf<'operation'> {
  const name = r.name(nameSeg);
  const node = factNode(r.ctx, 'operation', slug(name.name), {
    name: name.name,
    alternateNames: [name],
    startYear: year && /^\d{4}$/.test(year.year) ? year.year : null,
    conductedBy: [],
    evidence: year ? [r.evidence('startYear', year.seg)] : [],
    provenance: r.provenance(para),
  });
  const by = matchIn(r.lt, para, UNDERTAKEN_BY);
  if (by) {
    const subject = by[1]!;
    for (const part of textOf(r.lt, subject).matchAll(/(?:^|, in cooperation with | and )(?:the )?(.+?)(?=, in cooperation with | and |$)/dg)) {
      const seg = sub(subject, part.indices![1]![0], part.indices![1]![1]);
      node.conductedBy.push(registerPossessive(r, seg, scope.orgs));
    }
    node.evidence.push(r.evidence('conductedBy', subject));
  }
  return node;
}

/** "Ministry of Interior’s Anti-Organized Crime Office": the unit, with the body before "’s" as its parent. */
function registerPossessive(r: Reader, seg: Segment, orgs: OrgRegistry): string {
  const m = matchIn(r.lt, seg, POSSESSIVE);
  if (!m) return orgs.register(seg, { category: 'mentioned' });
  const parent = orgs.register(m[1]!, { category: 'mentioned' });
  return orgs.register(m[2]!, { category: 'mentioned', parent, stated: seg, also: [seg] });
}

function contactPoint(r: Reader, sentence: Segment, m: (Segment | null)[], scope: DescribeScope): FactOf<'contact-point'> {
  const [, yearSeg, nameSeg, atSeg] = m as Segment[];
  const name = r.name(nameSeg!);
  // "at the Ministry of Interior of the Republic of Serbia, Anti-Cyber Crime Division": the unit is the last part.
  const atText = textOf(r.lt, atSeg!);
  const comma = atText.lastIndexOf(', ');
  const unit = comma === -1 ? atSeg! : sub(atSeg!, comma + 2, atText.length);
  return factNode(r.ctx, 'contact-point', slug(name.name).slice(0, 60), {
    name: name.name,
    alternateNames: [name],
    country: null,
    year: r.text(yearSeg!),
    operatedBy: scope.orgs.register(unit, { category: 'mentioned' }),
    evidence: [r.evidence('year', yearSeg!), r.evidence('operatedBy', atSeg!)],
    provenance: r.provenance(sentence),
  });
}
