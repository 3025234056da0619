/**
 * Typed access to a cyberlex dataset: provisions by ref, a provision as it stood on a date,
 * its versions and what sources say about it, Convention implementation mappings, facts.
 * This one file is the query logic of every data package and of the `cyberlex` CLI.
 */

/** @param {string} date @param {{ versionDate: string|null, validUntil: string|null }} v */
function covers(date, v) {
  return (v.versionDate === null || v.versionDate <= date) && (v.validUntil === null || date < v.validUntil);
}

/** @param {any} dataset */
export function createAccessor(dataset) {
  const byRef = new Map();
  const byId = new Map();
  for (const p of dataset.provisions) {
    byRef.set(p.ref, p);
    byId.set(p['@id'], p);
  }
  const instrumentsByRef = new Map(dataset.instruments.map((i) => [i.ref, i]));
  const instrumentsById = new Map(dataset.instruments.map((i) => [i['@id'], i]));
  const mappingsByArticle = new Map(dataset.mappings.map((m) => [m.articleRef, m]));
  const tombstonesById = new Map((dataset.tombstones ?? []).map((t) => [t['@id'], t]));

  /** The article a ref names (a paragraph ref names its article) and the paragraph number, if any. */
  function split(ref) {
    const slash = ref.indexOf('/', ref.indexOf(':'));
    const isParagraph = slash !== -1 && /^[0-9]+[a-z]*$/.test(ref.slice(slash + 1)) && /^[0-9]/.test(ref.slice(ref.indexOf(':') + 1));
    return isParagraph ? { article: ref.slice(0, slash), paragraph: ref.slice(slash + 1) } : { article: ref, paragraph: null };
  }

  function provision(ref) {
    return byRef.get(ref);
  }

  function versions(ref) {
    return byRef.get(split(ref).article)?.versions ?? [];
  }

  /**
   * What a provision said on a date: the version in force then, or `not-in-force` before its first version.
   * Without a date, the latest version. A version whose start no source gives counts as in force from the beginning.
   */
  function at(ref, date) {
    const { article, paragraph } = split(ref);
    const node = byRef.get(article);
    if (!node) return undefined;
    const all = node.versions;
    const version = date === undefined ? all[all.length - 1] : all.find((v) => covers(date, v));
    const status = version === undefined ? 'not-in-force' : version.status;
    const paragraphs = version === undefined ? [] : paragraph === null ? version.paragraphs : version.paragraphs.filter((p) => p.number === paragraph);
    return { provision: node, version: version ?? null, status, paragraphs };
  }

  function statements(ref) {
    const node = byRef.get(split(ref).article);
    if (!node) return [];
    return dataset.statements.filter((s) => s.about.includes(node['@id']));
  }

  return {
    dataset,
    instruments: () => dataset.instruments,
    instrument: (ref) => instrumentsByRef.get(ref),
    instrumentById: (iri) => instrumentsById.get(iri),
    provisions: () => dataset.provisions,
    provision,
    provisionById: (iri) => byId.get(iri),
    versions,
    at,
    statements,
    mappings: () => dataset.mappings,
    mapping: (articleRef) => mappingsByArticle.get(articleRef),
    facts: (kind) => (kind === undefined ? dataset.facts : dataset.facts.filter((f) => f.kind === kind)),
    conflicts: () => dataset.conflicts,
    // an id an earlier version had: what it was and what replaced it (ids never change meaning)
    tombstone: (iri) => tombstonesById.get(iri),
  };
}

import { readFileSync } from 'node:fs';

/** The package's dataset, as shipped in data.jsonld. */
export const dataset = JSON.parse(readFileSync(new URL('./data.jsonld', import.meta.url), 'utf8'));

const accessor = createAccessor(dataset);
export const { instruments, instrument, instrumentById, provisions, provision, provisionById, versions, at, statements, mappings, mapping, facts, conflicts, tombstone } = accessor;
