/**
 * The linking rules: one row per real entity that the sources name in more than one way.
 * A row says what kind of node it links, the canonical IRI, and the names (normalised by
 * names.ts) that denote it. A node of that kind named by any of them is re-identified with
 * the canonical IRI and merged; with `scan`, the names are also looked for in every source's
 * text (where a parser took data from) and kept as alternate names with their spans.
 * The parsers use the same table to resolve the instruments and bodies a source refers to.
 *
 * A pattern ending in " *" matches any name that starts with the words before it.
 */
import { instrumentIri, nodeIri } from '../../model/iri.js';
import { normaliseName } from './names.js';

export type RuleKind = 'instrument' | 'organization' | 'operation' | 'contact-point' | 'legal-reference';

export interface EntityRule {
  id: string;
  kind: RuleKind;
  iri: string;
  /** Instruments: the ref the IRI is built from ("rs-cc"), for provision refs. */
  ref?: string;
  names: string[];
  scan: boolean;
  /** Why these names are one entity (where the sources say so). */
  why: string;
  /**
   * The jurisdiction (a manifest id, "rs") whose sources the names are read in; null for a
   * Council of Europe instrument, named alike everywhere. "Ministry of Interior" in another
   * country's profile is that country's ministry, not Serbia's.
   */
  jurisdiction: string | null;
}

export const ENTITY_RULES: readonly EntityRule[] = [
  {
    id: 'instrument-ets185',
    jurisdiction: null,
    kind: 'instrument',
    iri: instrumentIri('ets185'),
    ref: 'ets185',
    names: ['budapest convention', 'convention de budapest', 'convention on cybercrime', 'coe cybercrime convention'],
    scan: true,
    why: 'The Council of Europe Convention on Cybercrime (ETS 185), named after the city where it was opened for signature.',
  },
  {
    id: 'instrument-rs-cybercrime-authorities-law',
    jurisdiction: 'rs',
    kind: 'instrument',
    iri: instrumentIri('rs-cybercrime-authorities-law'),
    ref: 'rs-cybercrime-authorities-law',
    names: [
      'law on organisation and competences of government authorities combating cyber crime',
      'law on organization and jurisdiction of state authorities for combating high tech criminality',
      'jurisdiction and organization of anti cyber crime authorities law',
    ],
    scan: true,
    why: 'Three translations of the title of the Law (Official Gazette 61/2005, 104/2009): the consolidated text, the CoE profile, the Lanzarote reply.',
  },
  {
    id: 'instrument-rs-cc',
    jurisdiction: 'rs',
    kind: 'instrument',
    iri: instrumentIri('rs-cc'),
    ref: 'rs-cc',
    names: ['criminal code', 'criminal code of republic of serbia', 'cc', 'cc rs', 'ccrs'],
    scan: false,
    why: 'The Criminal Code of the Republic of Serbia (abbreviated CC, CC RS, CCRS).',
  },
  {
    id: 'instrument-rs-cpc',
    jurisdiction: 'rs',
    kind: 'instrument',
    iri: instrumentIri('rs-cpc'),
    ref: 'rs-cpc',
    names: ['criminal procedure code', 'criminal proceedings code', 'cpc'],
    scan: false,
    why: 'The Criminal Procedure Code; the Lanzarote reply lists it as "Criminal Proceedings Code" and then calls it "Criminal Procedure Code".',
  },
  {
    id: 'legislation-rs-juvenile-offenders-law',
    jurisdiction: 'rs',
    kind: 'legal-reference',
    iri: nodeIri('legislation', 'rs-juvenile-offenders-law'),
    names: [
      'law on children criminal offenders and protection of children under criminal law',
      'law on juvenile crime offenders and protection of children under criminal law',
    ],
    scan: false,
    why: 'The Lanzarote reply lists the law on juvenile offenders under one name and describes it under another.',
  },
  {
    id: 'org-rs-special-prosecutor-high-tech-crime',
    jurisdiction: 'rs',
    kind: 'organization',
    iri: nodeIri('organization', 'rs-special-prosecutor-high-tech-crime'),
    names: [
      'special prosecutors office',
      'special prosecutors office for high tech crime',
      'special prosecutor office for high tech crime',
      'special prosecution office for high tech crime',
      'public prosecutors office special prosecutor office for high tech crime',
      'special anti cyber crime division',
      'belgrade superior office of public prosecutor special anti cyber crime division',
      'anti cyber crime special division',
      'belgrade superior office of public prosecutors anti cyber crime special division',
    ],
    scan: true,
    why: 'The special cybercrime department of the Higher (Superior) Public Prosecutor’s Office in Belgrade that the Law (Art. 4) calls the Special Prosecutor’s Office.',
  },
  {
    id: 'org-rs-moi-cybercrime-unit',
    jurisdiction: 'rs',
    kind: 'organization',
    iri: nodeIri('organization', 'rs-moi-cybercrime-unit'),
    names: [
      'cybercrime unit',
      'cyber crime unit',
      'department for combatting cybercrime',
      'ministry of interior department for combatting cybercrime',
      'department for cybercrime',
      'cybercrime department of ministry of interior',
      'cybercrime department of ministry of interior of republic of serbia',
      'anti cyber crime division',
      'ministry of interior anti cyber crime division',
    ],
    scan: true,
    why: 'The cybercrime unit the Law (Art. 9) has the ministry responsible for internal affairs form; the Ministry of Interior’s only specialised cybercrime unit.',
  },
  {
    id: 'org-rs-ministry-of-interior',
    jurisdiction: 'rs',
    kind: 'organization',
    iri: nodeIri('organization', 'rs-ministry-of-interior'),
    names: ['ministry of interior', 'ministry of interior of republic of serbia', 'ministry responsible for internal affairs'],
    scan: true,
    why: 'The Ministry of (the) Interior; the Law calls it "the ministry responsible for internal affairs".',
  },
  {
    id: 'org-rs-ministry-of-justice',
    jurisdiction: 'rs',
    kind: 'organization',
    iri: nodeIri('organization', 'rs-ministry-of-justice'),
    names: ['ministry of justice'],
    scan: true,
    why: 'The Ministry of Justice.',
  },
  {
    id: 'org-rs-ministry-trade-tourism-telecommunications',
    jurisdiction: 'rs',
    kind: 'organization',
    iri: nodeIri('organization', 'rs-ministry-trade-tourism-telecommunications'),
    names: ['ministry of trade tourism and telecommunications'],
    scan: true,
    why: 'The Ministry of Trade, Tourism and Telecommunications.',
  },
  {
    id: 'org-rs-higher-court-belgrade',
    jurisdiction: 'rs',
    kind: 'organization',
    iri: nodeIri('organization', 'rs-higher-court-belgrade'),
    names: ['higher court in belgrade'],
    scan: true,
    why: 'The Higher Court in Belgrade, competent at first instance under the Law (Art. 10).',
  },
  {
    id: 'operation-armageddon',
    jurisdiction: 'rs',
    kind: 'operation',
    iri: nodeIri('operation', 'rs-armageddon'),
    names: ['armageddon'],
    scan: false,
    why: 'The permanent operation against sexual abuse of children on the Internet, run by the special prosecutor and the Ministry of Interior.',
  },
  {
    id: 'contact-point-rs-24-7',
    jurisdiction: 'rs',
    kind: 'contact-point',
    iri: nodeIri('contact-point', 'rs-24-7'),
    names: ['temporary contact point', 'around clock available focal points *'],
    scan: false,
    why: 'Serbia’s 24/7 point of contact under Art. 35 of the Convention: designated as temporary by 2007, set up at the Ministry of Interior in 2009.',
  },
];

function matches(pattern: string, normalised: string): boolean {
  if (pattern.endsWith(' *')) {
    const prefix = pattern.slice(0, -2);
    return normalised === prefix || normalised.startsWith(`${prefix} `);
  }
  return pattern === normalised;
}

/** The rule whose names include `name` (of the given kinds, if any), read in a source of `jurisdiction` (any, if not given). */
export function ruleForName(name: string, kinds?: readonly RuleKind[], jurisdiction?: string): EntityRule | null {
  const normalised = normaliseName(name);
  if (normalised === '') return null;
  return ENTITY_RULES.find((r) => (!kinds || kinds.includes(r.kind)) && appliesIn(r, jurisdiction) && r.names.some((p) => matches(p, normalised))) ?? null;
}

/** Whether a rule reads names in a source of `jurisdiction` (unknown: yes). */
export function appliesIn(rule: EntityRule, jurisdiction: string | undefined): boolean {
  return rule.jurisdiction === null || jurisdiction === undefined || rule.jurisdiction === jurisdiction;
}

/** The IRI of the instrument (or listed legislation) a name refers to, or null. */
export function resolveLegislation(name: string): string | null {
  return ruleForName(name, ['instrument', 'legal-reference'])?.iri ?? null;
}

/** The ref of the instrument a name refers to ("Criminal Code" → "rs-cc"), or null. */
export function resolveInstrumentRef(name: string): string | null {
  return ruleForName(name, ['instrument'])?.ref ?? null;
}
