/**
 * Parsers by document kind: one table. Adding another country's profile is a manifest
 * entry with kind "country-profile", not new code.
 *
 * Each parser is loaded when a source of its kind is parsed, not before: a rerun whose
 * graphs all come from the parse cache never loads the HTML parser and its grammar modules.
 */
import type { Graph } from '../model/graph.js';
import type { ParseContext } from './context.js';

export type Parser = (ctx: ParseContext) => Graph;

export const PARSERS: Record<string, () => Promise<Parser>> = {
  'consolidated-law': async () => (await import('./law/index.js')).parseLaw,
  'country-profile': async () => (await import('./profile/index.js')).parseProfile,
  'octopus-country-wiki': async () => (await import('./octopus/index.js')).parseOctopus,
  'lanzarote-reply': async () => (await import('./lanzarote/index.js')).parseLanzarote,
  'activity-record': async () => (await import('./conference/index.js')).parseConference,
};

/** The parser of a document kind, loaded; undefined for a kind with none. */
export async function parserFor(kind: string): Promise<Parser | undefined> {
  return hasParser(kind) ? PARSERS[kind]!() : undefined;
}

export function hasParser(kind: string): boolean {
  return Object.hasOwn(PARSERS, kind); // not `in`: "toString" is no kind
}
