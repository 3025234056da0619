/**
 * RDF terms written in N-Quads syntax, exactly as jsonld writes them (its NQuads serializer, from
 * rdf-canonize): the same escapes, the same canonical number forms, the same datatype spelling, so
 * dist/graph.nq stays byte for byte what jsonld.toRDF gave.
 */
import { RdfSerializationError } from './error.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const XSD_STRING = `${XSD}string`;
const XSD_BOOLEAN = `${XSD}boolean`;
const XSD_INTEGER = `${XSD}integer`;
const XSD_DOUBLE = `${XSD}double`;
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDF_LANG_STRING = `${RDF}langString`;
export const RDF_TYPE = `${RDF}type`;
export const RDF_FIRST = `${RDF}first`;
export const RDF_REST = `${RDF}rest`;
export const RDF_NIL = `${RDF}nil`;

// What N-Quads cannot hold raw. In a string: controls, DEL, `"` and `\`; in an IRI: controls, space and <>"{}|^`\.
const LITERAL_SPECIAL = /[\u0000-\u001f\u007f"\\]/;
const IRI_SPECIAL = /[\u0000-\u0020<>"{}|^`\\]/;

/** The short escapes jsonld uses; every other special character becomes \uXXXX (upper-case hex). */
const SHORT_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\b', '\\b'],
  ['\t', '\\t'],
  ['\n', '\\n'],
  ['\f', '\\f'],
  ['\r', '\\r'],
  ['"', '\\"'],
  ['\\', '\\\\'],
]);

function uchar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The body of a quoted N-Quads string. */
export function escapeLiteral(text: string): string {
  if (!LITERAL_SPECIAL.test(text)) return text;
  let out = '';
  for (const char of text) out += LITERAL_SPECIAL.test(char) ? (SHORT_ESCAPES.get(char) ?? uchar(char)) : char;
  return out;
}

/** The body of an N-Quads `<IRI>`: only UCHAR escapes, as jsonld writes them. */
export function escapeIri(iri: string): string {
  if (!IRI_SPECIAL.test(iri)) return iri;
  let out = '';
  for (const char of iri) out += IRI_SPECIAL.test(char) ? uchar(char) : char;
  return out;
}

export function iriTerm(iri: string): string {
  return `<${escapeIri(iri)}>`;
}

/**
 * A number's lexical form, by jsonld's rule: a number with a decimal point (as JavaScript prints
 * it), of magnitude 1e21 and up, or typed xsd:double is written as a canonical double (`1.5E0`),
 * any other as an integer. A datatype the term gives is kept either way (so 2.5 under an
 * xsd:nonNegativeInteger term is "2.5E0" of that type: jsonld's output, kept as it is); without
 * one, the form decides: xsd:double or xsd:integer.
 */
function numberForm(value: number, datatype: string | null): { lexical: string; datatype: string } {
  if (!Number.isFinite(value)) throw new RdfSerializationError(`${value} is not a finite number: JSON has none, and RDF has no lexical form jsonld would agree on`);
  if (String(value).includes('.') || Math.abs(value) >= 1e21 || datatype === XSD_DOUBLE) {
    // jsonld's canonical double: 15 fraction digits, trailing zeros dropped (one kept), `e+` → `E`
    return { lexical: value.toExponential(15).replace(/(\d)0*e\+?/, '$1E'), datatype: datatype ?? XSD_DOUBLE };
  }
  return { lexical: value.toFixed(0), datatype: datatype ?? XSD_INTEGER };
}

/**
 * A literal in N-Quads syntax. `datatype` is the term's or the value object's (null: none given);
 * `language` a value object's language tag (already lower-cased, as expansion leaves it).
 */
export function literalTerm(value: string | number | boolean, datatype: string | null, language: string | null = null): string {
  let lexical: string;
  let type: string;
  if (typeof value === 'boolean') {
    lexical = String(value);
    type = datatype ?? XSD_BOOLEAN;
  } else if (typeof value === 'number' || datatype === XSD_DOUBLE) {
    // a string typed xsd:double is put in canonical form too, as jsonld does
    ({ lexical, datatype: type } = numberForm(typeof value === 'number' ? value : parseFloat(value), datatype));
  } else if (language !== null) {
    lexical = value;
    type = datatype ?? RDF_LANG_STRING;
  } else {
    lexical = value;
    type = datatype ?? XSD_STRING;
  }
  const quoted = `"${escapeLiteral(lexical)}"`;
  if (type === RDF_LANG_STRING) return language === null ? quoted : `${quoted}@${language}`;
  return type === XSD_STRING ? quoted : `${quoted}^^${iriTerm(type)}`;
}
