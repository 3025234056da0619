/**
 * The checks of a context against data and against the model: every key defined in the scope it
 * is used in and mapped into an allowed vocabulary; links `@type: @id`; dates `xsd:date`.
 */
import { datasetJsonSchema } from '@cyberlex/schema/generate';
import { coercion, inAllowedNamespace, scoped, termIri, type Terms } from './jsonld.js';

const KEYWORDS = new Set(['@context', '@id', '@type']);

/** Problems with the keys of a JSON-LD document, each with its path. */
export function keyProblems(doc: unknown, terms: Terms): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, active: Terms, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, active, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === '@context') continue;
      if (key.startsWith('@')) {
        if (!KEYWORDS.has(key)) problems.push(`${path}.${key}: keyword not expected in cyberlex data`);
        continue;
      }
      const def = active[key];
      const iri = termIri(def);
      if (def === undefined) problems.push(`${path}.${key}: not defined in the context`);
      else if (iri === null || !inAllowedNamespace(iri)) problems.push(`${path}.${key}: maps to ${iri ?? JSON.stringify(def)}, outside ELI, schema.org, PROV-O, Web Annotation, Dublin Core and the project namespace`);
      walk(child, scoped(active, def), `${path}.${key}`);
    }
  };
  walk(doc, terms, '$');
  return problems;
}

type Schema = Record<string, unknown>;

/** What a property holds at its leaves, through arrays, nullable unions and $refs. */
function leafKinds(schema: Schema, defs: Record<string, Schema>): Set<string> {
  const kinds = new Set<string>();
  const visit = (s: Schema): void => {
    if (typeof s.$ref === 'string') {
      const name = decodeURIComponent(s.$ref.replace('#/$defs/', ''));
      if (name === 'Iri' || name === 'IsoDate') kinds.add(name);
      else visit(defs[name]!);
      return;
    }
    for (const alt of [...((s.anyOf as Schema[]) ?? []), ...((s.oneOf as Schema[]) ?? [])]) visit(alt);
    if (s.type === 'array' || (Array.isArray(s.type) && s.type.includes('array'))) {
      if (s.items && typeof s.items === 'object') visit(s.items as Schema);
      for (const p of (s.prefixItems as Schema[]) ?? []) visit(p);
    }
    const types = Array.isArray(s.type) ? s.type : [s.type];
    for (const t of types) if (typeof t === 'string' && t !== 'array' && t !== 'null') kinds.add(t);
  };
  visit(schema);
  return kinds;
}

function holdsArray(s: Schema): boolean {
  const types = Array.isArray(s.type) ? s.type : [s.type];
  return types.includes('array') || [...((s.anyOf as Schema[]) ?? []), ...((s.oneOf as Schema[]) ?? [])].some(holdsArray);
}

/** Every property of every object the JSON Schema allows, with the context active where it sits. */
export function schemaProblems(terms: Terms): string[] {
  const root = datasetJsonSchema() as Schema;
  const defs = root.$defs as Record<string, Schema>;
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (s: Schema, active: Terms, path: string, scopes: string): void => {
    if (typeof s.$ref === 'string') {
      const name = decodeURIComponent(s.$ref.replace('#/$defs/', ''));
      if (seen.has(`${name}|${scopes}`)) return;
      seen.add(`${name}|${scopes}`);
      return walk(defs[name]!, active, name, scopes);
    }
    for (const alt of [...((s.anyOf as Schema[]) ?? []), ...((s.oneOf as Schema[]) ?? []), ...((s.prefixItems as Schema[]) ?? [])]) walk(alt, active, path, scopes);
    if (s.items && typeof s.items === 'object') walk(s.items as Schema, active, path, scopes);
    for (const [key, prop] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
      if (KEYWORDS.has(key)) continue;
      const def = active[key];
      const at = `${path}.${key}`;
      if (def === undefined) {
        problems.push(`${at}: not defined in the context`);
        continue;
      }
      const kinds = leafKinds(prop, defs);
      const type = coercion(def);
      if (kinds.has('Iri') && type !== '@id') problems.push(`${at}: holds IRIs but its term is not "@type": "@id" (the links would be text)`);
      if (!kinds.has('Iri') && type === '@id') problems.push(`${at}: holds text but its term makes it an IRI`);
      if (kinds.has('IsoDate') && type !== 'xsd:date') problems.push(`${at}: holds dates but its term is not typed xsd:date`);
      if (!kinds.has('IsoDate') && type === 'xsd:date') problems.push(`${at}: typed xsd:date but does not hold dates`);
      const container = def !== null && typeof def === 'object' ? (def as { '@container'?: string })['@container'] : undefined;
      if (holdsArray(prop) && container !== '@set' && container !== '@list') problems.push(`${at}: holds an array but its term has no @set or @list container (a one-item array would compact to a scalar)`);
      const child = scoped(active, def);
      walk(prop, child, at, child === active ? scopes : `${scopes}/${key}`);
    }
  };
  walk(root, terms, 'Dataset', '');
  return problems;
}

