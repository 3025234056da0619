/**
 * Dates as these sources write them: "16 July 2009", "11-12 June 2007", "13-14 June" (no year:
 * the date stays null), "19/03/2007", "28/7/2017". Only a real calendar date becomes an xsd:date.
 */
import { calendarDate as isoDate } from '@cyberlex/schema';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase()] ?? null;
}

/** YYYY-MM-DD, or null when the parts are no calendar date: the one calendar model, @cyberlex/schema's. */
export { isoDate };

const DAY_MONTH_YEAR = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "16 July 2009" → "2009-07-16". */
export function parseDayMonthYear(text: string): string | null {
  const m = DAY_MONTH_YEAR.exec(text);
  if (!m) return null;
  const month = monthNumber(m[2]!);
  return month === null ? null : isoDate(Number(m[3]), month, Number(m[1]));
}

/** "19/03/2007" (day/month/year) → "2007-03-19". */
export function parseSlashDate(text: string): string | null {
  const m = SLASH_DATE.exec(text);
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** A date or date range written out in a sentence. */
export interface DateMention {
  /** Offsets in the searched text. */
  from: number;
  to: number;
  text: string;
  start: string | null;
  end: string | null;
}

const MONTH_NAMES = Object.keys(MONTHS).map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
/** "5 April 2007", "11-12 June 2007", "13-14 June": a day or day range, a month name, an optional year. */
const DATE_IN_TEXT = new RegExp(`\\b(\\d{1,2})(?:-(\\d{1,2}))? (${MONTH_NAMES})(?: (\\d{4}))?\\b`, 'g');

/** Every day-month(-year) date in a text. Without a year the source does not give the date: null. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    const month = monthNumber(m[3]!)!;
    const year = m[4] === undefined ? null : Number(m[4]);
    const start = year === null ? null : isoDate(year, month, Number(m[1]));
    const end = year === null ? null : m[2] === undefined ? start : isoDate(year, month, Number(m[2]));
    out.push({ from: m.index, to: m.index + m[0].length, text: m[0], start, end });
  }
  return out;
}

/** "September 2015" → "2015-09"; "2018" → "2018"; null otherwise. */
export function parseMonthYear(text: string): string | null {
  const m = /^(?:([A-Za-z]+) )?(\d{4})$/.exec(text);
  if (!m) return null;
  if (m[1] === undefined) return m[2]!;
  const month = monthNumber(m[1]);
  return month === null ? null : `${m[2]}-${String(month).padStart(2, '0')}`;
}
