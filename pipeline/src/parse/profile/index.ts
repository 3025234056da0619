/**
 * Parser for a Council of Europe cybercrime country profile (document kind "country-profile"):
 * a two-column table of the Budapest Convention (ETS 185), article by article, beside the
 * State's answer. It gives the Convention's structure and text, the national provisions the
 * answers quote (with every version the amendments make), statements the answers make about
 * them, one implementation mapping per Convention article, and the State's standing with the
 * Convention (signature, ratification, a declaration).
 *
 * `parseProfileTable` reads a Table — from the text segmenter or the PDF table segmenter,
 * whichever fits the document — and sees of the markup only each block's `form` and `marks`.
 */
import type { Graph } from '../../model/graph.js';
import { segmentDocumentTable } from '../../segment/for-document.js';
import type { Table } from '../../segment/types.js';
import type { ParseContext } from '../context.js';
import { readProfile, type ProfileResult } from './reader.js';

export type { ProfileFacts, DeclarationFacts, CentralAuthority, Stated } from './facts.js';
export type { ProfileResult } from './reader.js';
export { ASSESSMENT_RULES, assess, type AssessmentRule } from './assessment-rules.js';

export function parseProfile(ctx: ParseContext): Graph {
  return parseProfileTable(segmentDocumentTable(ctx.doc), ctx);
}

export function parseProfileTable(table: Table, ctx: ParseContext): Graph {
  return readProfile(table, ctx).graph;
}

/** The graph and the typed facts (dates parsed) of a profile, from its text or its PDF. */
export function readProfileText(ctx: ParseContext): ProfileResult {
  return readProfile(segmentDocumentTable(ctx.doc), ctx);
}

export { readProfile };
