/**
 * Parsers by document kind: one table. Adding another country's profile is a manifest
 * entry with kind "country-profile", not new code.
 */
import type { Graph } from '../model/graph.js';
import type { ParseContext } from './context.js';
import { parseConference } from './conference/index.js';
import { parseLanzarote } from './lanzarote/index.js';
import { parseLaw } from './law/index.js';
import { parseOctopus } from './octopus/index.js';
import { parseProfile } from './profile/index.js';

export type Parser = (ctx: ParseContext) => Graph;

export const PARSERS: Record<string, Parser> = {
  'consolidated-law': (ctx) => parseLaw(ctx),
  'country-profile': (ctx) => parseProfile(ctx),
  'octopus-country-wiki': (ctx) => parseOctopus(ctx),
  'lanzarote-reply': (ctx) => parseLanzarote(ctx),
  'activity-record': (ctx) => parseConference(ctx),
};

export function parserFor(kind: string): Parser | undefined {
  return PARSERS[kind];
}
