/**
 * The case law section: case studies, each opened by its heading
 * `Case study N – “NAME” (Art. 5 and 6 of Convention)` and running until the next one.
 * From the body: the period, the parties (named by initials) and countries, sums of money,
 * the operation the case belongs to, and the Criminal Code articles of a conviction.
 *
 *   case-law   := case+
 *   case       := CASE_HEADING PARAGRAPH+
 */
import type { Fact, FactOf } from '@cyberlex/schema';
import { resolveInstrumentRef } from '../../model/entity-rules.js';
import { provisionIri, slug } from '../../model/iri.js';
import { parseMonthYear } from '../kit/dates.js';
import { factNode, type Reader } from '../kit/fact.js';
import { addName, type OrgRegistry } from '../kit/orgs.js';
import { matchIn, sentences, sub, textOf, type Segment } from '../kit/text.js';
import { findAmounts } from './amounts.js';
import type { Section } from './sections.js';

const CASE_HEADING = /^Case study (\d+) [–-] [“"]([^”"]+)[”"] \((.+)\)$/d;
const FILED_UNDER = /^Art\.? ?(\d+[a-z]?(?:(?:, | and )\d+[a-z]?)*) of (?:the )?(.+)$/d;
const PERIOD = /\bin the (period (?:from ([A-Z][a-z]+ \d{4}) until (?:the end of )?([A-Z][a-z]+ \d{4})|of [^,.]+))/dg;
const PARTY = /\b([A-Z]\.[A-Z]\.)(?: from ([A-Z][a-z]+))?/dg;
const AUTHORITIES_OF = /\bauthorities of (.+?) participated\b/d;
const OPERATION = /\boperation (?:called|titled) [“"]([^”"]+)[”"]/d;
const CONDUCTING = /^(.+?) (?:are|is) conducting\b/d;
const COMMENCED = /\bcommenced in (\d{4})\b/d;
const CONVICTION = /\bunder art\.? ?(\d+[a-z]?)(?: paragraph (\d+))?/dg;

interface CaseDraft {
  heading: Segment;
  match: (Segment | null)[];
  body: Segment[];
}

export function parseCases(r: Reader, section: Section, conventionRef: string, orgs: OrgRegistry): Fact[] {
  const drafts: CaseDraft[] = [];
  for (const para of section.body) {
    const heading = matchIn(r.lt, para, CASE_HEADING);
    if (heading) {
      const expected = String(drafts.length + 1);
      if (r.text(heading[1]!) !== expected) r.fail(para.from, `case study ${expected} (case studies are numbered in order)`, r.text(para));
      drafts.push({ heading: para, match: heading, body: [] });
    } else if (drafts.length === 0) {
      r.fail(para.from, 'a case study heading: Case study N – “NAME” (Art. N of Convention)', r.text(para));
    } else {
      drafts.at(-1)!.body.push(para);
    }
  }
  if (drafts.length === 0) r.fail(section.heading.to, 'at least one case study');
  return drafts.flatMap((d) => {
    if (d.body.length === 0) r.fail(d.heading.to, 'the text of the case study');
    return caseStudy(r, d, conventionRef, orgs);
  });
}

function caseStudy(r: Reader, d: CaseDraft, conventionRef: string, orgs: OrgRegistry): Fact[] {
  const [, numberSeg, nameSeg, articlesSeg] = d.match as Segment[];
  const filed = matchIn(r.lt, articlesSeg!, FILED_UNDER);
  if (!filed) r.fail(articlesSeg!.from, 'the Convention articles: "Art. N[ and N] of Convention"', r.text(articlesSeg!));
  const instrumentName = r.text(filed![2]!);
  // "of Convention" means the convention the page is about.
  const ref = instrumentName === 'Convention' ? conventionRef : resolveInstrumentRef(instrumentName);
  if (!ref) r.fail(filed![2]!.from, 'a convention the project knows', instrumentName);
  const filedUnder = r.text(filed![1]!).split(/, | and /).map((n) => provisionIri(`${ref}:${n}`));

  const whole: Segment = { from: d.body[0]!.from, to: d.body.at(-1)!.to };
  const text = textOf(r.lt, whole);
  const name = r.name(nameSeg!);
  const node = factNode(r.ctx, 'case-study', `${r.text(numberSeg!)}-${slug(name.name)}`, {
    name: name.name,
    alternateNames: [name],
    description: r.text(whole),
    number: r.text(numberSeg!),
    filedUnder,
    period: null,
    parties: [],
    countries: [],
    amounts: findAmounts(r, whole),
    convictedUnder: [],
    convictions: [],
    partOf: null,
    evidence: [r.evidence('filedUnder', articlesSeg!), r.evidence('number', numberSeg!)],
    provenance: [...r.provenance(d.heading), ...r.provenanceAll(d.body)],
  });

  const period = [...text.matchAll(PERIOD)][0];
  if (period) {
    const at = (g: number) => (period.indices![g] ? sub(whole, period.indices![g]![0], period.indices![g]![1]) : null);
    node.period = {
      text: r.text(at(1)!),
      periodFrom: at(2) ? parseMonthYear(r.text(at(2)!)) : null,
      periodTo: at(3) ? parseMonthYear(r.text(at(3)!)) : null,
      provenance: r.provenance(at(1)!),
    };
  }
  // Countries in the order the case names them: the enumeration of authorities, then where parties are from.
  const authorities = matchIn(r.lt, whole, AUTHORITIES_OF);
  if (authorities) {
    const list = authorities[1]!;
    const listText = textOf(r.lt, list);
    for (const m of listText.matchAll(/(?:^|, | and )(?:the )?([^,]+?)(?=, | and |$)/dg)) {
      addCountry(r, node, sub(list, m.indices![1]![0], m.indices![1]![1]));
    }
  }
  for (const m of text.matchAll(PARTY)) {
    const seg = sub(whole, m.indices![1]![0], m.indices![1]![1]);
    const party = node.parties.find((p) => p.name === m[1]);
    if (party) {
      party.provenance.push(...r.provenance(seg));
      if (party.country === null && m[2]) party.country = m[2];
    } else node.parties.push({ name: m[1]!, country: m[2] ?? null, provenance: r.provenance(seg) });
    if (m[2]) addCountry(r, node, sub(whole, m.indices![2]![0], m.indices![2]![1]));
  }
  const extra: Fact[] = [];
  for (const para of d.body) {
    const operation = matchIn(r.lt, para, OPERATION);
    if (operation) {
      const op = operationNode(r, para, operation, orgs);
      node.partOf = op['@id'];
      node.evidence.push(r.evidence('partOf', operation[0]!));
      extra.push(op);
    }
    for (const sentence of sentences(r.lt, para)) {
      if (/\bconvicted\b/.test(textOf(r.lt, sentence))) convictions(r, sentence, node);
    }
  }
  return [node, ...extra];
}

function addCountry(r: Reader, node: FactOf<'case-study'>, seg: Segment): void {
  addName(node.countries, r.name(seg));
}

function operationNode(r: Reader, para: Segment, m: (Segment | null)[], orgs: OrgRegistry): FactOf<'operation'> {
  const nameSeg = m[1]!;
  const name = r.name(nameSeg);
  const node = factNode(r.ctx, 'operation', slug(name.name), {
    name: name.name,
    alternateNames: [name],
    startYear: null,
    conductedBy: [],
    provenance: r.provenance(para),
  });
  for (const sentence of sentences(r.lt, para)) {
    const conducting = matchIn(r.lt, sentence, CONDUCTING);
    if (conducting && conducting[0]!.to <= nameSeg.from) {
      const subject = conducting[1]!;
      for (const part of textOf(r.lt, subject).matchAll(/(?:^| and )(.+?)(?= and |$)/dg)) {
        node.conductedBy.push(orgs.register(sub(subject, part.indices![1]![0], part.indices![1]![1]), { category: 'mentioned' }));
      }
      node.evidence.push(r.evidence('conductedBy', subject));
    }
    const commenced = matchIn(r.lt, sentence, COMMENCED);
    if (commenced) {
      node.startYear = r.text(commenced[1]!);
      node.evidence.push(r.evidence('startYear', sentence));
    }
  }
  return node;
}

/** "convicted for … offence NAME under art 185 in concurrence with … offense NAME under art.135 paragraph 1 CC." */
function convictions(r: Reader, sentence: Segment, node: FactOf<'case-study'>): void {
  const text = textOf(r.lt, sentence);
  const code = /\b(CC|CPC)\.?$/.exec(text)?.[1] ?? /\bof the (CC|CPC)\b/.exec(text)?.[1];
  const ref = code ? resolveInstrumentRef(code) : null;
  if (!ref) r.fail(sentence.from, 'the code a conviction cites ("… CC")', text);
  for (const m of text.matchAll(CONVICTION)) {
    const before = text.slice(0, m.index);
    const offenceAt = Math.max(before.lastIndexOf('offence '), before.lastIndexOf('offense '));
    if (offenceAt === -1) r.fail(sentence.from + m.index, 'the name of the offence before "under art"', text);
    const provisionRef = `${ref}:${m[1]}${m[2] ? `/${m[2]}` : ''}`;
    const provision = provisionIri(provisionRef);
    const offence = sub(sentence, offenceAt + 'offence '.length, m.index - 1);
    const whole = sub(sentence, offenceAt + 'offence '.length, m.index + m[0].length);
    node.convictions.push({ offence: r.text(offence), provision, text: r.text(whole), provenance: r.provenance(whole) });
    if (!node.convictedUnder.includes(provision)) node.convictedUnder.push(provision);
  }
  if (node.convictions.length === 0) r.fail(sentence.from, 'the articles of the conviction ("under art N")', text);
  node.evidence.push(r.evidence('convictedUnder', sentence));
}
