/**
 * The status section: one line "STATUS_LABEL VALUE DECLARATIONS_LABEL declaration [LEGAL_PROFILE]",
 * giving the convention status fact and the declaration it names (letter date, registration).
 */
import type { Fact, FactOf } from '@cyberlex/schema';
import { resolveInstrumentRef } from '../../model/entity-rules.js';
import { instrumentIri } from '../../model/iri.js';
import { parseDayMonthYear } from '../kit/dates.js';
import { factNode, type Reader } from '../kit/fact.js';
import { sub, textOf, trim, type Segment } from '../kit/text.js';
import { labelAt, STATUS_LABELS, STATUS_VALUES } from './headings.js';
import type { Section } from './sections.js';

const DATE = '(\\d{1,2} [A-Z][a-z]+ \\d{4})';
// `d`: match indices, so each value is cited by its own span.
const AUTHOR = /\bfrom (the [^,]+), dated /d;
const LETTER_DATE = new RegExp(`\\bdated ${DATE}`, 'd');
const REGISTERED = new RegExp(`\\bregistered at (the [^,–]+?) on ${DATE}`, 'd');
const ORIGINAL = /\bOr\. ([A-Z][a-z]+)\./d;

export function parseStatus(r: Reader, section: Section, country: Segment | null): Fact[] {
  if (section.body.length !== 1) r.fail(section.body[1]?.from ?? section.heading.to, 'one status line after the status heading', section.body.length === 0 ? '(nothing)' : r.text(section.body[1]!));
  const line = section.body[0]!;
  const text = textOf(r.lt, line);

  let at = labelAt(text, 0, STATUS_LABELS.status);
  if (at === -1) r.fail(line.from, `the status label (${STATUS_LABELS.status.join(' or ')})`, text);
  while (text[at] === ' ') at++;
  const valueEnd = text.indexOf(' ', at) === -1 ? text.length : text.indexOf(' ', at);
  const valueSeg = sub(line, at, valueEnd);
  const status = STATUS_VALUES[text.slice(at, valueEnd)];
  if (!status) r.fail(valueSeg.from, `a status (${Object.keys(STATUS_VALUES).join(', ')})`, text.slice(at, valueEnd));

  const conventionName = section.subject ? r.text(section.subject) : null;
  const ref = conventionName ? resolveInstrumentRef(conventionName) : null;
  if (!ref) r.fail(section.heading.from, 'a heading that names a convention the project knows', r.text(section.heading));
  const convention = instrumentIri(ref!);

  const declarations: FactOf<'declaration'>[] = [];
  let declAt = valueEnd;
  while (text[declAt] === ' ') declAt++;
  const declLabel = labelAt(text, declAt, STATUS_LABELS.declarations);
  if (declLabel !== -1) {
    let declEnd = text.length;
    for (const label of STATUS_LABELS.legalProfile) {
      if (text.endsWith(label)) declEnd = text.length - label.length;
    }
    const decl = trim(r.lt, sub(line, declAt + declLabel, declEnd));
    declarations.push(parseDeclaration(r, decl, convention, `${ref}-declaration-${declarations.length + 1}`));
  } else if (declAt < text.length) {
    r.fail(line.from + declAt, `the declarations label (${STATUS_LABELS.declarations.join(' or ')}) or the end of the line`, text.slice(declAt));
  }

  // Named by the convention's ref, so the French and English pages give one IRI.
  const statusFact = factNode(r.ctx, 'convention-status', ref!, {
    about: [convention],
    country: country ? r.text(country) : null,
    status: status!,
    statusLabel: r.text(valueSeg),
    startDate: null,
    dateRatified: null,
    declarations: declarations.map((d) => d['@id']),
    evidence: [r.evidence('about', section.subject!), r.evidence('statusLabel', valueSeg), ...(country ? [r.evidence('country', country)] : [])],
    provenance: [...r.provenance(section.heading), ...r.provenance(line)],
  });
  return [statusFact, ...declarations];
}

function parseDeclaration(r: Reader, decl: Segment, convention: string, local: string): FactOf<'declaration'> {
  const text = textOf(r.lt, decl);
  const evidence: FactOf<'declaration'>['evidence'] = [];
  const pick = (re: RegExp, group: number, property: string): Segment | null => {
    const span = re.exec(text)?.indices?.[group];
    if (!span) return null;
    const seg = sub(decl, span[0], span[1]);
    evidence.push(r.evidence(property, seg));
    return seg;
  };
  const author = pick(AUTHOR, 1, 'author');
  const letterDate = pick(LETTER_DATE, 1, 'letterDate');
  const registeredAt = pick(REGISTERED, 1, 'registeredAt');
  const registered = pick(REGISTERED, 2, 'dateRegistered');
  const original = pick(ORIGINAL, 1, 'originalLanguage');
  const date = (seg: Segment | null) => {
    if (!seg) return null;
    const iso = parseDayMonthYear(r.text(seg));
    if (!iso) r.fail(seg.from, 'a calendar date "D Month YYYY"', r.text(seg));
    return iso;
  };
  return factNode(r.ctx, 'declaration', local, {
    name: null,
    description: null,
    concerns: [convention],
    text: r.text(decl),
    author: author ? r.text(author) : null,
    letterDate: date(letterDate),
    dateRegistered: date(registered),
    registeredAt: registeredAt ? r.text(registeredAt) : null,
    originalLanguage: original ? r.text(original) : null,
    periodStart: null,
    evidence,
    provenance: r.provenance(decl),
  });
}
