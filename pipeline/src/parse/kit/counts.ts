/**
 * Counts the fact sources state: a number followed by what it counts. The units are a table
 * (the countable things these sources report), so a year or an article number is never a count.
 */
import type { Count } from '@cyberlex/schema';
import type { Reader } from './fact.js';
import { sub, textOf, type Segment } from './text.js';

export const COUNT_UNITS = ['police officers', 'participants', 'countries', 'persons'] as const;

const COUNT = new RegExp(`\\b(\\d{1,6}) (${COUNT_UNITS.join('|')})\\b`, 'g');

/** Every count in a segment, with its own span. */
export function findCounts(r: Reader, seg: Segment, label: string | null = null): Count[] {
  const text = textOf(r.lt, seg);
  return [...text.matchAll(COUNT)].map((m) => {
    const s = sub(seg, m.index, m.index + m[0].length);
    return { value: Number(m[1]), unit: m[2]!, label, text: r.text(s), provenance: r.provenance(s) };
  });
}

/** A year a passage is set in: "In 2009,", "As of 2010,", "founded in 2007/08", "in 2016". */
const YEAR = /\b(?:[Aa]s of|[Ii]n|[Ss]ince) (\d{4}(?:\/\d{2})?)\b/;

export function findYear(r: Reader, seg: Segment): { year: string; seg: Segment } | null {
  const m = YEAR.exec(textOf(r.lt, seg));
  return m ? { year: m[1]!, seg: sub(seg, m.index, m.index + m[0].length) } : null;
}
