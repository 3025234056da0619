/**
 * One implementation mapping per Convention article: the national answer's own words, the
 * provisions they cite (as refs), the instruments or chapters they cite as a whole, the
 * provisions they quote, and the assessment the rule table derives from the words. Cited
 * national provisions also get an `applies` link to the Convention article (eli:applies).
 */
import type { Applies, Mapping, Provenance } from '@cyberlex/schema';
import { instrumentIri, nodeIri, provisionIri } from '../../model/iri.js';
import { assess } from './assessment-rules.js';
import type { Citation } from './citations.js';
import { Chapters } from './chapters.js';
import { byNumber } from '../../model/order.js';

/** The refs a citation names: paragraphs where it names them, else the articles. */
export function citedRefs(c: Citation): string[] {
  if (c.kind === 'chapter') return [];
  return c.numbers.flatMap((n) => (c.paragraphs.length > 0 ? c.paragraphs.map((p) => `${c.instrument}:${n}/${p}`) : [`${c.instrument}:${n}`]));
}

export interface MappingInput {
  articleRef: string;
  title: string;
  statement: string | null;
  citations: readonly Citation[];
  /** Instruments cited as a whole (national ones). */
  wholeInstruments: readonly string[];
  quoted: readonly string[];
  provenance: Provenance[];
  /** The manifest's jurisdiction id ("rs"), in the mapping's IRI. */
  jurisdictionSlug: string;
  /** As the mapping states it: "RS". */
  jurisdiction: string;
  source: string;
  sourceDate: string | null;
}

export function mappingNode(input: MappingInput): Mapping {
  const { assessment, rule } = assess(input.statement);
  const number = input.articleRef.slice(input.articleRef.indexOf(':') + 1);
  const chapters = input.citations.filter((c) => c.kind === 'chapter').map((c) => provisionIri(Chapters.ref(c.instrument, c.numbers[0]!)));
  return {
    '@id': nodeIri('mapping', `${input.jurisdictionSlug}/${input.articleRef.slice(0, input.articleRef.indexOf(':'))}-art-${number}`),
    '@type': ['cyberlex:ImplementationMapping'],
    article: provisionIri(input.articleRef),
    articleRef: input.articleRef,
    title: input.title,
    jurisdiction: input.jurisdiction,
    statement: input.statement,
    provisions: unique(input.citations.flatMap(citedRefs).map(provisionIri)),
    instruments: unique([...chapters, ...input.wholeInstruments.map(instrumentIri)]),
    quoted: unique([...input.quoted]),
    assessment,
    rule,
    source: input.source,
    sourceDate: input.sourceDate,
    provenance: input.provenance,
  };
}

/** eli:applies from every cited national provision to the Convention article; one node per provision. */
export class Applications {
  private readonly links = new Map<string, Set<string>>();

  /** `citations`: national ones. */
  add(citations: readonly Citation[], conventionArticle: string): void {
    for (const ref of citations.flatMap(citedRefs)) {
      const iri = provisionIri(ref);
      const set = this.links.get(iri) ?? new Set<string>();
      set.add(conventionArticle);
      this.links.set(iri, set);
    }
  }

  nodes(): Applies[] {
    return [...this.links.entries()]
      .sort(([a], [b]) => byNumber(a, b))
      .map(([iri, set]) => ({ '@id': iri, applies: [...set].sort(byNumber) }));
  }
}

function unique(iris: readonly string[]): string[] {
  return [...new Set(iris)];
}
