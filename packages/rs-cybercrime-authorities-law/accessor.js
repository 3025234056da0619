/**
 * Typed access to a cyberlex dataset: provisions by ref, a provision as it stood on a date,
 * its versions and what sources say about it, Convention implementation mappings (both ways),
 * facts, and where in the cyberlex packages a ref's data lives.
 * This one file is the query logic of every data package and of the `cyberlex` CLI. It imports
 * nothing but the one calendar-date parser (@cyberlex/schema's calendar-date.js, shipped beside
 * it), so it runs unchanged in Node, Deno, Bun, browsers and every bundler.
 */
import { parseIsoDate } from './calendar-date.js';

const STRUCTURE_KINDS = new Set(['chapter', 'section', 'title', 'heading']);
const INSTRUMENT = /^[a-z][a-z0-9-]*[a-z0-9]$/;
const NUMBER = /^[0-9]+[a-z]*$/;
const SUB = /^[a-z0-9]+$/;
const UNIT = /^(chapter|section|title|heading)-([A-Za-z0-9]+)$/;
/** Unit kind → its IRI segment, as the pipeline names them (`chapter-II` → `cpt_II`). */
const UNIT_SEGMENT = { chapter: 'cpt', section: 'sec', title: 'tit', heading: 'hdg' };
const SEGMENT_UNIT = { cpt: 'chapter', sec: 'section', tit: 'title', hdg: 'heading' };
/** Longer strings are not refs: every check stays cheap on hostile input. */
const MAX_REF = 200;

/**
 * A provision ref's parts, or null: `rs-cc:199/3` → { instrument: 'rs-cc', article: '199', paragraph: '3' };
 * `ets185:chapter-II/section-1` → { instrument: 'ets185', article: null, structure: ['chapter-II', 'section-1'] }.
 * @param {unknown} ref
 */
export function parseRef(ref) {
  if (typeof ref !== 'string' || ref.length > MAX_REF) return null;
  const colon = ref.indexOf(':');
  if (colon === -1) return null;
  const instrument = ref.slice(0, colon);
  if (!INSTRUMENT.test(instrument)) return null;
  const parts = ref.slice(colon + 1).split('/');
  if (UNIT.test(parts[0])) {
    // a structural unit: chapter-II[/section-1[/title-1]], no chapter below the first unit
    if (!parts.every((p, i) => UNIT.test(p) && (i === 0 || !p.startsWith('chapter-')))) return null;
    return { instrument, article: null, paragraph: null, rest: [], structure: parts };
  }
  // as the schema's ProvisionRef: an article, then a paragraph if the next part is numbered, then sub-parts (items)
  const [article, ...after] = parts;
  if (!NUMBER.test(article)) return null;
  const paragraph = after.length > 0 && NUMBER.test(after[0]) ? after.shift() : null;
  if (!after.every((p) => SUB.test(p))) return null;
  return { instrument, article, paragraph, rest: after, structure: [] };
}

/**
 * True when `value` is a string shaped as a provision ref (`rs-cc:199/3`, `ets185:16`,
 * `ets185:chapter-II/section-1`): a guard for refs held in strings. Whether a package holds it is `provision(ref)`.
 * @param {unknown} value
 * @returns {value is string}
 */
export function isRef(value) {
  return parseRef(value) !== null;
}

/** The date a caller gave, checked: only a real `YYYY-MM-DD` day; anything else is a TypeError naming it. */
function checkedDate(date) {
  const day = parseIsoDate(date);
  if (day === null) {
    const shown = typeof date === 'string' ? JSON.stringify(date.length > 40 ? `${date.slice(0, 40)}…` : date) : String(date);
    throw new TypeError(`not a date: ${shown} (expected a calendar date as YYYY-MM-DD, e.g. 2009-01-01)`);
  }
  return day;
}

/** @param {string} date @param {{ versionDate: string|null, validUntil: string|null }} v */
function covers(date, v) {
  return (v.versionDate === null || v.versionDate <= date) && (v.validUntil === null || date < v.validUntil);
}

/**
 * A query object over one dataset. `options.directory` lists every instrument of the cyberlex
 * packages as `[ref, iri, package]` (each package's index.js passes its own copy), so refs
 * and IRIs of other packages resolve: `packageOf`, `iriOf`, `refOf`, `mappingsOf` for a provision held elsewhere.
 * @param {any} dataset
 * @param {{ directory?: readonly (readonly [string, string, string])[] }} [options]
 */
export function createAccessor(dataset, options = {}) {
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
  const directory = options.directory ?? dataset.instruments.map((i) => [i.ref, i['@id'], dataset.package]);
  const homes = new Map();
  const instrumentIris = new Map();
  for (const [ref, iri, name] of directory) {
    if (!homes.has(ref)) homes.set(ref, name);
    instrumentIris.set(iri, ref);
  }
  const iriOfInstrument = new Map(directory.map(([ref, iri]) => [ref, iri]));

  /** The article node of an article or paragraph ref, and the paragraph number, if any. */
  function locate(ref) {
    const parsed = parseRef(ref);
    if (parsed === null || parsed.article === null || parsed.rest.length > 0) return null;
    const article = byRef.get(`${parsed.instrument}:${parsed.article}`);
    if (!article || article.kind !== 'article') return null;
    return { article, paragraph: parsed.paragraph };
  }

  /** A paragraph exists if the data has a node for it or any version of its article has it. */
  function paragraphKnown(article, number) {
    return byRef.has(`${article.ref}/${number}`) || quotedParagraph(article, number);
  }

  function quotedParagraph(article, number) {
    return article.versions.some((v) => v.paragraphs.some((p) => p.number === number));
  }

  /** The package holds the ref: a node for it, or a paragraph some version of its article has. */
  function holds(ref) {
    if (byRef.has(ref)) return true;
    const found = locate(ref);
    return found !== null && (found.paragraph === null || paragraphKnown(found.article, found.paragraph));
  }

  function provision(ref) {
    return byRef.get(ref);
  }

  function versions(ref) {
    const found = locate(ref);
    if (!found || (found.paragraph !== null && !paragraphKnown(found.article, found.paragraph))) return [];
    return found.article.versions;
  }

  /** The instrument came into force after `date` (a source dates its entry into force). */
  function beforeInstrument(node, date) {
    const first = instrumentsById.get(node.instrument)?.firstDateEntryInForce ?? null;
    return first !== null && date < first;
  }

  /**
   * What a provision said on a date (strict `YYYY-MM-DD`; without a date, the latest version).
   * `undefined` for a ref the package does not hold (an article, or a paragraph no version has).
   */
  function at(ref, date) {
    const day = date === undefined ? undefined : checkedDate(date);
    if (typeof ref !== 'string') throw new TypeError(`not a ref: ${String(ref)} (expected a string such as "rs-cc:199/3")`);
    const node = byRef.get(ref);
    if (node && STRUCTURE_KINDS.has(node.kind)) return { ref, provision: node, version: null, status: 'structure', paragraphs: [], startUnknown: false };
    const none = (provisionNode, status) => ({ ref, provision: provisionNode, version: null, status, paragraphs: [], startUnknown: false });
    const found = locate(ref);
    // a provision node whose article no source quotes: cited, never quoted
    if (!found) return node ? none(node, 'not-quoted') : undefined;
    const { article, paragraph } = found;
    if (paragraph !== null && !quotedParagraph(article, paragraph)) return node ? none(node, 'not-quoted') : undefined;
    const provisionNode = node ?? article;
    const all = article.versions;
    if (all.length === 0) return none(provisionNode, 'not-quoted');
    if (day !== undefined && beforeInstrument(article, day)) return none(provisionNode, 'not-in-force');
    const version = day === undefined ? all[all.length - 1] : all.find((v) => covers(day, v));
    if (version === undefined) return none(provisionNode, 'not-in-force');
    const paragraphs = paragraph === null ? version.paragraphs : version.paragraphs.filter((p) => p.number === paragraph);
    // a paragraph the version does not have: added by a later amendment, or removed by an earlier one
    if (paragraph !== null && paragraphs.length === 0 && version.status !== 'deleted') return none(provisionNode, 'not-in-force');
    return { ref, provision: provisionNode, version, status: version.status, paragraphs, startUnknown: version.versionDate === null };
  }

  /**
   * Whether an IRI names the provision a ref names: for an article, the article or any of its
   * paragraphs (held here or not); for a paragraph, the paragraph or (with `whole`) its whole article.
   */
  function naming(ref, whole) {
    const parsed = parseRef(ref);
    const own = parsed === null ? undefined : iriOf(ref);
    if (own === undefined) return () => false;
    if (parsed.article !== null && parsed.paragraph === null) return (iri) => iri === own || iri.startsWith(`${own}/para_`);
    const article = whole && parsed.paragraph !== null ? iriOf(`${parsed.instrument}:${parsed.article}`) : undefined;
    return (iri) => iri === own || iri === article;
  }

  /**
   * What the sources say about a provision: for an article, statements about it or any of its
   * paragraphs; for a paragraph, statements about it or about its whole article.
   */
  function statements(ref) {
    if (!holds(ref) || STRUCTURE_KINDS.has(byRef.get(ref)?.kind)) return [];
    const names = naming(ref, true);
    return dataset.statements.filter((s) => s.about.some(names));
  }

  /** Mappings whose cited provisions include the ref (for an article ref: it or any of its paragraphs). */
  function mappingsOf(ref) {
    const names = naming(ref, false);
    return dataset.mappings.filter((m) => m.provisions.some(names));
  }

  /** The npm package whose data holds the ref's instrument (`rs-cc:199/3` → `@cyberlex/rs-criminal-code`). */
  function packageOf(ref) {
    const parsed = typeof ref === 'string' ? parseRef(ref) ?? (INSTRUMENT.test(ref) ? { instrument: ref } : null) : null;
    return parsed === null ? undefined : homes.get(parsed.instrument);
  }

  /** The IRI a ref names, where its instrument is in the directory (`rs-cc:199/3` → `…/eli/rs/code/criminal/art_199/para_3`). */
  function iriOf(ref) {
    const held = byRef.get(ref);
    if (held) return held['@id'];
    const parsed = parseRef(ref);
    const root = parsed && iriOfInstrument.get(parsed.instrument);
    if (!root) return undefined;
    if (parsed.article === null) return `${root}/${parsed.structure.map((u) => { const [, kind, n] = UNIT.exec(u); return `${UNIT_SEGMENT[kind]}_${n}`; }).join('/')}`;
    if (parsed.rest.length > 0) return undefined;
    return `${root}/art_${parsed.article}${parsed.paragraph === null ? '' : `/para_${parsed.paragraph}`}`;
  }

  /** The ref an IRI names (a provision or instrument IRI of any cyberlex package), or undefined. */
  function refOf(iri) {
    if (typeof iri !== 'string') return undefined;
    const held = byId.get(iri) ?? instrumentsById.get(iri);
    if (held) return held.ref;
    if (instrumentIris.has(iri)) return instrumentIris.get(iri);
    for (const [root, instrument] of instrumentIris) {
      if (!iri.startsWith(`${root}/`)) continue;
      const segments = iri.slice(root.length + 1).split('/');
      const art = /^art_([0-9]+[a-z]*)$/.exec(segments[0]);
      if (art) {
        if (segments.length === 1) return `${instrument}:${art[1]}`;
        const para = /^para_([0-9]+[a-z]*)$/.exec(segments[1]);
        if (para && segments.length === 2) return `${instrument}:${art[1]}/${para[1]}`;
        return undefined;
      }
      const units = segments.map((s) => /^(cpt|sec|tit|hdg)_([A-Za-z0-9]+)$/.exec(s));
      if (units.every(Boolean)) {
        const ref = `${instrument}:${units.map((u) => `${SEGMENT_UNIT[u[1]]}-${u[2]}`).join('/')}`;
        return isRef(ref) ? ref : undefined;
      }
    }
    return undefined;
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
    mappingsOf,
    facts: (kind) => (kind === undefined ? dataset.facts : dataset.facts.filter((f) => f.kind === kind)),
    conflicts: () => dataset.conflicts,
    // an id an earlier version had: what it was and what replaced it (ids never change meaning)
    tombstone: (iri) => tombstonesById.get(iri),
    packageOf,
    iriOf,
    refOf,
  };
}
