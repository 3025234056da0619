/**
 * Sums of money in a case study: "about 100,000 EUR", "50,000 to 60,000 EUR",
 * "1.87465457 BTC", "6.282,18 USD" (a decimal comma). What happened to the sum (gained, seized,
 * frozen …) is read from a cue word in the same clause.
 */
import type { Amount } from '@cyberlex/schema';
import type { Reader } from '../kit/fact.js';
import { sub, textOf, type Segment } from '../kit/text.js';

/** Currencies as the case studies write them → ISO 4217 (or the common ticker). */
const CURRENCIES: Record<string, string> = { EUR: 'EUR', euros: 'EUR', euro: 'EUR', USD: 'USD', BTC: 'BTC' };

const AMOUNT = new RegExp(`\\b(about )?(\\d[\\d.,]*\\d|\\d)(?: to (\\d[\\d.,]*\\d|\\d))? (${Object.keys(CURRENCIES).join('|')})\\b`, 'g');

/** Cue words → what the sum is. */
const CUES: readonly [RegExp, Amount['kind']][] = [
  [/\bgain\b/, 'gain'],
  [/\bseized\b/, 'seized'],
  [/\bfrozen\b/, 'frozen'],
  [/\binvested\b/, 'invested'],
  [/\bprofit\b/, 'profit'],
];

/**
 * A number as written: one separator kind used once before exactly three digits groups
 * thousands ("100,000"); with both kinds, the last is the decimal mark ("6.282,18").
 */
export function parseNumber(text: string): number | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normal: string;
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = text.split(group).join('').replace(decimal, '.');
  } else if (lastDot !== -1 || lastComma !== -1) {
    const sep = lastDot !== -1 ? '.' : ',';
    const parts = text.split(sep);
    const grouped = parts.length > 1 && parts.slice(1).every((p) => p.length === 3);
    normal = grouped ? parts.join('') : parts.length === 2 ? `${parts[0]}.${parts[1]}` : '';
  } else {
    normal = text;
  }
  const n = Number(normal);
  return normal !== '' && Number.isFinite(n) ? n : null;
}

/** The clause around an offset: from the previous to the next comma or sentence end. */
function clause(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !/[,.;]/.test(text[start - 1]!) ) start--;
  let end = to;
  while (end < text.length && !/[,;]/.test(text[end]!) && !(text[end] === '.' && (text[end + 1] === ' ' || end + 1 === text.length))) end++;
  return text.slice(start, end);
}

export function findAmounts(r: Reader, seg: Segment): Amount[] {
  const text = textOf(r.lt, seg);
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const value = parseNumber(m[2]!);
    const valueMax = m[3] === undefined ? null : parseNumber(m[3]);
    if (value === null || (m[3] !== undefined && valueMax === null)) r.fail(seg.from + m.index, 'an amount of money', m[0]);
    const around = clause(text, m.index, m.index + m[0].length);
    const kind = CUES.find(([re]) => re.test(around))?.[1] ?? 'other';
    const s = sub(seg, m.index, m.index + m[0].length);
    out.push({ value: value!, valueMax, currency: CURRENCIES[m[4]!]!, kind, approximate: m[1] !== undefined, text: r.text(s), provenance: r.provenance(s) });
  }
  return out;
}
