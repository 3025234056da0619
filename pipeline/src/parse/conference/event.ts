/**
 * The event an activity record describes, from its fields: dates, place, identifiers,
 * objectives, outcomes, conclusions, dated follow-ups, participants and their counts, experts,
 * secretariat, last-modified dates. A contact point the outcomes say a country designated
 * becomes its own node.
 */
import type { Count, Fact, FactOf } from '@cyberlex/schema';
import { slug } from '../../model/iri.js';
import { findCounts } from '../kit/counts.js';
import { findDates, parseDayMonthYear, parseSlashDate } from '../kit/dates.js';
import { factNode, type Reader } from '../kit/fact.js';
import { matchIn, sentences, sub, textOf, type Segment } from '../kit/text.js';
import type { FieldKey } from './labels.js';
import type { Field, RecordPage } from './record.js';

const DATE_RANGE = /^(\d{1,2}\/\d{1,2}\/\d{4}) - (\d{1,2}\/\d{1,2}\/\d{4})$/d;
const COUNTRIES = /^(?:[^:]+: )?(.+)$/d;
const CODE = /^(?:\d[\w./]*|[IVX]+(?:\.\d+)+)$/;
const DESIGNATED = /^(.+?) has (?:designated|established|created|set up) (?:an? |the )?(.*?\bcontact point)\.$/d;
const NUMBER = /^\d+$/;

export function eventFacts(r: Reader, page: RecordPage): Fact[] {
  const all = (key: FieldKey) => page.fields.filter((f) => f.label.key === key);
  const one = (key: FieldKey) => all(key)[0] ?? null;
  const value = (key: FieldKey) => {
    const f = one(key);
    return f && f.value.from < f.value.to ? f.value : null;
  };
  const text = (seg: Segment | null) => (seg ? r.text(seg) : null);
  const evidence: FactOf<'event'>['evidence'] = [];
  const cite = (property: string, seg: Segment | null) => {
    if (seg) evidence.push(r.evidence(property, seg));
    return seg;
  };

  const dateSeg = value('date')!;
  const dates = matchIn(r.lt, dateSeg, DATE_RANGE) ?? r.fail(dateSeg.from, 'the dates "dd/mm/yyyy - dd/mm/yyyy"', r.text(dateSeg));
  const startDate = parseSlashDate(r.text(dates[1]!)) ?? r.fail(dates[1]!.from, 'a calendar date', r.text(dates[1]!));
  const endDate = parseSlashDate(r.text(dates[2]!)) ?? r.fail(dates[2]!.from, 'a calendar date', r.text(dates[2]!));
  cite('startDate', dates[1]!);
  cite('endDate', dates[2]!);
  const countriesSeg = value('countries');
  const countryList = countriesSeg ? matchIn(r.lt, countriesSeg, COUNTRIES)![1]! : null;
  const countries = countryList ? splitList(r, countryList).map((s) => r.name(s)) : [];

  const counts: Count[] = [];
  for (const f of page.fields) {
    if (f.value.from === f.value.to || !('key' in f.label) || f.label.key === null) continue;
    const label = f.label;
    if (label.countOf) {
      if (!NUMBER.test(r.text(f.value))) r.fail(f.value.from, `a number of ${label.countOf}`, r.text(f.value));
      counts.push({ value: Number(r.text(f.value)), unit: label.countOf, label: label.label, ...r.entry(f.value) });
    } else if (label.key === 'description' || label.key === 'participants') {
      counts.push(...findCounts(r, f.value, label.label));
    }
  }
  const paragraphsOf = (key: FieldKey) => all(key).flatMap((f) => [f.value, ...f.more]).filter((s) => s.from < s.to);
  const outcomes = paragraphsOf('outputs');
  const conclusions = paragraphsOf('conclusions');
  const title = value('title')!;
  const name = r.name(title);
  const dateModified = all('last-modified').flatMap((f) => {
    if (f.value.from === f.value.to) return [];
    cite('dateModified', f.value);
    return [parseSlashDate(r.text(f.value)) ?? r.fail(f.value.from, 'a date dd/mm/yyyy', r.text(f.value))];
  });
  const printed = page.printed ? parseDayMonthYear(r.text(cite('datePrinted', page.printed)!)) : null;
  cite('status', value('status'));
  cite('location', value('location'));
  cite('contact', value('contact'));
  cite('participants', value('participants'));

  const event = factNode(r.ctx, 'event', `activity-${r.text(page.id)}`, {
    name: name.name,
    alternateNames: [name],
    description: text(cite('description', value('description'))),
    startDate,
    endDate,
    location: text(value('location')),
    countries,
    status: text(value('status')),
    identifiers: [
      { label: 'ID#', codes: [r.text(page.id)], title: null, ...r.entry(page.id) },
      ...page.fields.filter((f) => 'identifier' in f.label && f.label.identifier && f.value.from < f.value.to).map((f) => ({ label: f.label.label, ...codesOf(r, f.value), ...r.entry(f.value) })),
    ],
    objectives: paragraphsOf('objectives').map((s) => r.entry(s)),
    outcomes: outcomes.map((s) => r.entry(s)),
    conclusions: conclusions.map((s) => r.entry(s)),
    followUps: followUps(r, [...outcomes, ...conclusions]),
    counts,
    participants: text(value('participants')),
    experts: value('experts') ? splitList(r, value('experts')!).map((s) => r.name(s)) : [],
    secretariat: value('secretariat') ? splitList(r, value('secretariat')!).map((s) => r.name(s)) : [],
    contact: text(value('contact')),
    dateModified,
    datePrinted: printed,
    fields: page.fields.map((f: Field) => ({
      label: f.label.label,
      value: r.text({ from: f.value.from, to: (f.more.at(-1) ?? f.value).to }),
      provenance: r.provenanceAll([f.line, ...f.more]),
    })),
    evidence,
    provenance: r.provenance({ from: page.fields[0]!.line.from, to: page.end }),
  });
  const country = countries.length === 1 ? countries[0]!.name : null;
  return [event, ...contactPoints(r, outcomes, country)];
}

/** "M. Gercke, C. Schulman, V. Stanca": the entries of a comma-separated list. */
function splitList(r: Reader, seg: Segment): Segment[] {
  const text = textOf(r.lt, seg);
  return [...text.matchAll(/[^,]+/dg)].map((m) => sub(seg, m.index, m.index + m[0].length)).map((s) => {
    const t = textOf(r.lt, s);
    const lead = t.length - t.trimStart().length;
    return { from: s.from + lead, to: s.to - (t.length - t.trimEnd().length) };
  }).filter((s) => s.from < s.to);
}

/** "3 - 2005/DG1/JP/1624 PACO-Serbia - Improvement …": the codes first, then the title. */
function codesOf(r: Reader, seg: Segment): { codes: string[]; title: string | null } {
  const words = textOf(r.lt, seg).split(' ');
  const codes: string[] = [];
  let k = 0;
  while (k < words.length) {
    if (CODE.test(words[k]!)) codes.push(words[k++]!);
    else if ((words[k] === '-' || words[k] === '–') && codes.length > 0 && CODE.test(words[k + 1] ?? '')) k++;
    else break;
  }
  if (codes.length > 0 && (words[k] === '-' || words[k] === '–')) k++;
  const title = words.slice(k).join(' ');
  return { codes, title: title === '' ? null : title };
}

/** Every dated sentence of the outcomes and conclusions: what is to follow, and when. */
function followUps(r: Reader, paras: readonly Segment[]): FactOf<'event'>['followUps'] {
  return paras.flatMap((para) =>
    sentences(r.lt, para).flatMap((sentence) =>
      findDates(textOf(r.lt, sentence)).map((d) => ({ dateText: d.text, startDate: d.start, endDate: d.end, ...r.entry(sentence) })),
    ),
  );
}

/** "Serbia has designated a temporary contact point." — for the country the record is about. */
function contactPoints(r: Reader, paras: readonly Segment[], country: string | null): FactOf<'contact-point'>[] {
  if (country === null) return [];
  return paras.flatMap((para) =>
    sentences(r.lt, para).flatMap((sentence) => {
      const m = matchIn(r.lt, sentence, DESIGNATED);
      if (!m || r.text(m[1]!) !== country) return [];
      const name = r.name(m[2]!);
      return [factNode(r.ctx, 'contact-point', slug(`${country} ${name.name}`), {
        name: name.name,
        alternateNames: [name],
        description: r.text(sentence),
        country,
        year: null,
        operatedBy: null,
        evidence: [r.evidence('country', m[1]!)],
        provenance: r.provenance(sentence),
      })];
    }),
  );
}
