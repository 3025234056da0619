/**
 * Reading an activity record into its labelled fields. A state machine over the page's lines:
 *
 *   page     := chrome* PRINTED_DATE? chrome* DETAILS_HEADER part SYNOPSIS_HEADER part footer
 *   part     := (FIELD | GROUP_HEADING GROUP_VALUE? | LINK)*
 *   FIELD    := LABEL value (PARAGRAPH* when the label runs on)
 *   footer   := from the Kosovo footnote or "Return to the top" on
 *
 * Any other line inside the record is an error: the record is not what the table describes.
 */
import { parseDayMonthYear } from '../kit/dates.js';
import type { Reader } from '../kit/fact.js';
import { matchIn, paragraphs, sub, textOf, trim, type Segment } from '../kit/text.js';
import { DETAILS_HEADER, GROUP_HEADINGS, isFooterLine, labelOf, LINK_LINES, LINK_SUFFIXES, SYNOPSIS_HEADER, VALUE_MARKS, type FieldLabel } from './labels.js';

export interface Field {
  label: FieldLabel | { label: string; key: null };
  /** The whole line (label and value). */
  line: Segment;
  /** The value on the label's line; empty when the label stands alone. */
  value: Segment;
  /** Paragraphs the field runs on over (multiline labels only). */
  more: Segment[];
}

export interface RecordPage {
  id: Segment;
  printed: Segment | null;
  fields: Field[];
  end: number;
}

export function readRecord(r: Reader): RecordPage {
  const paras = paragraphs(r.lt);
  let i = 0;
  let printed: Segment | null = null;
  let details: (Segment | null)[] | null = null;
  for (; i < paras.length && !details; i++) {
    details = matchIn(r.lt, paras[i]!, DETAILS_HEADER);
    if (!details && parseDayMonthYear(textOf(r.lt, paras[i]!)) && !printed) printed = paras[i]!;
  }
  if (!details) r.fail(r.lt.text.length, 'the record header "Activity Details (ID# N)"', '(end of page)');
  const id = details![1]!;

  const fields: Field[] = [];
  let synopsis = false;
  let end = r.lt.text.length;
  for (; i < paras.length; i++) {
    const para = paras[i]!;
    const text = textOf(r.lt, para);
    if (isFooterLine(text)) {
      end = para.from;
      break;
    }
    if (LINK_LINES.includes(text)) continue;
    const synopsisHeader = matchIn(r.lt, para, SYNOPSIS_HEADER);
    if (synopsisHeader) {
      if (synopsis) r.fail(para.from, 'one "Activity Synopsis" header', text);
      if (r.text(synopsisHeader[1]!) !== r.text(id)) r.fail(synopsisHeader[1]!.from, `the synopsis of activity ${r.text(id)}`, text);
      synopsis = true;
      continue;
    }
    const label = labelOf(text);
    if (label) {
      const value = valueOf(r, sub(para, label.label.length, text.length));
      if (!label.repeatable && fields.some((f) => f.label.key === label.key)) r.fail(para.from, `one "${label.label}" field`, text);
      fields.push({ label, line: para, value, more: [] });
      continue;
    }
    if (GROUP_HEADINGS.includes(text)) {
      fields.push({ label: { label: text, key: null }, line: para, value: { from: para.to, to: para.to }, more: [] });
      continue;
    }
    const last = fields.at(-1);
    if (last && last.label.key === null && last.value.from === last.value.to) {
      last.value = valueOf(r, para);
      continue;
    }
    if (last && 'multiline' in last.label && last.label.multiline) {
      last.more.push(para);
      continue;
    }
    r.fail(para.from, 'a field label of the activity record (Title, Date, Location, …) or a group heading', text);
  }
  if (!synopsis) r.fail(end, 'the "Activity Synopsis (ID# N)" header', '(footer or end of page)');
  for (const required of ['Title', 'Date', 'Location'] as const) {
    if (!fields.some((f) => f.label.label === required)) r.fail(end, `a "${required}" field`);
  }
  return { id, printed, fields, end };
}

/** A field's value: after the label, without the link texts and leading marks the page adds. */
function valueOf(r: Reader, seg: Segment): Segment {
  let v = trim(r.lt, seg);
  for (let changed = true; changed; ) {
    changed = false;
    const text = textOf(r.lt, v);
    for (const suffix of LINK_SUFFIXES) {
      if (text === suffix || text.endsWith(` ${suffix}`)) {
        v = trim(r.lt, { from: v.from, to: v.to - suffix.length });
        changed = true;
      }
    }
  }
  const marks = VALUE_MARKS.exec(textOf(r.lt, v));
  return marks ? trim(r.lt, { from: v.from + marks[0].length, to: v.to }) : v;
}
