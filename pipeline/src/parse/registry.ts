/**
 * Parsers by document kind: one table. Adding another country's profile is a manifest
 * entry with kind "country-profile", not new code.
 */
import type { Graph } from '../model/graph.js';
import type { ParseContext } from './context.js';
import { parseLaw } from './law/index.js';

export type Parser = (ctx: ParseContext) => Graph;

export const PARSERS: Record<string, Parser> = {
  'consolidated-law': (ctx) => parseLaw(ctx),
  'country-profile': () => ({ instruments: [], provisions: [], statements: [], mappings: [], applications: [], facts: [], conflicts: [] }),
  'octopus-country-wiki': () => ({ instruments: [], provisions: [], statements: [], mappings: [], applications: [], facts: [], conflicts: [] }),
  'lanzarote-reply': () => ({ instruments: [], provisions: [], statements: [], mappings: [], applications: [], facts: [], conflicts: [] }),
  'activity-record': () => ({ instruments: [], provisions: [], statements: [], mappings: [], applications: [], facts: [], conflicts: [] }),
};

export function parserFor(kind: string): Parser | undefined {
  return PARSERS[kind];
}
