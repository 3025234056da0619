/** Test helpers: the real sources as parse contexts, and checks that provenance slices back to the raw text. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Fact, type FactOf, type Provenance } from '@cyberlex/schema';
import { SourceError } from '../../src/errors.js';
import { expect } from 'vitest';
import type { ExtractedSource } from '../../src/extract/types.js';
import type { Graph } from '../../src/model/graph.js';
import { createParseContext, type ParseContext } from '../../src/parse/context.js';
import { Manifest, type ManifestEntry } from '../../src/sources/manifest.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export const manifest = Manifest.parse(JSON.parse(readFileSync(`${root}raw/manifest.json`, 'utf8')));

export function entryOf(id: string): ManifestEntry {
  const entry = manifest.sources.find((s) => s.id === id);
  if (!entry) throw new Error(`no manifest entry ${id}`);
  return entry;
}

export function rawText(id: string): string {
  return readFileSync(`${root}raw/${entryOf(id).file}`, 'utf8');
}

/** A parse context over `text` (the real file unless given), as the extract stage would build it. */
export function contextOf(id: string, text = rawText(id)): ParseContext {
  const entry = entryOf(id);
  const doc: ExtractedSource = {
    source: id,
    file: `raw/${entry.file}`,
    sha256: createHash('sha256').update(text).digest('hex'),
    mediaType: 'text/plain',
    text,
    textOffset: 0,
    pages: null,
  };
  return createParseContext(entry, doc);
}

export const collapse = (s: string) => s.replace(/<[^>]+>/g, '').replace(/\*/g, '').replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();

/**
 * True when the pieces, sliced from `raw` and whitespace-collapsed, concatenate to `text` with
 * at most one space between two pieces (no space where a split word was rejoined).
 */
export function slicesTo(raw: string, provenance: readonly Provenance[], text: string): boolean {
  const want = collapse(text);
  let at = 0;
  for (const [i, p] of provenance.entries()) {
    const piece = collapse(raw.slice(p.start, p.end));
    if (i > 0 && want[at] === ' ') at++;
    if (!want.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === want.length;
}

export interface TextClaim {
  path: string;
  text: string;
  provenance: Provenance[];
  /** A name may be cited at every place the source gives it: each span is the whole name. */
  isName: boolean;
}

/** Every `{text|name, provenance}` pair inside a node, with the path to it. */
export function textClaims(node: unknown, path = ''): TextClaim[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => textClaims(n, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const out: TextClaim[] = [];
  const isName = typeof o.text !== 'string';
  // A node's own provenance covers all of it (text and list items): checked by expectFaithful as a whole.
  const own = '@id' in o ? null : typeof o.text === 'string' ? o.text : typeof o.name === 'string' ? o.name : null;
  if (own !== null && Array.isArray(o.provenance) && o.provenance.length > 0) out.push({ path, text: own, provenance: o.provenance as Provenance[], isName });
  for (const [k, v] of Object.entries(o)) if (k !== 'provenance') out.push(...textClaims(v, `${path}.${k}`));
  return out;
}

/** A claim slices back: its spans concatenate to its text, or (a name) each span is the name. */
export function claimSlicesBack(claim: TextClaim, raws: Record<string, string>): boolean {
  const sources = new Set(claim.provenance.map((p) => p.source));
  if (sources.size === 1 && slicesTo(raws[claim.provenance[0]!.source]!, claim.provenance, claim.text)) return true;
  return claim.isName && claim.provenance.every((p) => collapse(raws[p.source]!.slice(p.start, p.end)) === collapse(claim.text));
}

/** Check every node: valid by its zod schema, and every text it cites slicing back to the raw text. */
export function expectFaithful(graph: Pick<Graph, 'facts'>, raws: Record<string, string>): number {
  let checked = 0;
  for (const fact of graph.facts) {
    const parsed = Fact.safeParse(fact);
    if (!parsed.success) throw new Error(`${fact['@id']}: ${parsed.error.message}`);
    for (const claim of textClaims(fact)) {
      const slices = claim.provenance.map((p) => raws[p.source]!.slice(p.start, p.end));
      expect(claimSlicesBack(claim, raws), `${fact['@id']}${claim.path}: ${JSON.stringify(claim.text)} vs ${JSON.stringify(slices)}`).toBe(true);
      checked++;
    }
    // The node's own provenance covers its name and description.
    const covered = fact.provenance.map((p) => collapse(raws[p.source]!.slice(p.start, p.end))).join(' ');
    for (const t of [fact.description, fact.name, 'text' in fact && typeof fact.text === 'string' ? fact.text : null]) {
      if (t !== null && fact.provenance.every((p) => p.source === fact.source)) expect(covered, `${fact['@id']} provenance covers ${JSON.stringify(t.slice(0, 60))}`).toContain(collapse(t).slice(0, 40));
    }
  }
  expect(checked).toBeGreaterThan(graph.facts.length);
  return checked;
}

/**
 * The same page as the Octopus platform publishes it with the English interface: headings and
 * status labels in English (fixture pairs, independent of the parser's heading table).
 */
const FRENCH_TO_ENGLISH: [string, string][] = [
  ['Statut concernant la Convention de Budapest', 'Status regarding Budapest Convention'],
  ['Politiques / stratégies en matière de cybercriminalité', 'Cybercrime policies/strategies'],
  ['Institutions spécialisées', 'Specialised institutions'],
  ['Jurisprudence / droit jurisprudent', 'Case law'],
  ['Statut : Partie', 'Status: Party'],
  ['Déclarations et réserves :', 'Declarations and reservations:'],
  ['Voir le profil légal', 'See the legal profile'],
  ['Retour Serbia', 'Back Serbia'],
];

export function englishVariant(text: string): string {
  return FRENCH_TO_ENGLISH.reduce((out, [fr, en]) => out.split(fr).join(en), text);
}

/** The facts of one kind, typed. */
export const of = <K extends Fact['kind']>(facts: Fact[], kind: K) => facts.filter((f): f is FactOf<K> => f.kind === kind);

/** The 1-based line of a text's first occurrence of `needle`. */
export const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** `fn` throws a SourceError at `line` (some column) whose message matches `expected`. */
export function expectSourceError(fn: () => unknown, line: number, expected: RegExp): SourceError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    const err = e as SourceError;
    expect(err.where.line, err.message).toBe(line);
    expect(err.where.column).toBeGreaterThanOrEqual(1);
    expect(err.message).toMatch(expected);
    return err;
  }
  throw new Error('expected a SourceError');
}
