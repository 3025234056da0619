/**
 * Parser for an Octopus country wiki page (document kind "octopus-country-wiki"): the status
 * regarding the Budapest Convention and its declaration, the cybercrime strategies, the
 * specialised institutions and other authorities, and the case studies. Headings may be in
 * French or English (headings.ts); the footer is not data.
 */
import type { Graph } from '../../model/graph.js';
import { emptyGraph } from '../../model/graph.js';
import { resolveInstrumentRef } from '../../model/entity-rules.js';
import type { ParseContext } from '../context.js';
import { Reader } from '../kit/fact.js';
import { OrgRegistry } from '../kit/orgs.js';
import { lineLogical } from '../kit/text.js';
import { parseCases } from './cases.js';
import { parseInstitutions } from './institutions.js';
import { outline } from './sections.js';
import { parseStatus } from './status.js';
import { parseStrategies } from './strategies.js';

export function parseOctopus(ctx: ParseContext): Graph {
  const r = new Reader(ctx, lineLogical(ctx.doc.text));
  const page = outline(r);
  const orgs = new OrgRegistry(r);
  const { status, strategies, institutions } = page.sections;
  const statusFacts = parseStatus(r, status, page.country);
  const conventionRef = resolveInstrumentRef(r.text(status.subject!))!;
  parseInstitutions(r, institutions, orgs);
  const strategyFacts = parseStrategies(r, strategies, orgs);
  const caseFacts = parseCases(r, page.sections['case-law'], conventionRef, orgs);
  return { ...emptyGraph(), facts: [...statusFacts, ...strategyFacts, ...orgs.nodes(), ...caseFacts] };
}
