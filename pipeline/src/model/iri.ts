/**
 * IRIs: stable, ELI-shaped, under one configurable base (CYBERLEX_BASE, default below).
 * An IRI never changes meaning; a version's IRI carries its date.
 */
import { SourceError } from '../errors.js';
import { isRfc3987AbsoluteIri } from './absolute-iri.js';
import { INSTRUMENTS } from './instruments.js';
import { JURISDICTION_ID, parseRef } from './refs.js';

export const DEFAULT_BASE = 'https://w3id.org/cyberlex/';

export function base(): string {
  return heldBase ?? readBase();
}

function readBase(): string {
  const b = process.env.CYBERLEX_BASE ?? DEFAULT_BASE;
  if (b === lastChecked) return lastBase;
  const withSlash = b.endsWith('/') ? b : `${b}/`;
  if (!isRfc3987AbsoluteIri(withSlash)) throw new SourceError('CYBERLEX_BASE', {}, 'an absolute IRI (RFC 3987) such as https://w3id.org/cyberlex/, with no spaces, <>"{}|\\^` or fragment', b);
  lastChecked = b;
  lastBase = withSlash;
  return withSlash;
}

/** The last base read and checked: base() is called for every IRI built outside withBase. */
let lastChecked: string | null = null;
let lastBase = '';

/** The base `withBase` holds while it runs; null outside it (the environment is read each time). */
let heldBase: string | null = null;

/**
 * Run `build` with the base read once: a parse builds thousands of IRIs, and each read of the
 * environment is slow. Nothing in a synchronous build can change the environment meanwhile.
 */
export function withBase<T>(build: () => T): T {
  const outer = heldBase;
  heldBase = readBase();
  try {
    return build();
  } finally {
    heldBase = outer;
  }
}

/**
 * Where each instrument lives in the ELI-shaped tree (pipeline/data/instruments.json): a
 * State's codes and gazette acts go by their jurisdiction (`<j>-cc` → `eli/<j>/code/criminal`,
 * `<j>-og-72-2009` → `eli/<j>/law/2009/72`); a few instruments by name; anything else under
 * `eli/x/<ref>`.
 */
const INSTRUMENT_PATHS: Readonly<Record<string, string>> = INSTRUMENTS.paths;
const CODE_PATHS: Readonly<Record<string, string>> = INSTRUMENTS.codes;
const CODE_REF = new RegExp(`^(${JURISDICTION_ID})-([a-z]+)$`);
const GAZETTE_ACT_REF = new RegExp(`^(${JURISDICTION_ID})-og-([0-9]+)-([0-9]{4})$`);

export function instrumentIri(ref: string): string {
  return `${base()}${remembered(instrumentPaths, ref, instrumentPath)}`;
}

/**
 * A ref's path below the base never changes, and every node that points at a provision asks
 * for it again: paths are worked out once (the base is read each time, as it may be set).
 */
const instrumentPaths = new Map<string, string>();
const provisionPaths = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

function remembered(paths: Map<string, string>, ref: string, pathOf: (ref: string) => string): string {
  let path = paths.get(ref);
  if (path === undefined) {
    path = pathOf(ref);
    if (paths.size >= MAX_REMEMBERED) paths.clear();
    paths.set(ref, path);
  }
  return path;
}

function instrumentPath(ref: string): string {
  if (Object.hasOwn(INSTRUMENT_PATHS, ref)) return INSTRUMENT_PATHS[ref]!;
  const code = CODE_REF.exec(ref);
  if (code && Object.hasOwn(CODE_PATHS, code[2]!)) return `eli/${code[1]}/${CODE_PATHS[code[2]!]}`;
  const act = GAZETTE_ACT_REF.exec(ref);
  if (act) return `eli/${act[1]}/law/${act[3]}/${act[2]}`;
  return `eli/x/${ref}`;
}

const UNIT_SEGMENT: Record<string, string> = { chapter: 'cpt', section: 'sec', title: 'tit', heading: 'hdg' };

/** `rs-cc:199/3` → `…/eli/rs/code/criminal/art_199/para_3`; `ets185:chapter-II/section-1` → `…/cpt_II/sec_1`. */
export function provisionIri(ref: string): string {
  return `${base()}${remembered(provisionPaths, ref, provisionPath)}`;
}

function provisionPath(ref: string): string {
  const parts = parseRef(ref);
  if (!parts) throw new Error(`not a provision ref: ${ref}`);
  const root = remembered(instrumentPaths, parts.instrument, instrumentPath);
  if (parts.article === null) {
    if (parts.structure.length === 0) return root;
    return `${root}/${parts.structure.map((u) => {
      const dash = u.indexOf('-');
      return `${UNIT_SEGMENT[u.slice(0, dash)]}_${u.slice(dash + 1)}`;
    }).join('/')}`;
  }
  return `${root}/art_${parts.article}${parts.paragraph === null ? '' : `/para_${parts.paragraph}`}`;
}

/** The IRI of a version: its date, or — where no source gives one — the date it ended, or "undated". */
export function versionSegment(versionDate: string | null, validUntil: string | null): string {
  if (versionDate !== null) return versionDate;
  if (validUntil !== null) return `until-${validUntil}`;
  return 'undated';
}

export function versionIri(provisionIriValue: string, versionDate: string | null, validUntil: string | null): string {
  return `${provisionIriValue}/v/${versionSegment(versionDate, validUntil)}/eng`;
}

export function sourceIri(sourceId: string): string {
  return `${base()}source/${sourceId}`;
}

/** Project-namespace nodes: statements, mappings, facts, conflicts. `kind/local` → `…/id/kind/local`. */
export function nodeIri(kind: string, local: string): string {
  return `${base()}id/${kind}/${local}`;
}

export function datasetIri(pkg: string): string {
  return `${base()}dataset/${pkg.replace(/^@cyberlex\//, '')}`;
}

/** A URL-safe local name from free text: lowercase ASCII words joined by "-". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}


const GAZETTE_ACT_PATH = new RegExp(`^eli/(${JURISDICTION_ID})/law/([0-9]{4})/([0-9]+)(?=/|$)`);
const OTHER_PATH = /^eli\/x\/([a-z][a-z0-9-]*[a-z0-9])(?=\/|$)/;
const CODE_OF_PATH = new Map(Object.entries(CODE_PATHS).map(([code, path]) => [path, code]));
// code paths are letters, digits, hyphens and slashes (instruments.ts checks): nothing to escape
const CODE_PATH = new RegExp(`^eli/(${JURISDICTION_ID})/(${[...CODE_OF_PATH.keys()].sort((a, b) => b.length - a.length).join('|')})(?=/|$)`);
const UNIT_OF_SEGMENT: Record<string, string> = Object.fromEntries(Object.entries(UNIT_SEGMENT).map(([unit, segment]) => [segment, unit]));
const ARTICLE_PATH = /^\/art_([0-9]+[a-z]*)(?:\/para_([0-9]+[a-z]*))?$/;
const UNIT_PATH = /^(?:\/(cpt|sec|tit|hdg)_[A-Za-z0-9]+)+$/;

/**
 * The ref an instrument or provision IRI was minted from (the inverse of instrumentIri and
 * provisionIri), or null for any other IRI: a version, a node of another kind, another base.
 * Outputs name things by ref even where the dataset at hand does not hold the node.
 */
export function refOfIri(iri: string): string | null {
  const b = base();
  if (!iri.startsWith(b)) return null;
  const path = iri.slice(b.length);
  let instrument: string | null = null;
  let rest = '';
  for (const [ref, p] of Object.entries(INSTRUMENT_PATHS)) {
    if (path === p || path.startsWith(`${p}/`)) [instrument, rest] = [ref, path.slice(p.length)];
  }
  const code = instrument ? null : CODE_PATH.exec(path);
  const act = instrument || code ? null : GAZETTE_ACT_PATH.exec(path);
  const other = instrument || code || act ? null : OTHER_PATH.exec(path);
  if (code) [instrument, rest] = [`${code[1]}-${CODE_OF_PATH.get(code[2]!)}`, path.slice(code[0].length)];
  if (act) [instrument, rest] = [`${act[1]}-og-${act[3]}-${act[2]}`, path.slice(act[0].length)];
  if (other) [instrument, rest] = [other[1]!, path.slice(other[0].length)];
  if (instrument === null) return null;
  if (rest === '') return instrument;
  const article = ARTICLE_PATH.exec(rest);
  if (article) return `${instrument}:${article[1]}${article[2] === undefined ? '' : `/${article[2]}`}`;
  if (!UNIT_PATH.test(rest)) return null;
  const units = rest.slice(1).split('/').map((s) => `${UNIT_OF_SEGMENT[s.slice(0, 3)]}-${s.slice(4)}`);
  return `${instrument}:${units.join('/')}`;
}
