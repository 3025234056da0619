/**
 * What the JSON-LD tests share: the datasets as shipped, a document loader that serves the
 * context from disk and refuses everything else, the context's terms resolved the way a JSON-LD
 * processor resolves them (property-scoped contexts included), and leaf counts on both sides
 * of expansion.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMESPACES } from '../../packages/schema/src/context.js';
import { PACKAGES } from '../../pipeline/src/emit/packages.js';
import { ROOT } from '../helpers/sources.js';

/** The IRI consumers may reference the shipped context by; only this loader knows it. */
export const CONTEXT_URL = 'https://w3id.org/cyberlex/context.jsonld';

/**
 * Where terms may point: ELI, schema.org, PROV-O, Web Annotation, the project namespace, and
 * Dublin Core terms (which the context uses where those have no fitting term, e.g. dcterms:date).
 */
export const ALLOWED_NAMESPACES = ['eli', 'schema', 'prov', 'oa', 'dcterms', 'cyberlex'] as const;

export const XSD = NAMESPACES.xsd;

export interface ShippedDataset {
  dir: string;
  name: string;
  data: Record<string, unknown>;
}

/** Every data package's data.jsonld, as on disk; fails if a package folder ships data no spec names. */
export function shippedDatasets(): ShippedDataset[] {
  const dirs = readdirSync(join(ROOT, 'packages')).filter((d) => existsSync(join(ROOT, 'packages', d, 'data.jsonld')));
  const unknown = dirs.filter((d) => !PACKAGES.some((p) => p.dir === d));
  if (unknown.length > 0) throw new Error(`packages with data.jsonld that no PackageSpec names: ${unknown.join(', ')}`);
  return PACKAGES.map((spec) => {
    const file = join(ROOT, 'packages', spec.dir, 'data.jsonld');
    if (!existsSync(file)) throw new Error(`packages/${spec.dir}/data.jsonld is missing: run npm run build`);
    return { dir: spec.dir, name: spec.name, data: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
  });
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

type RemoteDocument = { contextUrl: null; documentUrl: string; document: unknown };

/** Serves CONTEXT_URL from `contextFile` (repo-relative) and refuses any other URL: no network, ever. */
export function diskLoader(contextFile = 'packages/schema/context.jsonld'): (url: string) => Promise<RemoteDocument> {
  return async (url) => {
    if (url !== CONTEXT_URL) throw new Error(`test document loader: refusing to load ${url}`);
    return { contextUrl: null, documentUrl: url, document: readJson(contextFile) };
  };
}

export type TermDefinition = string | { '@id'?: string; '@type'?: string; '@container'?: string; '@context'?: Record<string, unknown> };
export type Terms = Record<string, unknown>;

/** A compact IRI (`eli:title`) or absolute IRI → the absolute IRI, or null when it is neither. */
export function expandIri(value: string): string | null {
  if (/^https?:\/\//.test(value)) return value;
  const colon = value.indexOf(':');
  if (colon === -1) return null;
  const ns = (NAMESPACES as Record<string, string>)[value.slice(0, colon)];
  return ns === undefined ? null : ns + value.slice(colon + 1);
}

export function termIri(def: unknown): string | null {
  if (typeof def === 'string') return expandIri(def);
  if (def !== null && typeof def === 'object' && typeof (def as { '@id'?: unknown })['@id'] === 'string') return expandIri((def as { '@id': string })['@id']);
  return null;
}

/** Whether an absolute IRI is in one of the allowed vocabularies. */
export function inAllowedNamespace(iri: string): boolean {
  return ALLOWED_NAMESPACES.some((ns) => iri.startsWith(NAMESPACES[ns]));
}

/** The context active under a property: a property-scoped `@context` adds to (and may redefine) the terms. */
export function scoped(active: Terms, def: unknown): Terms {
  const inner = def !== null && typeof def === 'object' ? (def as { '@context'?: Terms })['@context'] : undefined;
  return inner ? { ...active, ...inner } : active;
}

export function coercion(def: unknown): string | undefined {
  return def !== null && typeof def === 'object' ? (def as { '@type'?: string })['@type'] : undefined;
}

/** The JSON leaves (strings, numbers, booleans; not nulls) outside `@context`. */
export function leafCount(value: unknown): number {
  if (value === null) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + leafCount(v), 0);
  if (typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => (k === '@context' ? n : n + leafCount(v)), 0);
  return 1;
}

/** The values in expanded JSON-LD: each `@value`, each `@id` (node or reference), each node `@type`. */
export function expandedValueCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + expandedValueCount(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  const obj = value as Record<string, unknown>;
  if ('@value' in obj) return obj['@value'] === null ? 0 : 1;
  let n = typeof obj['@id'] === 'string' ? 1 : 0;
  if (Array.isArray(obj['@type'])) n += obj['@type'].length;
  for (const [k, v] of Object.entries(obj)) if (k !== '@id' && k !== '@type') n += expandedValueCount(v);
  return n;
}

/** Every value object and node `@type` in expanded JSON-LD, with the property it sits under. */
export function* expandedValues(value: unknown, property = ''): Generator<{ property: string; value?: unknown; type?: string; id?: string; nodeType?: string }> {
  if (Array.isArray(value)) {
    for (const v of value) yield* expandedValues(v, property);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if ('@value' in obj) {
    yield { property, value: obj['@value'], ...(typeof obj['@type'] === 'string' ? { type: obj['@type'] } : {}) };
    return;
  }
  if (typeof obj['@id'] === 'string') yield { property, id: obj['@id'] };
  if (Array.isArray(obj['@type'])) for (const t of obj['@type']) yield { property, nodeType: String(t) };
  for (const [k, v] of Object.entries(obj)) if (k !== '@id' && k !== '@type') yield* expandedValues(v, k);
}
