/**
 * Parser for the Ministry of Interior's reply to the Lanzarote Committee (document kind
 * "lanzarote-reply"): the letter, the legal framework it lists, the Criminal Code's age
 * definitions and offences, the 2017 Criminal Code amendments (also an amending-act
 * Instrument), the institutions, measures, registers, databases, cooperation and results.
 * The hard line breaks are undone first (layout.ts); every span is still on the raw text.
 */
import type { Fact, FactOf, Instrument } from '@cyberlex/schema';
import { emptyGraph, type Graph } from '../../model/graph.js';
import type { ParseContext } from '../context.js';
import { Reader } from '../kit/fact.js';
import { OrgRegistry } from '../kit/orgs.js';
import { paragraphs } from '../kit/text.js';
import { bodyBlocks } from './blocks.js';
import { describe, type DescribeScope } from './described.js';
import { parseHeader } from './header.js';
import { institutions } from './institutions.js';
import { lanzaroteLogical } from './layout.js';
import { ageDefinitions, amendmentNodes, LegislationIndex, legalReferences, offenceArticles, offences, type ChapterScope } from './legal.js';

const LEGAL_FRAMEWORK = 'Legal framework';
const INSTITUTIONAL_FRAMEWORK = 'Institutional framework';
const RUN_ON = 'the source runs this paragraph on from the list item before it, without a break';

export function parseLanzarote(ctx: ParseContext): Graph {
  const r = new Reader(ctx, lanzaroteLogical(ctx.doc.text));
  const paras = paragraphs(r.lt);
  const { letter, bodyStart } = parseHeader(r, paras);
  const opening = paras[bodyStart] ?? r.fail(r.lt.text.length, 'the body of the letter', '(end of letter)');
  letter.description = r.text(opening);
  letter.provenance.push(...r.provenance(opening));

  const { blocks, signature } = bodyBlocks(r, paras.slice(bodyStart + 1));
  if (signature) {
    letter.signature = r.text(signature);
    letter.evidence.push(r.evidence('signature', signature));
  }
  const scope: DescribeScope = { orgs: new OrgRegistry(r), laws: new LegislationIndex(), used: new Set(), lastLaw: null };
  const chapters: ChapterScope = { instrumentRef: null };
  const facts: Fact[] = [];
  const offenceNodes: FactOf<'offence'>[] = [];
  const instruments: Instrument[] = [];
  let listed = false;

  for (const { section, lead, items } of blocks) {
    if (section === LEGAL_FRAMEWORK && lead === null && !listed) {
      legalReferences(r, items, scope.laws);
      listed = true;
      continue;
    }
    if (lead === null) {
      facts.push(...describe(r, section, null, items, scope));
      continue;
    }
    const ages = ageDefinitions(r, lead, items, scope.laws);
    if (ages) {
      facts.push(...describe(r, section, lead, [], scope), ...ages);
      continue;
    }
    const chapterOffences = offences(r, lead, items, chapters);
    if (chapterOffences) {
      offenceNodes.push(...chapterOffences);
      continue;
    }
    const amendment = amendmentNodes(r, lead);
    if (amendment) {
      facts.push(amendment[0]);
      instruments.push(amendment[1]);
      continue;
    }
    const institutional = section === INSTITUTIONAL_FRAMEWORK ? institutions(r, lead, items, scope.orgs, scope.used) : null;
    if (institutional) {
      facts.push(institutional.fact);
      if (institutional.runOn) facts.push(...describe(r, section, institutional.runOn, [], scope, RUN_ON));
      continue;
    }
    facts.push(...describe(r, section, lead, items, scope));
  }
  if (!listed) r.fail(r.lt.text.length, `a "${LEGAL_FRAMEWORK}:" heading followed by the list of laws`);
  offenceArticles(r, offenceNodes, 0);
  return {
    ...emptyGraph(),
    instruments,
    facts: [letter, ...scope.laws.nodes(), ...offenceNodes, ...facts, ...scope.orgs.nodes()],
  };
}
