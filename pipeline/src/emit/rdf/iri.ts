/**
 * IRI expansion as JSON-LD 1.1 does it for our context: a term (in vocabulary positions), a compact
 * IRI whose prefix is a prefix term, or an absolute IRI. Our context has no @base and no @vocab, so
 * anything else would be a relative IRI, which jsonld drops from RDF (and refuses in safe mode): it
 * is refused here too.
 */
import { RdfSerializationError } from './error.js';

/** What IRI expansion needs of a context. */
export interface IriScope {
  /** The IRI a term stands for. */
  termIri(term: string): string | undefined;
  /** The namespace of a term that may be used as the prefix of a compact IRI. */
  prefixIri(prefix: string): string | undefined;
}

/**
 * Where the string stands: `vocab` (a node @type, a datatype, a term's @id, a value of a term typed
 * `@vocab`) lets a term stand for its IRI; `document` (an @id, a value of a term typed `@id`) does not.
 */
export type IriPosition = 'vocab' | 'document';

// jsonld's absolute-IRI test is `^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$`; `+-.` there is a range, so
// a scheme may hold + , - and . after its first letter.
const SCHEME = /^[A-Za-z][A-Za-z0-9+,.-]*$/;
const WHITESPACE = /\s/;

/** The same test as jsonld's: a scheme (or `_`), a colon, and no whitespace after it. */
export function isAbsoluteIri(value: string): boolean {
  const colon = value.indexOf(':');
  if (colon <= 0) return false;
  const scheme = value.slice(0, colon);
  return (scheme === '_' || SCHEME.test(scheme)) && !WHITESPACE.test(value.slice(colon + 1));
}

export function expandIri(scope: IriScope, value: string, position: IriPosition): string {
  if (position === 'vocab') {
    const term = scope.termIri(value);
    if (term !== undefined) return term;
  }
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    // jsonld keeps `_:` as a blank node identifier; our data names blank nodes only by nesting them
    if (prefix === '_') throw new RdfSerializationError(`blank node identifier "${value}": not supported (nest the node instead)`);
    // `scheme://…` is never a compact IRI, whatever prefix terms there are
    const namespace = suffix.startsWith('//') ? undefined : scope.prefixIri(prefix);
    const iri = namespace === undefined ? value : namespace + suffix;
    if (isAbsoluteIri(iri)) return iri;
  }
  const also = position === 'vocab' ? ', nor a term of the context' : '';
  throw new RdfSerializationError(`"${value}" is neither an absolute IRI nor a compact IRI with a prefix of the context${also} (with no @base or @vocab, it would be a relative IRI, which RDF cannot hold)`);
}
