/**
 * Our JSON-LD @context, read into what the serializer needs of each term: its IRI, how its string
 * values are coerced (@id, @vocab, a datatype), its container (@set, @list) and its property-scoped
 * context. Only the features packages/schema/src/context.ts generates are understood; every other
 * one (@vocab, @base, @language, @reverse, @index, …) is refused by name, so a change of the
 * generated context cannot pass through here unread and come out as wrong RDF.
 */
import { RdfSerializationError } from './error.js';
import { expandIri, type IriScope } from './iri.js';
import { describe, isObject } from './json.js';
import { iriTerm } from './syntax.js';

export type Coercion = { readonly kind: 'none' } | { readonly kind: 'id' } | { readonly kind: 'vocab' } | { readonly kind: 'datatype'; readonly iri: string };

export interface TermDefinition {
  readonly term: string;
  readonly iri: string;
  /** The IRI in N-Quads syntax, escaped once for every quad that uses it. */
  readonly predicate: string;
  /** Whether compact IRIs may use the term as their prefix (JSON-LD 1.1: a plain string ending in a gen-delim). */
  readonly prefix: boolean;
  readonly coercion: Coercion;
  readonly container: 'set' | 'list' | null;
  /** A property-scoped context: in force in the term's values and everything nested in them. */
  readonly scopedContext: Readonly<Record<string, unknown>> | null;
}

type RawContext = Readonly<Record<string, unknown>>;

const NO_COERCION: Coercion = { kind: 'none' };
const TERM_DEFINITION_KEYS = new Set(['@id', '@type', '@container', '@context']);
// a term ending in one of these may prefix compact IRIs (JSON-LD 1.1, "create term definition")
const GEN_DELIMS = new Set([':', '/', '?', '#', '[', ']', '@']);

export class ActiveContext implements IriScope {
  private readonly scoped = new Map<TermDefinition, ActiveContext>();

  constructor(readonly terms: ReadonlyMap<string, TermDefinition>) {}

  term(key: string): TermDefinition | undefined {
    return this.terms.get(key);
  }

  termIri(term: string): string | undefined {
    return this.terms.get(term)?.iri;
  }

  prefixIri(prefix: string): string | undefined {
    const definition = this.terms.get(prefix);
    return definition?.prefix ? definition.iri : undefined;
  }

  /** The context in force inside the values of `definition`: its scoped context over this one, read once. */
  within(definition: TermDefinition): ActiveContext {
    if (definition.scopedContext === null) return this;
    let inner = this.scoped.get(definition);
    if (inner === undefined) {
      inner = processContext(this, definition.scopedContext, `the @context of term "${definition.term}"`);
      if (inner.term(definition.term) !== definition) {
        // jsonld would then read the node under the redefinition's own scoped context: not modelled here
        throw new RdfSerializationError(`the @context of term "${definition.term}" redefines "${definition.term}" itself: not supported`);
      }
      this.scoped.set(definition, inner);
    }
    return inner;
  }
}

const EMPTY = new ActiveContext(new Map());
const compiled = new WeakMap<object, ActiveContext>();

/** A document's inline @context, over the empty context (each dataset is its own document). */
export function documentContext(raw: unknown): ActiveContext {
  if (!isObject(raw)) throw new RdfSerializationError(`@context must be an inline object (a URL or an array of contexts is not supported), found ${describe(raw)}`);
  let context = compiled.get(raw);
  if (context === undefined) {
    context = processContext(EMPTY, raw, '@context');
    compiled.set(raw, context);
  }
  return context;
}

/** A local context over an active one: JSON-LD's context processing, for the features we use. */
function processContext(active: ActiveContext, local: RawContext, where: string): ActiveContext {
  const defined = new Map<string, TermDefinition>();
  const defining = new Set<string>();

  // While terms are being defined, one may name another of the same context (`cyberlex:package`
  // needs the prefix `cyberlex`), in any order: each is defined when first needed.
  const scope: IriScope = {
    termIri: (term) => (Object.hasOwn(local, term) && !term.startsWith('@') ? define(term).iri : active.termIri(term)),
    prefixIri: (prefix) => {
      if (!Object.hasOwn(local, prefix) || prefix.startsWith('@')) return active.prefixIri(prefix);
      const definition = define(prefix);
      return definition.prefix ? definition.iri : undefined;
    },
  };

  function define(term: string): TermDefinition {
    const done = defined.get(term);
    if (done !== undefined) return done;
    if (defining.has(term)) throw new RdfSerializationError(`term "${term}" is defined through itself`);
    defining.add(term);
    try {
      const definition = termDefinition(term, local[term], scope);
      defined.set(term, definition);
      return definition;
    } catch (error) {
      if (error instanceof RdfSerializationError) throw new RdfSerializationError(`term "${term}": ${error.problem}`);
      throw error;
    } finally {
      defining.delete(term);
    }
  }

  // JSON-LD replaces each term the local context defines; the rest of the active context stays
  const terms = new Map(active.terms);
  try {
    for (const [key, value] of Object.entries(local)) {
      if (key.startsWith('@')) checkKeyword(key, value);
      else terms.set(key, define(key));
    }
  } catch (error) {
    if (error instanceof RdfSerializationError) throw new RdfSerializationError(`${where}: ${error.problem}`);
    throw error;
  }
  return new ActiveContext(terms);
}

/**
 * The context-level keywords our context uses. None changes the RDF: `@version` 1.1 is jsonld's
 * default mode; `@protected` only forbids redefinitions (ours are property-scoped, which may);
 * `@type: {@container: @set}` only shapes compaction.
 */
function checkKeyword(key: string, value: unknown): void {
  if (key === '@version' && value === 1.1) return;
  if (key === '@protected' && typeof value === 'boolean') return;
  if (key === '@type' && isObject(value) && value['@container'] === '@set' && Object.keys(value).every((k) => k === '@container' || k === '@protected')) return;
  throw new RdfSerializationError(`${key}: ${describe(value)}: a context feature the N-Quads serializer does not handle`);
}

function termDefinition(term: string, raw: unknown, scope: IriScope): TermDefinition {
  // a term that looks like a compact or absolute IRI has extra rules in JSON-LD: none of ours does
  if (term.includes(':') || term.includes('/')) throw new RdfSerializationError('a term in the form of an IRI: not supported');
  if (typeof raw === 'string') {
    if (raw.startsWith('@')) throw new RdfSerializationError(`an alias of ${raw}: keyword aliases are not supported`);
    const iri = expandIri(scope, raw, 'vocab');
    return { term, iri, predicate: iriTerm(iri), prefix: GEN_DELIMS.has(iri.slice(-1)), coercion: NO_COERCION, container: null, scopedContext: null };
  }
  if (!isObject(raw)) throw new RdfSerializationError(`a definition of ${describe(raw)}: only a string or an object with @id is supported`);
  const unknown = Object.keys(raw).filter((k) => !TERM_DEFINITION_KEYS.has(k));
  if (unknown.length > 0) throw new RdfSerializationError(`${unknown.join(', ')}: not supported in a term definition (only @id, @type, @container, @context)`);
  const id = raw['@id'];
  if (typeof id !== 'string' || id.startsWith('@')) throw new RdfSerializationError(`@id ${describe(id)}: a term must map to an IRI (there is no @vocab to fall back on)`);
  const iri = expandIri(scope, id, 'vocab');
  const scopedContext = raw['@context'];
  if (scopedContext !== undefined && !isObject(scopedContext)) throw new RdfSerializationError(`@context ${describe(scopedContext)}: only an inline object is supported`);
  return {
    term,
    iri,
    predicate: iriTerm(iri),
    // an expanded definition may prefix compact IRIs only with `@prefix: true`, which we refuse above
    prefix: false,
    coercion: coercion(raw['@type'], scope),
    container: container(raw['@container']),
    scopedContext: scopedContext ?? null,
  };
}

function coercion(type: unknown, scope: IriScope): Coercion {
  if (type === undefined) return NO_COERCION;
  if (type === '@id') return { kind: 'id' };
  if (type === '@vocab') return { kind: 'vocab' };
  if (typeof type !== 'string' || type.startsWith('@')) throw new RdfSerializationError(`@type ${describe(type)}: only @id, @vocab or a datatype IRI is supported`);
  return { kind: 'datatype', iri: expandIri(scope, type, 'vocab') };
}

function container(value: unknown): TermDefinition['container'] {
  if (value === undefined) return null;
  if (value === '@set') return 'set';
  if (value === '@list') return 'list';
  throw new RdfSerializationError(`@container ${describe(value)}: only @set or @list is supported`);
}
