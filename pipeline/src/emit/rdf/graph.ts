/**
 * Datasets → their quads, with the blank node labels jsonld.toRDF gives, so the graph is byte for
 * byte what jsonld made of it.
 *
 * jsonld labels blank nodes in two passes, and so does this:
 * 1. Its node map walks the expanded documents depth first: each node's properties in order of
 *    their full IRIs (expansion sorts keys), each property's values in order. Every node without
 *    an @id gets the next label (`_:b0`, `_:b1`, …) when it is met, before its own properties.
 * 2. Its RDF conversion then visits the subjects in order of their ids (as strings, `_:b…` too),
 *    each subject's properties in IRI order, and gives the cells of each list the next labels.
 * Quads of plain values and links are added in pass 1; lists are kept, and added in pass 2.
 */
import { type ActiveContext, type TermDefinition, documentContext } from './context.js';
import { RdfSerializationError, rethrowWithin } from './error.js';
import { expandIri } from './iri.js';
import { describe, isObject } from './json.js';
import { QuadSet } from './quads.js';
import { RDF_FIRST, RDF_NIL, RDF_REST, RDF_TYPE, iriTerm } from './syntax.js';
import { ValueTerms } from './values.js';

const TYPE = iriTerm(RDF_TYPE);
const FIRST = iriTerm(RDF_FIRST);
const REST = iriTerm(RDF_REST);
const NIL = iriTerm(RDF_NIL);

/** The lists of one subject, by predicate IRI, in the order they were met. */
interface SubjectLists {
  readonly subject: string;
  readonly byPredicate: Map<string, { readonly predicate: string; readonly lists: string[][] }>;
}

export class GraphWriter {
  private issued = 0;
  private readonly quads = new QuadSet();
  private readonly values = new ValueTerms();
  /** By subject id as jsonld's node map keys it: the IRI, or the `_:b…` label. */
  private readonly lists = new Map<string, SubjectLists>();

  /** The N-Quads of all `documents` as one graph: sorted lines, each once. */
  static write(documents: readonly unknown[]): string {
    const writer = new GraphWriter();
    documents.forEach((document, index) => {
      try {
        writer.document(document);
      } catch (error) {
        rethrowWithin(error, `datasets[${index}]`);
      }
    });
    writer.addLists();
    return writer.quads.toNQuads();
  }

  private document(document: unknown): void {
    if (!isObject(document)) throw new RdfSerializationError(`a dataset must be a JSON object, found ${describe(document)}`);
    const context = documentContext(document['@context']);
    const id = document['@id'];
    // jsonld drops or labels a top-level node without @id by rules of its own: every dataset has one
    if (typeof id !== 'string') throw new RdfSerializationError(`a dataset must have a string @id, found ${describe(id)}`);
    const iri = expandIri(context, id, 'document');
    this.node(document, iri, iriTerm(iri), context);
  }

  /** One node's quads; `id` is its node-map key (its IRI, or its label), `subject` the same in N-Quads syntax. */
  private node(node: Readonly<Record<string, unknown>>, id: string, subject: string, context: ActiveContext): void {
    const properties: TermDefinition[] = [];
    for (const key of Object.keys(node)) {
      if (key === '@id' || key === '@context') continue;
      if (key === '@type') this.types(node[key], subject, context);
      else {
        const definition = context.term(key);
        if (definition === undefined) {
          const what = key.startsWith('@') ? `keyword ${key} in a node object` : `"${key}" is not a term of the context`;
          throw new RdfSerializationError(`${what}: the N-Quads serializer does not handle it`).within(`.${key}`);
        }
        properties.push(definition);
      }
    }
    // the node map's order: by IRI; two terms of one IRI, by term (expansion appends in key order)
    properties.sort(inNodeMapOrder);
    for (const definition of properties) {
      try {
        this.property(node[definition.term], definition, id, subject, context.within(definition));
      } catch (error) {
        rethrowWithin(error, `.${definition.term}`);
      }
    }
  }

  private types(value: unknown, subject: string, context: ActiveContext): void {
    const objects = this.quads.objectsOf(subject, TYPE);
    for (const type of Array.isArray(value) ? value : [value]) {
      if (typeof type !== 'string') throw new RdfSerializationError(`@type must be a string or an array of strings, found ${describe(value)}`).within('.@type');
      objects.push(this.values.iri(context, type, 'vocab'));
    }
  }

  /** `context` is the one in force in the values: the term's scoped context, if it has one. */
  private property(value: unknown, definition: TermDefinition, id: string, subject: string, context: ActiveContext): void {
    // JSON-LD has no null: a key whose value is null (or missing) states nothing
    if (value === null || value === undefined) return;
    if (definition.container === 'list') {
      this.list(id, subject, definition, Array.isArray(value) ? value : [value], context);
      return;
    }
    if (!Array.isArray(value)) {
      this.quads.add(subject, definition.predicate, this.object(value, definition, context));
      return;
    }
    // jsonld would flatten an array in an array into the set: our data never nests them
    this.objectsOfItems(value, definition, context, this.quads.objectsOf(subject, definition.predicate), 'an array in an array: not supported');
  }

  /** The objects of an array's items (null items skipped), appended to `objects`; an array item throws `nested`. */
  private objectsOfItems(items: readonly unknown[], definition: TermDefinition, context: ActiveContext, objects: string[], nested: string): string[] {
    for (let index = 0; index < items.length; index++) {
      const item: unknown = items[index];
      if (item === null || item === undefined) continue;
      try {
        if (Array.isArray(item)) throw new RdfSerializationError(nested);
        objects.push(this.object(item, definition, context));
      } catch (error) {
        rethrowWithin(error, `[${index}]`);
      }
    }
    return objects;
  }

  /** An @list value: its items now (nodes in them get their labels in pass 1), its cells in pass 2. */
  private list(id: string, subject: string, definition: TermDefinition, items: readonly unknown[], context: ActiveContext): void {
    // jsonld would make a list of lists: not in our data, and not modelled here
    const objects = this.objectsOfItems(items, definition, context, [], 'an array in a @list: lists of lists are not supported');
    let lists = this.lists.get(id);
    if (lists === undefined) {
      lists = { subject, byPredicate: new Map() };
      this.lists.set(id, lists);
    }
    const ofPredicate = lists.byPredicate.get(definition.iri);
    if (ofPredicate === undefined) lists.byPredicate.set(definition.iri, { predicate: definition.predicate, lists: [objects] });
    else ofPredicate.lists.push(objects);
  }

  /** One value of a property in N-Quads syntax: a literal, an IRI, or a nested node (its quads added first). */
  private object(value: unknown, definition: TermDefinition, context: ActiveContext): string {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return this.values.scalar(value, definition, context);
    if (isObject(value)) return '@value' in value ? this.values.valueObject(value, context) : this.embedded(value, context);
    throw new RdfSerializationError(`a value of ${describe(value)} (${typeof value}): not JSON`);
  }

  /** A node nested in another: an IRI node, or a blank node labelled now, before its own properties. */
  private embedded(node: Readonly<Record<string, unknown>>, context: ActiveContext): string {
    if ('@context' in node) throw new RdfSerializationError('an @context inside a dataset: not supported (only the inline one at the top)');
    const id = node['@id'];
    if (id === undefined) {
      const label = `_:b${this.issued++}`;
      this.node(node, label, label, context);
      return label;
    }
    if (typeof id !== 'string') throw new RdfSerializationError(`@id must be a string, found ${describe(id)}`).within('.@id');
    const iri = expandIri(context, id, 'document');
    const subject = iriTerm(iri);
    this.node(node, iri, subject, context);
    return subject;
  }

  /** Pass 2: the cells of every list, labelled in jsonld's order (subject id, then predicate IRI). */
  private addLists(): void {
    for (const id of [...this.lists.keys()].sort()) {
      const { subject, byPredicate } = this.lists.get(id) as SubjectLists;
      for (const iri of [...byPredicate.keys()].sort()) {
        const { predicate, lists } = byPredicate.get(iri) as { predicate: string; lists: string[][] };
        for (const items of lists) this.quads.add(subject, predicate, this.cells(items));
      }
    }
  }

  /** An RDF collection: one cell per item, consecutive labels from the head; the empty list is rdf:nil. */
  private cells(items: readonly string[]): string {
    if (items.length === 0) return NIL;
    const head = this.issued;
    this.issued += items.length;
    items.forEach((item, k) => {
      const cell = `_:b${head + k}`;
      this.quads.add(cell, FIRST, item);
      this.quads.add(cell, REST, k + 1 < items.length ? `_:b${head + k + 1}` : NIL);
    });
    return `_:b${head}`;
  }
}

function inNodeMapOrder(a: TermDefinition, b: TermDefinition): number {
  if (a.iri !== b.iri) return a.iri < b.iri ? -1 : 1;
  return a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
}
