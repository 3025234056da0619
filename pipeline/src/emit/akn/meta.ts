/**
 * The `<meta>` of one expression: FRBR identification from the data's ELI-shaped IRIs, the
 * lifecycle (an eventRef per version date up to this expression), the amending acts as
 * passiveModifications, the references they point to, and notes saying what the data does not
 * know. A date no source gives is never made up: an eventRef needs one, so an undated version has
 * none; FRBRdate cannot be left out, so where the data has no date at all it carries
 * Akoma Ntoso practice's placeholder 9999-01-01 named "unknown", and a note says so.
 */
import type { Dataset, Instrument, Provision } from '@cyberlex/schema';
import type { Rendered } from './body.js';
import { type Expression, effectiveBy } from './timeline.js';
import { el, inlineEl, type XmlElement } from './xml.js';

export const UNKNOWN_DATE = '9999-01-01';
const CYBERLEX = 'cyberlex';

export interface MetaInput {
  dataset: Dataset;
  instrument: Instrument;
  expression: Expression;
  /** The articles of the instrument (every version), and what this expression's body holds. */
  articles: readonly Provision[];
  rendered: readonly Rendered[];
  /** The chapters, sections, titles and headings the body holds. */
  containers: readonly Provision[];
  /** Provisions of the instrument left out because no source quotes them. */
  citedOnly: readonly Provision[];
}

export function expressionIri(instrument: Instrument, expression: Expression): string {
  return `${instrument['@id']}/v/${expression.segment}/eng`;
}

export function buildMeta(input: MetaInput): XmlElement {
  const { dataset, instrument, expression } = input;
  const acts = amendingActs(input);
  const notes: string[] = [];
  const refs = references(dataset, instrument, acts);

  const workDates = instrument.firstDateEntryInForce ? [frbrDate(instrument.firstDateEntryInForce, 'entryIntoForce')] : [];
  if (workDates.length === 0) {
    workDates.push(frbrDate(UNKNOWN_DATE, 'unknown'));
    notes.push(`No source gives a date of the work (${instrument.ref}: ${instrument.title}): its FRBRdate ${UNKNOWN_DATE} "unknown" stands for that, as the schema requires a date.`);
  }
  const expressionDates = [
    expression.start !== null && frbrDate(expression.start, 'versionDate'),
    expression.end !== null && frbrDate(expression.end, 'validUntil'),
  ].filter((d): d is XmlElement => d !== false);
  if (expression.start === null) {
    notes.push(
      expression.end === null
        ? `No source gives the date from which this text applies, nor a later version of it: the expression is undated (FRBRdate ${UNKNOWN_DATE} "unknown").`
        : `No source gives the date from which this text applies; it applied until ${expression.end}.`,
    );
  }
  if (expressionDates.length === 0) expressionDates.push(frbrDate(UNKNOWN_DATE, 'unknown'));
  const expressionAuthors = [...new Set(input.rendered.flatMap((r) => r.version.provenance.map((p) => p.source)))]
    .map((id) => dataset.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => `#${organizationEId(s.publisher)}`);
  const expressionIriValue = expressionIri(instrument, expression);
  const manifestationIri = `${expressionIriValue}/akn.xml`;

  const identification = el('identification', { source: `#${CYBERLEX}` }, [
    el('FRBRWork', {}, [
      el('FRBRthis', { value: instrument['@id'] }),
      el('FRBRuri', { value: instrument['@id'] }),
      ...[...new Set(instrument.alternateNames.map((a) => a.name))].map((name) => el('FRBRalias', { value: name, name: 'alternateName' })),
      ...workDates,
      el('FRBRauthor', { href: `#${jurisdictionEId(instrument.jurisdiction)}` }),
      el('FRBRcountry', { value: instrument.jurisdiction.toLowerCase() }),
      el('FRBRsubtype', { value: instrument.kind }),
      instrument.number !== null && el('FRBRnumber', { value: instrument.number }),
      el('FRBRname', { value: instrument.title }),
    ]),
    el('FRBRExpression', {}, [
      el('FRBRthis', { value: expressionIriValue }),
      el('FRBRuri', { value: expressionIriValue }),
      ...expressionDates,
      ...(expressionAuthors.length > 0 ? [...new Set(expressionAuthors)] : [`#${CYBERLEX}`]).map((href) => el('FRBRauthor', { href })),
      // legalValue "unofficial": the English text of a source, not the authentic one.
      el('FRBRauthoritative', { value: 'false' }),
      el('FRBRlanguage', { language: 'eng' }),
    ]),
    el('FRBRManifestation', {}, [
      el('FRBRthis', { value: manifestationIri }),
      el('FRBRuri', { value: manifestationIri }),
      ...expressionDates,
      el('FRBRauthor', { href: `#${CYBERLEX}` }),
      el('FRBRformat', { value: 'application/akn+xml' }),
    ]),
  ]);

  const events = lifecycle(input, acts);
  const modifications = passiveModifications(input);
  for (const act of acts.unplaced) {
    const when = act.firstDateEntryInForce ? `, in force from ${act.firstDateEntryInForce} by the sources,` : '';
    notes.push(`${actName(act)}${when} amends this instrument, but no source gives a provision it changed or its text: this expression does not reflect it.`);
  }
  for (const entry of instrument.entryIntoForce) {
    notes.push(`On its entry into force, in the source's words: "${entry.text}"${entry.date ? ` (${entry.date})` : ' (no date given)'}.`);
  }
  const undated = undatedAmendments(input);
  if (undated.length > 0) notes.push(`No source gives the date of ${undated.join('; ')}: the lifecycle has no event for it.`);
  const held = new Set(input.containers.map((p) => p['@id']));
  const incomplete = input.citedOnly.filter((p) => held.has(p['@id']));
  const left = input.citedOnly.filter((p) => !held.has(p['@id']));
  if (incomplete.length > 0) {
    notes.push(`Held for the quoted articles in them, marked status="incomplete" as no source quotes their headings: ${incomplete.map((p) => p.ref).join(', ')}.`);
  }
  if (left.length > 0) notes.push(`Left out, as no source quotes their text (only cites them): ${left.map((p) => p.ref).join(', ')}.`);
  notes.unshift(`Unofficial English text of the provisions the sources quote, not the whole instrument; built by cyberlex from ${dataset.package}.`);

  return el('meta', {}, [
    identification,
    events.length > 0 && el('lifecycle', { source: `#${CYBERLEX}` }, events),
    modifications.length > 0 && el('analysis', { source: `#${CYBERLEX}` }, [el('passiveModifications', {}, modifications)]),
    el('references', { source: `#${CYBERLEX}` }, refs),
    el('notes', { source: `#${CYBERLEX}` }, notes.map((text, i) => el('note', { eId: `note_${i + 1}` }, [inlineEl('p', {}, [text])]))),
  ]);
}

function frbrDate(date: string, name: string): XmlElement {
  return el('FRBRdate', { date, name });
}

interface Acts {
  /** Acts a version of an article names (amendedBy). */
  cited: Instrument[];
  /** Acts that amend the instrument with no version naming them. */
  unplaced: Instrument[];
}

function amendingActs(input: MetaInput): Acts {
  const { dataset, instrument } = input;
  const named = new Set(input.articles.flatMap((a) => a.versions.flatMap((v) => v.amendedBy)));
  const known = (iri: string) => dataset.instruments.find((i) => i['@id'] === iri);
  const cited = [...named].sort().map((iri) => {
    const act = known(iri);
    if (!act) throw new Error(`Akoma Ntoso: ${iri}, which amends ${instrument.ref}, is not an instrument of ${dataset.package}`);
    return act;
  });
  const amendedBy = new Set([...instrument.amendedBy, ...dataset.instruments.filter((i) => i.amends.includes(instrument['@id'])).map((i) => i['@id'])]);
  const unplaced = [...amendedBy].filter((iri) => !named.has(iri)).sort().map(known).filter((i): i is Instrument => i !== undefined);
  return { cited, unplaced };
}

/** One eventRef per version date up to this expression, and per act that made a version of that date. */
function lifecycle(input: MetaInput, acts: Acts): XmlElement[] {
  const byDate = new Map<string, Set<string>>();
  for (const article of input.articles) {
    for (const v of article.versions) {
      if (v.versionDate === null || !effectiveBy(v, input.expression)) continue;
      const sources = byDate.get(v.versionDate) ?? new Set<string>();
      // The event's source is the act that made the version; failing one, the source that quotes it.
      for (const iri of v.amendedBy) sources.add(`#${actEId(acts.cited.find((a) => a['@id'] === iri)!)}`);
      if (v.amendedBy.length === 0) for (const p of v.provenance) sources.add(`#${sourceEId(p.source)}`);
      byDate.set(v.versionDate, sources);
    }
  }
  return [...byDate.keys()].sort().flatMap((date) =>
    [...byDate.get(date)!].sort().map((source, i) => el('eventRef', { eId: `evt_${date}${i === 0 ? '' : `_${i + 1}`}`, date, source, type: 'amendment' })),
  );
}

/**
 * What each amending act did to an article, up to this expression, as the release notes tell it:
 * a first version an act made is an insertion, a deleted one a repeal, any other a substitution.
 */
function passiveModifications(input: MetaInput): XmlElement[] {
  const eIdOf = new Map(input.rendered.map((r) => [r.article['@id'], r.eId]));
  const out: XmlElement[] = [];
  for (const article of input.articles) {
    const eId = eIdOf.get(article['@id']);
    if (eId === undefined) continue;
    article.versions.forEach((v, i) => {
      if (!effectiveBy(v, input.expression)) return;
      const previous = i > 0 ? article.versions[i - 1]! : null;
      const type = v.status === 'deleted' && previous?.status !== 'deleted' ? 'repeal' : previous === null ? 'insertion' : 'substitution';
      for (const act of v.amendedBy) {
        out.push(
          el('textualMod', { eId: `pmod_${out.length + 1}`, type }, [el('source', { href: act }), el('destination', { href: `#${eId}` })]),
        );
      }
    });
  }
  return out;
}

/** "the change Official Gazette … 104/2009 made to rs-…:7", for each undated version an act made, up to this expression. */
function undatedAmendments(input: MetaInput): string[] {
  const title = (iri: string) => {
    const act = input.dataset.instruments.find((i) => i['@id'] === iri);
    return act ? actName(act) : iri;
  };
  return input.articles.flatMap((a) =>
    a.versions
      .filter((v) => v.versionDate === null && v.amendedBy.length > 0 && effectiveBy(v, input.expression))
      .map((v) => `the change ${v.amendedBy.map(title).join(' and ')} made to ${a.ref}`),
  );
}

function references(dataset: Dataset, instrument: Instrument, acts: Acts): XmlElement[] {
  const publishers = [...new Set(dataset.sources.map((s) => s.publisher))].sort();
  return [
    el('TLCOrganization', { eId: CYBERLEX, href: `/akn/ontology/organization/${CYBERLEX}`, showAs: 'cyberlex' }),
    el('TLCOrganization', { eId: jurisdictionEId(instrument.jurisdiction), href: `/akn/ontology/organization/${instrument.jurisdiction.toLowerCase()}`, showAs: instrument.jurisdiction }),
    ...publishers.map((p) => el('TLCOrganization', { eId: organizationEId(p), href: `/akn/ontology/organization/${slug(p)}`, showAs: p })),
    ...[...dataset.sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((s) => el('TLCReference', { eId: sourceEId(s.id), href: s['@id'], showAs: s.title, name: 'source' })),
    ...[...acts.cited, ...acts.unplaced].map((a) => el('TLCReference', { eId: actEId(a), href: a['@id'], showAs: a.title, name: 'amendingAct' })),
  ];
}

/** "Amending Law … (104/2009)": the title, and the number where a source gives one. */
function actName(act: Instrument): string {
  return act.number !== null && !act.title.includes(act.number) ? `${act.title} (${act.number})` : act.title;
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}
const organizationEId = (publisher: string) => `org_${slug(publisher)}`;
const jurisdictionEId = (jurisdiction: string) => `jurisdiction_${slug(jurisdiction)}`;
const sourceEId = (id: string) => `src_${id}`;
const actEId = (act: Instrument) => `act_${act.ref}`;
