/**
 * The linking rules (pipeline/data/entity-rules.json): one entry per real entity that the
 * sources name in more than one way — what kind of node it links, the canonical IRI, and the
 * names (normalised by names.ts) that denote it. A node of that kind named by any of them is
 * re-identified with the canonical IRI and merged; with `scan`, the names are also looked for
 * in every source's text (where a parser took data from) and kept as alternate names with
 * their spans. The parsers use the same table to resolve the instruments and bodies a source
 * refers to. A name ending in " *" matches any name that starts with the words before it.
 */
import { z } from 'zod';
import { readDataFile } from './data-file.js';
import { instrumentIri, nodeIri } from './iri.js';
import { normaliseName } from './names.js';
import { JURISDICTION_ID } from './refs.js';

export type RuleKind = 'instrument' | 'organization' | 'operation' | 'contact-point' | 'legal-reference';

export interface EntityRule {
  id: string;
  kind: RuleKind;
  iri: string;
  /** Instruments: the ref the IRI is built from ("rs-cc"), for provision refs. */
  ref?: string;
  names: string[];
  scan: boolean;
  /** Why these names are one entity (where the sources say so). */
  why: string;
  /**
   * The jurisdiction (a manifest id, "rs") whose sources the names are read in; null for a
   * Council of Europe instrument, named alike everywhere. "Ministry of Interior" in another
   * country's profile is that country's ministry, not Serbia's.
   */
  jurisdiction: string | null;
}

/** A name as the rules write it: already normalised, optionally ending in " *". */
const RuleName = z.string().refine((n) => n.length > 0 && normaliseName(n.replace(/ \*$/, '')) === n.replace(/ \*$/, ''), {
  message: 'a name written normalised (lower case, words of letters and digits, no "the"), as names.ts would make it',
});

const RuleEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['instrument', 'organization', 'operation', 'contact-point', 'legal-reference']),
    jurisdiction: z.string().regex(new RegExp(`^${JURISDICTION_ID}$`)).nullable(),
    /** Instruments: the ref their IRI is minted from. */
    instrument: z.string().regex(/^[a-z][a-z0-9-]*[a-z0-9]$/).optional(),
    /** Other nodes: "<kind path>/<local id>", as nodeIri mints it. */
    node: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/).optional(),
    names: z.array(RuleName).min(1),
    scan: z.boolean(),
    why: z.string().min(1),
  })
  .strict()
  .refine((r) => (r.kind === 'instrument' ? r.instrument !== undefined && r.node === undefined : r.node !== undefined && r.instrument === undefined), {
    message: 'an "instrument" ref for an instrument rule, a "node" for any other kind',
  });

const RuleFile = z.object({ $comment: z.string().optional(), rules: z.array(RuleEntry) }).strict();

export function entityRulesFrom(file: z.infer<typeof RuleFile>): EntityRule[] {
  return file.rules.map(({ instrument, node, ...rule }) => {
    if (instrument !== undefined) return { ...rule, iri: instrumentIri(instrument), ref: instrument };
    const slash = node!.indexOf('/');
    return { ...rule, iri: nodeIri(node!.slice(0, slash), node!.slice(slash + 1)) };
  });
}

/** Read and check a rules file's text (the pipeline's own by default). */
export function readEntityRules(text?: string): EntityRule[] {
  return entityRulesFrom(readDataFile('data/entity-rules.json', RuleFile, text));
}

export const ENTITY_RULES: readonly EntityRule[] = readEntityRules();

function matches(pattern: string, normalised: string): boolean {
  if (pattern.endsWith(' *')) {
    const prefix = pattern.slice(0, -2);
    return normalised === prefix || normalised.startsWith(`${prefix} `);
  }
  return pattern === normalised;
}

/** The rule whose names include `name` (of the given kinds, if any), read in a source of `jurisdiction` (any, if not given). */
export function ruleForName(name: string, kinds?: readonly RuleKind[], jurisdiction?: string): EntityRule | null {
  const normalised = normaliseName(name);
  if (normalised === '') return null;
  return ENTITY_RULES.find((r) => (!kinds || kinds.includes(r.kind)) && appliesIn(r, jurisdiction) && r.names.some((p) => matches(p, normalised))) ?? null;
}

/** Whether a rule reads names in a source of `jurisdiction` (unknown: yes). */
export function appliesIn(rule: EntityRule, jurisdiction: string | undefined): boolean {
  return rule.jurisdiction === null || jurisdiction === undefined || rule.jurisdiction === jurisdiction;
}

/** The IRI of the instrument (or listed legislation) a name refers to, or null. */
export function resolveLegislation(name: string): string | null {
  return ruleForName(name, ['instrument', 'legal-reference'])?.iri ?? null;
}

/** The ref of the instrument a name refers to ("Criminal Code" → "rs-cc"), or null. */
export function resolveInstrumentRef(name: string): string | null {
  return ruleForName(name, ['instrument'])?.ref ?? null;
}
