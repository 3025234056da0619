/**
 * The typed accessor module every data package ships: the one query file
 * (pipeline/assets/accessor.js) bound to the package's data, and declarations whose ref
 * types are the refs the data really has, so a misspelled ref fails type-checking.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@cyberlex/schema';
import { PACKAGE_DIR } from '../paths.js';

const ACCESSOR = readFileSync(join(PACKAGE_DIR, 'assets', 'accessor.js'), 'utf8');

export function accessorModule(): string {
  return `${ACCESSOR}
import { readFileSync } from 'node:fs';

/** The package's dataset, as shipped in data.jsonld. */
export const dataset = JSON.parse(readFileSync(new URL('./data.jsonld', import.meta.url), 'utf8'));

const accessor = createAccessor(dataset);
export const { instruments, instrument, instrumentById, provisions, provision, provisionById, versions, at, statements, mappings, mapping, facts, conflicts, tombstone } = accessor;
`;
}

const union = (values: readonly string[]) => (values.length === 0 ? 'never' : [...new Set(values)].map((v) => JSON.stringify(v)).join('\n  | '));

export function accessorDeclarations(data: Dataset, types: string): string {
  const articleRefs = data.provisions.filter((p) => p.kind === 'article').map((p) => p.ref);
  const paragraphRefs = data.provisions.filter((p) => p.kind === 'paragraph').map((p) => p.ref);
  const structureRefs = data.provisions.filter((p) => p.kind !== 'article' && p.kind !== 'paragraph').map((p) => p.ref);
  const factKinds = data.facts.map((f) => f.kind);
  return `${types}
/** Refs of the articles in this package. */
export type ArticleRef =
  | ${union(articleRefs)};
/** Refs of the paragraphs in this package. */
export type ParagraphRef =
  | ${union(paragraphRefs)};
/** Refs of chapters, sections, titles and headings in this package. */
export type StructureRef =
  | ${union(structureRefs)};
export type Ref = ArticleRef | ParagraphRef | StructureRef;
/** Instrument refs in this package. */
export type InstrumentRefIn = ${union(data.instruments.map((i) => i.ref))};
/** Convention articles with an implementation mapping in this package. */
export type MappedArticleRef = ${union(data.mappings.map((m) => m.articleRef))};
export type FactKind = ${union(factKinds)};

/** A provision as it stood on a date. */
export interface PointInTime {
  provision: Provision;
  /** The version in force on the date; null before the first version. */
  version: Version | null;
  status: Version['status'] | 'not-in-force';
  /** The version's paragraphs (just the one, for a paragraph ref); empty when not in force. */
  paragraphs: Paragraph[];
}

/** The package's dataset, as shipped in data.jsonld. */
export declare const dataset: Dataset;
export declare function instruments(): Instrument[];
export declare function instrument(ref: InstrumentRefIn): Instrument | undefined;
export declare function instrumentById(iri: Iri): Instrument | undefined;
export declare function provisions(): Provision[];
export declare function provision(ref: Ref): Provision | undefined;
export declare function provisionById(iri: Iri): Provision | undefined;
/** Every version of the article (a paragraph ref: of its article), oldest first. */
export declare function versions(ref: ArticleRef | ParagraphRef): Version[];
/** What the provision said on \`date\` (YYYY-MM-DD); without a date, the latest version. */
export declare function at(ref: ArticleRef | ParagraphRef, date?: \`\${number}-\${number}-\${number}\`): PointInTime | undefined;
/** What the sources say about the article ("not amendment" …). */
export declare function statements(ref: ArticleRef | ParagraphRef): Statement[];
export declare function mappings(): Mapping[];
export declare function mapping(articleRef: MappedArticleRef): Mapping | undefined;
export declare function facts(kind?: FactKind): Fact[];
export declare function conflicts(): Conflict[];
/** An id this package had in an earlier version and no longer has: the ref it had and the id that replaced it, if any. */
export declare function tombstone(iri: Iri): Tombstone | undefined;
`;
}
