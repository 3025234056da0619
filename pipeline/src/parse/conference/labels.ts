/**
 * The grammar of a Joint Programme activity record: a table of the labels a field line starts
 * with, the group headings, and the page chrome around the record.
 */
export type FieldKey =
  | 'title' | 'description' | 'status' | 'date' | 'location' | 'countries' | 'activity' | 'programme-jp'
  | 'project-purpose' | 'expected-result' | 'line-of-action' | 'programme' | 'project' | 'directorate'
  | 'contact' | 'last-modified' | 'objectives' | 'outputs' | 'conclusions' | 'participants' | 'experts'
  | 'secretariat' | 'total-participants';

export interface FieldLabel {
  label: string;
  key: FieldKey;
  /** The field runs on over the paragraphs that follow it. */
  multiline?: boolean;
  /** The record may give the field more than once. */
  repeatable?: boolean;
  /** The field's value is a programme, project or result identifier. */
  identifier?: boolean;
  /** The field's value is a count of this unit. */
  countOf?: string;
}

export const FIELD_LABELS: readonly FieldLabel[] = [
  { label: 'Title', key: 'title' },
  { label: 'Description', key: 'description' },
  { label: 'Status', key: 'status' },
  { label: 'Date', key: 'date' },
  { label: 'Location', key: 'location' },
  { label: 'Countries', key: 'countries' },
  { label: 'Joint Programme Activity', key: 'activity', identifier: true },
  { label: 'JP', key: 'programme-jp', identifier: true },
  { label: 'Project Purpose', key: 'project-purpose', identifier: true },
  { label: 'Expected Result', key: 'expected-result', repeatable: true, identifier: true },
  { label: 'Line of Action', key: 'line-of-action', identifier: true },
  { label: 'Programme', key: 'programme', identifier: true },
  { label: 'Project', key: 'project', identifier: true },
  { label: 'Directorate (Service)', key: 'directorate' },
  { label: 'CoE Contact', key: 'contact' },
  { label: 'Last Modified', key: 'last-modified', repeatable: true },
  { label: 'Objective(s)', key: 'objectives', multiline: true },
  { label: 'Output/Results', key: 'outputs', multiline: true },
  { label: 'Conclusions/Follow Up', key: 'conclusions', multiline: true },
  { label: 'Participants', key: 'participants' },
  { label: 'Consultants/Experts', key: 'experts' },
  { label: 'CoE Secretariat', key: 'secretariat' },
  { label: 'Total No. Participants', key: 'total-participants', countOf: 'participants' },
];

/** Lines that head a group of fields; the line after one, if no field, is the group's value. */
export const GROUP_HEADINGS: readonly string[] = ['Joint Programme EC/CoE', 'Council of Europe Programme of Activities', 'Working Method'];

/** Link texts the page prints inside the record; not data. */
export const LINK_LINES: readonly string[] = ['Hide Synopsis', 'Show Synopsis'];
export const LINK_SUFFIXES: readonly string[] = ['(Logframe)', '(Activities)', 'email'];
/** Symbols the page puts before a value (⇒ II.3, ☆ II.3.2). */
export const VALUE_MARKS = /^(?:[⇒☆–-] ?)+/;

export const DETAILS_HEADER = /^Activity Details \(ID# (\d+)\)$/d;
export const SYNOPSIS_HEADER = /^Activity Synopsis \(ID# (\d+)\)(?: \((?:Hide|Show) Synopsis\))?$/d;
/** The footer: the Kosovo footnote ("* All reference to Kosovo …") and the "Return to the top" link. */
export function isFooterLine(text: string): boolean {
  return text.startsWith('* ') || text.startsWith('Return to the top');
}

/**
 * The label a line starts with: the longest that fits, followed by the end of the line or by a
 * value, which never opens with a lowercase letter. So prose that happens to open with a label's
 * word ("Participants agreed to …", inside Output/Results) is not a field.
 */
export function labelOf(text: string): FieldLabel | null {
  let best: FieldLabel | null = null;
  for (const l of FIELD_LABELS) {
    const fits = text === l.label || (text.startsWith(`${l.label} `) && !/^\p{Ll}/u.test(text.slice(l.label.length + 1)));
    if (fits && (!best || l.label.length > best.label.length)) best = l;
  }
  return best;
}
