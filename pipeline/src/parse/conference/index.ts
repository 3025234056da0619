/**
 * Parser for a Joint Programme EC/CoE activity record (document kind "activity-record"): the
 * event with its labelled fields (labels.ts is the grammar, record.ts reads it), and any
 * contact point it reports. The page chrome (navigation, sign-in, footnote, links) is not data.
 */
import { emptyGraph, type Graph } from '../../model/graph.js';
import type { ParseContext } from '../context.js';
import { Reader } from '../kit/fact.js';
import { lineLogical } from '../kit/text.js';
import { eventFacts } from './event.js';
import { readRecord } from './record.js';

export function parseConference(ctx: ParseContext): Graph {
  const r = new Reader(ctx, lineLogical(ctx.doc.text));
  return { ...emptyGraph(), facts: eventFacts(r, readRecord(r)) };
}
