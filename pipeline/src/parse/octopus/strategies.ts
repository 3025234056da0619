/**
 * The strategies section. Each strategy opens with the paragraph that says it was adopted;
 * the paragraphs after it, until the next adoption, are its goals and who carries it out:
 *
 *   strategies := strategy+
 *   strategy   := ADOPTION (GOALS_LEAD_IN GOAL+ | RESPONSIBILITY)*
 *
 * A sentence of an adoption paragraph may also name the responsible authority.
 */
import type { Evidence, FactOf } from '@cyberlex/schema';
import { slug } from '../../model/iri.js';
import { parseDayMonthYear } from '../kit/dates.js';
import { factNode, type Reader } from '../kit/fact.js';
import type { OrgRegistry } from '../kit/orgs.js';
import { matchIn, sentences, type Segment } from '../kit/text.js';
import type { Section } from './sections.js';

const ADOPTION = /\badopted the (Strategy\b[^,]*?)(?:, with the (Action Plan\b[^,]*?))? on (\d{1,2} [A-Z][a-z]+ \d{4})\./d;
const YEARS = /(\d{4}) ?- ?(\d{4})/d;
const GOALS_LEAD_IN = /\b([a-z]+) specific goals\b/d;
const GOAL = /^(\d+)\. (.+)$/d;
const RESPONSIBLE = /^(.+?) is (?:the )?competent authority responsible for the implementation of the strategy\b/d;
const CARRIED_OUT_BY = /\bcarried out by (?:the )?(.+?)\.?$/d;
const ALSO_INVOLVED = /^(.+?) is also involved\.?$/d;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

type Strategy = FactOf<'strategy'>;

interface Draft {
  node: Strategy;
  paragraphs: Segment[];
  expectedGoals: { count: number; at: Segment } | null;
}

export function parseStrategies(r: Reader, section: Section, orgs: OrgRegistry): Strategy[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (const para of section.body) {
    const adoption = matchIn(r.lt, para, ADOPTION);
    if (adoption) {
      current = { node: strategyNode(r, para, adoption), paragraphs: [para], expectedGoals: null };
      drafts.push(current);
      responsibilities(r, para, current, orgs);
      continue;
    }
    if (!current) return r.fail(para.from, 'a paragraph saying a strategy was adopted ("… adopted the Strategy … on D Month YYYY.")', r.text(para));
    current.paragraphs.push(para);
    const goal = matchIn(r.lt, para, GOAL);
    if (goal) {
      const number = r.text(goal[1]!);
      const expected = String(current.node.goals.length + 1);
      if (number !== expected) r.fail(para.from, `goal ${expected} (goals are numbered in order)`, r.text(para));
      current.node.goals.push({ number, ...r.entry(goal[2]!) });
      continue;
    }
    const leadIn = matchIn(r.lt, para, GOALS_LEAD_IN);
    if (leadIn) {
      const count = NUMBER_WORDS[r.text(leadIn[1]!)];
      if (count === undefined) r.fail(leadIn[1]!.from, 'a number of goals written as a word (one … ten)', r.text(leadIn[1]!));
      current.expectedGoals = { count: count!, at: leadIn[1]! };
      continue;
    }
    if (!responsibilities(r, para, current, orgs)) {
      r.fail(para.from, "a strategy's goals or the authority responsible for it", r.text(para));
    }
  }
  if (drafts.length === 0) r.fail(section.heading.to, 'at least one strategy in the strategies section');
  for (const d of drafts) {
    if (d.expectedGoals && d.expectedGoals.count !== d.node.goals.length) {
      r.fail(d.expectedGoals.at.from, `${d.expectedGoals.count} numbered goals, as the strategy says`, `${d.node.goals.length}`);
    }
    d.node.provenance = r.provenanceAll(d.paragraphs);
  }
  return drafts.map((d) => d.node);
}

function strategyNode(r: Reader, para: Segment, m: (Segment | null)[]): Strategy {
  const [, nameSeg, planSeg, dateSeg] = m as [Segment, Segment, Segment | null, Segment];
  const evidence: Evidence[] = [];
  const years = matchIn(r.lt, nameSeg, YEARS);
  if (years) evidence.push(r.evidence('startYear', years[1]!), r.evidence('endYear', years[2]!));
  const adopted = parseDayMonthYear(r.text(dateSeg));
  if (!adopted) r.fail(dateSeg.from, 'a calendar date "D Month YYYY"', r.text(dateSeg));
  evidence.push(r.evidence('adopted', dateSeg));
  let actionPlan: Strategy['actionPlan'] = null;
  if (planSeg) {
    const planYears = matchIn(r.lt, planSeg, YEARS);
    actionPlan = {
      // The plan's name is its words before the parenthesised period.
      name: r.text(planSeg).split(' (')[0]!,
      startYear: planYears ? r.text(planYears[1]!) : null,
      endYear: planYears ? r.text(planYears[2]!) : null,
      ...r.entry(planSeg),
    };
  }
  const name = r.name(nameSeg);
  return factNode(r.ctx, 'strategy', slug(name.name), {
    name: name.name,
    alternateNames: [name],
    description: r.text(para),
    startYear: years ? r.text(years[1]!) : null,
    endYear: years ? r.text(years[2]!) : null,
    adopted,
    actionPlan,
    goals: [],
    responsible: null,
    involved: [],
    evidence,
    provenance: r.provenance(para),
  });
}

/** The sentences of a paragraph that say who is responsible or involved; false if none does. */
function responsibilities(r: Reader, para: Segment, draft: Draft, orgs: OrgRegistry): boolean {
  let found = false;
  const node = draft.node;
  for (const sentence of sentences(r.lt, para)) {
    const responsible = matchIn(r.lt, sentence, RESPONSIBLE);
    if (responsible) {
      if (node.responsible !== null) r.fail(sentence.from, 'one authority responsible for a strategy', r.text(sentence));
      node.responsible = orgs.register(responsible[1]!, { category: 'competent-authority' });
      node.evidence.push(r.evidence('responsible', sentence));
      found = true;
    }
    for (const re of [CARRIED_OUT_BY, ALSO_INVOLVED]) {
      const involved = matchIn(r.lt, sentence, re);
      if (involved) {
        node.involved.push(orgs.register(involved[1]!, { category: 'mentioned' }));
        node.evidence.push(r.evidence('involved', sentence));
        found = true;
      }
    }
  }
  return found;
}
