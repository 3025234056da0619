/**
 * The legal framework part of the reply: the list of laws, the age definitions of the
 * Criminal Code, the offences of its chapters, and the Criminal Code amendments in force from
 * a date (emitted both as a fact and as an amending-act Instrument).
 */
import type { FactOf, Instrument } from '@cyberlex/schema';
import { normaliseName } from '../../model/names.js';
import { resolveInstrumentRef, ruleForName } from '../../model/entity-rules.js';
import { instrumentIri, provisionIri, slug } from '../../model/iri.js';
import { instrumentNode } from '../../model/nodes.js';
import { parseDayMonthYear } from '../kit/dates.js';
import { factNode, type Reader } from '../kit/fact.js';
import { addName } from '../kit/orgs.js';
import { matchIn, sub, textOf, type Segment } from '../kit/text.js';

const AGE = /^an? ([a-z]+) is a person who (?:.+) \((\d*)-(\d+)\)$/d;
const UNDER_CODE = /\bUnder the ([A-Z][A-Za-z ]+?):$/d;
const CHAPTER = /\bChapter ([IVXLC]+)(?: of the ([A-Z][A-Za-z ]+?))? – (.+?)(?:, the following [^(]*)? \(Art\. (\d+[a-z]?)\.(?: - (\d+[a-z]?)\.)?\) ?:$/d;
const AMENDMENT = /^Under the ((.+?) Amendments) (in effect as of (\d{1,2} [A-Z][a-z]+ \d{4})), (.+)$/d;
const ITEM_END = /(?:,? and|,|\.)$/;
const SO_CALLED = /^so called [“"]([^”"]+)[”"]$/d;

/** Laws the reply lists, keyed so that two names of one law (per the rules) find one node. */
export class LegislationIndex {
  private readonly byKey = new Map<string, FactOf<'legal-reference'>>();

  static keyOf(name: string): string {
    return ruleForName(name, ['instrument', 'legal-reference'])?.id ?? normaliseName(name);
  }

  add(node: FactOf<'legal-reference'>): void {
    this.byKey.set(LegislationIndex.keyOf(node.name!), node);
  }

  /** The IRI a name of a law refers to: the listed node, else the instrument the rules know. */
  resolve(name: string): string | null {
    const listed = this.byKey.get(LegislationIndex.keyOf(name));
    if (listed) return listed.refersTo ?? listed['@id'];
    const rule = ruleForName(name, ['instrument']);
    return rule ? rule.iri : null;
  }

  listed(name: string): FactOf<'legal-reference'> | null {
    return this.byKey.get(LegislationIndex.keyOf(name)) ?? null;
  }

  nodes(): FactOf<'legal-reference'>[] {
    return [...this.byKey.values()];
  }
}

/** Strip a list item's trailing ", and" / "," / "." (they punctuate the list, not the name). */
export function itemText(r: Reader, item: Segment): Segment {
  const text = textOf(r.lt, item).trimEnd();
  const m = ITEM_END.exec(text);
  return { from: item.from, to: item.from + (m ? m.index : text.length) };
}

export function legalReferences(r: Reader, items: readonly Segment[], index: LegislationIndex): void {
  items.forEach((item, k) => {
    const nameSeg = itemText(r, item);
    const name = r.name(nameSeg);
    const rule = ruleForName(name.name, ['instrument']);
    index.add(factNode(r.ctx, 'legal-reference', slug(name.name), {
      name: name.name,
      alternateNames: [name],
      refersTo: rule?.iri ?? null,
      position: k + 1,
      provenance: r.provenance(item),
    }));
  });
}

/** A list whose every item defines an age bracket; null if it is not one. */
export function ageDefinitions(r: Reader, lead: Segment | null, items: readonly Segment[], index: LegislationIndex): FactOf<'age-definition'>[] | null {
  const matches = items.map((item) => matchIn(r.lt, itemText(r, item), AGE));
  if (items.length === 0 || matches.some((m) => m === null)) return null;
  const code = lead ? matchIn(r.lt, lead, UNDER_CODE) : null;
  const definedIn = code ? index.resolve(r.text(code[1]!)) : null;
  return matches.map((m, k) => {
    const [whole, term, min, max] = m!;
    const minText = r.lt.text.slice(min!.from, min!.to);
    return factNode(r.ctx, 'age-definition', r.text(term!), {
      name: r.text(term!),
      alternateNames: [r.name(term!)],
      description: r.text(whole!),
      term: r.text(term!),
      minAge: minText === '' ? null : Number(minText),
      maxAge: Number(r.text(max!)),
      definedIn,
      evidence: [r.evidence('maxAge', max!), ...(minText === '' ? [] : [r.evidence('minAge', min!)]), ...(code ? [r.evidence('definedIn', code[1]!)] : [])],
      provenance: r.provenance(items[k]!),
    });
  });
}

export interface ChapterScope {
  instrumentRef: string | null;
}

/** "In Chapter XVIII of the Criminal Code – TITLE, the following … (Art. 178. - 186.) :" and its offences. */
export function offences(r: Reader, lead: Segment, items: readonly Segment[], scope: ChapterScope): FactOf<'offence'>[] | null {
  const m = matchIn(r.lt, lead, CHAPTER);
  if (!m) return null;
  const [, numberSeg, codeSeg, titleSeg, fromSeg, toSeg] = m;
  if (codeSeg) scope.instrumentRef = resolveInstrumentRef(r.text(codeSeg)) ?? r.fail(codeSeg.from, 'a code the project knows', r.text(codeSeg));
  const ref = scope.instrumentRef ?? r.fail(lead.from, 'the code the chapter belongs to ("Chapter N of the Criminal Code")', r.text(lead));
  if (items.length === 0) r.fail(lead.to, 'the offences the chapter lists');
  const chapterNumber = r.text(numberSeg!);
  const chapter = provisionIri(`${ref}:chapter-${chapterNumber}`);
  const from = provisionIri(`${ref}:${r.text(fromSeg!)}`);
  const to = toSeg ? provisionIri(`${ref}:${r.text(toSeg)}`) : from;
  // A chapter the source gives one article for, listing one offence, ties the offence to that article.
  const single = !toSeg && items.length === 1;
  return items.map((item) => {
    const { name, parenthetical } = splitParenthetical(r, itemText(r, item));
    const so = parenthetical ? matchIn(r.lt, parenthetical, SO_CALLED) : null;
    const node = factNode(r.ctx, 'offence', `${slug(chapterNumber)}-${slug(r.text(name)).slice(0, 60)}`, {
      name: r.text(name),
      alternateNames: [r.name(name), ...(so ? [r.name(so[1]!)] : [])],
      description: parenthetical && !so ? r.text(parenthetical) : null,
      instrument: instrumentIri(ref),
      chapter,
      chapterTitle: r.text(titleSeg!),
      articles: single ? [from] : [],
      articleRange: single ? null : { from, to },
      evidence: [r.evidence('chapter', numberSeg!), r.evidence('chapterTitle', titleSeg!), r.evidence(single ? 'articles' : 'articleRange', toSeg ? { from: fromSeg!.from, to: toSeg.to } : fromSeg!)],
      provenance: r.provenance(item),
    });
    return node;
  });
}

function splitParenthetical(r: Reader, seg: Segment): { name: Segment; parenthetical: Segment | null } {
  const text = textOf(r.lt, seg);
  const open = text.indexOf(' (');
  if (open === -1 || !text.endsWith(')')) return { name: seg, parenthetical: null };
  return { name: sub(seg, 0, open), parenthetical: sub(seg, open + 2, text.length - 1) };
}

/** Later mentions tie an offence to its article: "NAME (Art. 185. CC RS)", "NAME under Art. 185 of the CC". */
export function offenceArticles(r: Reader, nodes: readonly FactOf<'offence'>[], from: number): void {
  for (const node of nodes) {
    if (!node.name) continue;
    for (let at = r.lt.text.indexOf(node.name, from); at !== -1; at = r.lt.text.indexOf(node.name, at + 1)) {
      const after = r.lt.text.slice(at + node.name.length, at + node.name.length + 40);
      const m = /^ ?\(Art\. (\d+[a-z]?)\.? (CC(?: RS)?)\)/.exec(after) ?? /^ under Art\. (\d+[a-z]?) of the (CC)\b/.exec(after);
      const ref = m ? resolveInstrumentRef(m[2]!) : null;
      // Only a mention citing the code the offence's chapter belongs to.
      if (!m || !ref || instrumentIri(ref) !== node.instrument) continue;
      const article = provisionIri(`${ref}:${m[1]}`);
      if (!node.articles.includes(article)) node.articles.push(article);
      node.evidence.push(r.evidence('articles', { from: at, to: at + node.name.length + m[0].length }));
      addName(node.alternateNames, r.name({ from: at, to: at + node.name.length }));
      node.provenance.push(...r.provenance({ from: at, to: at + node.name.length + m[0].length }));
    }
  }
}

/** "Under the Criminal Code Amendments in effect as of 1 June 2017, CHANGES" → fact + amending act. */
export function amendmentNodes(r: Reader, lead: Segment): [FactOf<'amendment-event'>, Instrument] | null {
  const m = matchIn(r.lt, lead, AMENDMENT);
  if (!m) return null;
  const [, titleSeg, codeSeg, inEffectSeg, dateSeg, changesSeg] = m;
  const codeRef = resolveInstrumentRef(r.text(codeSeg!)) ?? r.fail(codeSeg!.from, 'a code the project knows', r.text(codeSeg!));
  const date = parseDayMonthYear(r.text(dateSeg!)) ?? r.fail(dateSeg!.from, 'a calendar date', r.text(dateSeg!));
  const ref = `${codeRef}-amendments-${date.slice(0, 4)}`;
  const title = r.name(titleSeg!);
  const act = instrumentNode({
    ref,
    kind: 'amending-act',
    jurisdiction: (r.ctx.entry.jurisdiction ?? r.fail(lead.from, 'a "jurisdiction" in the manifest entry (the amending act is that State\'s)')).toUpperCase(),
    title: title.name,
    alternateNames: [title],
    firstDateEntryInForce: date,
    entryIntoForce: [{ text: r.text(inEffectSeg!), date, appliesTo: [], provenance: r.provenance(inEffectSeg!) }],
    amends: [instrumentIri(codeRef)],
    provenance: r.provenance(lead),
  });
  const fact = factNode(r.ctx, 'amendment-event', ref, {
    name: title.name,
    alternateNames: [title],
    description: r.text(lead),
    amendingAct: act['@id'],
    amends: [instrumentIri(codeRef)],
    inForceFrom: date,
    changes: r.text(changesSeg!),
    evidence: [r.evidence('inForceFrom', dateSeg!), r.evidence('changes', changesSeg!)],
    provenance: r.provenance(lead),
  });
  return [fact, act];
}
