/**
 * The Convention's structure as the table heads it: chapters, sections within a chapter,
 * titles within a section. A new chapter closes its sections and titles; a new section
 * closes its titles. Articles belong to the innermost open unit.
 */
import type { Provision } from '@cyberlex/schema';
import { instrumentIri, provisionIri } from '../../model/iri.js';
import { provisionNode } from '../../model/nodes.js';
import type { ProfileContext } from './context.js';
import { textOf } from './pieces.js';
import type { StructureHeading } from './rows.js';

const DEPTH: Record<StructureHeading['unit'], number> = { chapter: 0, section: 1, title: 2 };

export class ConventionStructure {
  readonly provisions: Provision[] = [];
  /** Top-level parts of the instrument (its chapters). */
  readonly topLevel: string[] = [];
  private path: { unit: StructureHeading['unit']; ref: string; node: Provision }[] = [];

  constructor(
    private readonly instrument: string,
    private readonly pc: ProfileContext,
  ) {}

  open(heading: StructureHeading): void {
    const depth = DEPTH[heading.unit];
    // A section needs an open chapter, a title an open section.
    if (depth > 0 && !this.path.some((p) => DEPTH[p.unit] === depth - 1)) {
      this.pc.fail(heading.heading, `a ${depth === 1 ? 'chapter' : 'section'} heading before this ${heading.unit}`);
    }
    this.path = this.path.filter((p) => DEPTH[p.unit] < depth);
    const parent = this.path[this.path.length - 1];
    const ref = parent ? `${parent.ref}/${heading.unit}-${heading.number}` : `${this.instrument}:${heading.unit}-${heading.number}`;
    if (this.provisions.some((p) => p.ref === ref)) this.pc.fail(heading.heading, `a ${heading.unit} not headed before (${ref} is)`);
    const node = provisionNode({
      ref,
      kind: heading.unit,
      number: heading.number,
      title: textOf([heading.title]),
      isPartOf: parent ? parent.node['@id'] : instrumentIri(this.instrument),
      provenance: this.pc.provenance([heading.heading]),
    });
    this.provisions.push(node);
    if (parent) parent.node.hasPart.push(node['@id']);
    else this.topLevel.push(node['@id']);
    this.path.push({ unit: heading.unit, ref, node });
  }

  /** The innermost open unit, which a new article joins; the instrument itself if none is open. */
  adopt(articleRef: string): string {
    const inner = this.path[this.path.length - 1];
    if (!inner) {
      this.topLevel.push(provisionIri(articleRef));
      return instrumentIri(this.instrument);
    }
    inner.node.hasPart.push(provisionIri(articleRef));
    return inner.node['@id'];
  }
}
