/**
 * A JSON value that is not a node → its RDF term in N-Quads syntax, by the coercion of the term
 * it is a value of: a link (@id, @vocab), a typed literal (the term's datatype, or xsd:boolean,
 * xsd:integer, xsd:double by JSON type, as jsonld does), a plain string, or what a `{"@value": …}`
 * object says. Terms are kept per writer: the same link, source id or hash recurs thousands of
 * times, and one string per distinct term saves building, and later sorting, copies of it.
 */
import type { ActiveContext, TermDefinition } from './context.js';
import { RdfSerializationError } from './error.js';
import { type IriPosition, expandIri } from './iri.js';
import { describe } from './json.js';
import { iriTerm, literalTerm } from './syntax.js';

const VALUE_OBJECT_KEYS = new Set(['@value', '@type', '@language']);
// jsonld's test of a language tag (expansion warns otherwise, which safe mode makes an error)
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

type Scalar = string | number | boolean;

export class ValueTerms {
  /** By context (prefixes may differ in a scoped one), then position, then the string as written. */
  private readonly iris = new Map<ActiveContext, Record<IriPosition, Map<string, string>>>();
  /** By datatype ('' for none), then the value. */
  private readonly literals = new Map<string, Map<Scalar, string>>();

  /** `<IRI>` of a string in an IRI position (an @id, a @type, a value of a term typed @id or @vocab). */
  iri(context: ActiveContext, value: string, position: IriPosition): string {
    let byPosition = this.iris.get(context);
    if (byPosition === undefined) {
      byPosition = { document: new Map(), vocab: new Map() };
      this.iris.set(context, byPosition);
    }
    const known = byPosition[position].get(value);
    if (known !== undefined) return known;
    const term = iriTerm(expandIri(context, value, position));
    byPosition[position].set(value, term);
    return term;
  }

  /** A string, number or boolean as a value of `definition`. */
  scalar(value: Scalar, definition: TermDefinition, context: ActiveContext): string {
    const { coercion } = definition;
    if (coercion.kind === 'id' || coercion.kind === 'vocab') {
      if (typeof value !== 'string') throw new RdfSerializationError(`${describe(value)} where the term "${definition.term}" takes an IRI (a string)`);
      return this.iri(context, value, coercion.kind === 'id' ? 'document' : 'vocab');
    }
    return this.literal(value, coercion.kind === 'datatype' ? coercion.iri : null);
  }

  private literal(value: Scalar, datatype: string | null): string {
    let byValue = this.literals.get(datatype ?? '');
    if (byValue === undefined) {
      byValue = new Map();
      this.literals.set(datatype ?? '', byValue);
    }
    const known = byValue.get(value);
    if (known !== undefined) return known;
    const term = literalTerm(value, datatype);
    byValue.set(value, term);
    return term;
  }

  /** `{"@value": …}` with an optional @type or @language: a literal, whatever the term's coercion. */
  valueObject(value: Readonly<Record<string, unknown>>, context: ActiveContext): string {
    const extra = Object.keys(value).filter((k) => !VALUE_OBJECT_KEYS.has(k));
    if (extra.length > 0) throw new RdfSerializationError(`${extra.join(', ')} in a value object: only @value with @type or @language is supported`);
    const literal = value['@value'];
    const type = value['@type'];
    const language = value['@language'];
    // jsonld drops a null @value with a warning that safe mode makes an error
    if (typeof literal !== 'string' && typeof literal !== 'number' && typeof literal !== 'boolean') {
      throw new RdfSerializationError(`@value must be a string, number or boolean, found ${describe(literal)}`);
    }
    if (type !== undefined && language !== undefined) throw new RdfSerializationError('a value object with both @type and @language');
    if (type !== undefined) {
      if (typeof type !== 'string' || type.startsWith('@')) throw new RdfSerializationError(`@type ${describe(type)} in a value object: only a datatype IRI is supported`);
      return literalTerm(literal, expandIri(context, type, 'vocab'));
    }
    if (language === undefined) return this.literal(literal, null);
    if (typeof language !== 'string' || !LANGUAGE_TAG.test(language)) throw new RdfSerializationError(`@language ${describe(language)}: not a language tag`);
    if (typeof literal !== 'string') throw new RdfSerializationError(`@language on ${describe(literal)}: only strings are language-tagged`);
    // expansion lower-cases language tags
    return literalTerm(literal, null, language.toLowerCase());
  }
}
