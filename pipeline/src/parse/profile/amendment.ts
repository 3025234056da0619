/**
 * The amendment markers of a national answer, as a small grammar:
 *
 *   marker  := "not amendment" | "not amended"
 *            | "amendment" [date] [gazette] [remark]
 *   date    := D/M/YYYY                       (the profile writes dates day first)
 *   gazette := quoted "… N/YYYY"              ("“Official gazette of Republic Serbia 72/2009”")
 *   remark  := any further words              ("like above", "and brought back to this solution")
 *
 * A marker without a remark opens an amendment: the paragraphs after it are the amended
 * text. "like …" remarks refer back to an amendment already shown; any other remark is a
 * statement about the article, not a new text.
 */
import { calendarDate } from '@cyberlex/schema';
import type { Piece } from './pieces.js';
import { pieceText } from './pieces.js';

export interface Gazette {
  /** As the source words it, without the quotes. */
  text: string;
  number: string;
  year: string;
}

export type Marker =
  | { kind: 'not-amended'; piece: Piece; text: string }
  | { kind: 'amendment'; role: 'opens' | 'refers-back' | 'remark'; piece: Piece; text: string; date: string | null; gazette: Gazette | null; remark: string | null };

const NOT_AMENDED = /^not amend(?:ment|ed)\b/i;
const AMENDMENT = /^amendment\b/i;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?=\s|$)/;
const QUOTES: Record<string, string> = { '“': '”', '"': '"', '„': '“' };
const GAZETTE_NUMBER = /(\d{1,4})\/(\d{4})$/;

export function isMarker(text: string): boolean {
  return NOT_AMENDED.test(text) || AMENDMENT.test(text);
}

/** A marker, or null if the text is none; throws (via `fail`) on a malformed date. */
export function parseMarker(p: Piece, fail: (expected: string) => never): Marker | null {
  const text = pieceText(p);
  if (NOT_AMENDED.test(text)) return { kind: 'not-amended', piece: p, text };
  if (!AMENDMENT.test(text)) return null;
  let rest = text.slice('amendment'.length).trimStart();
  let date: string | null = null;
  const d = DATE.exec(rest);
  if (d) {
    date = isoDate(d[1]!, d[2]!, d[3]!) ?? fail(`a valid day/month/year date after "amendment", not ${d[0]}`);
    rest = rest.slice(d[0].length).trimStart();
  }
  let gazette: Gazette | null = null;
  const close = QUOTES[rest[0] ?? ''];
  if (close) {
    const end = rest.indexOf(close, 1);
    const inner = end === -1 ? null : rest.slice(1, end).trim();
    const n = inner ? GAZETTE_NUMBER.exec(inner) : null;
    if (inner && n) {
      gazette = { text: inner, number: n[1]!, year: n[2]! };
      rest = rest.slice(end + 1).trimStart();
    }
  }
  const remark = rest === '' ? null : rest;
  const role = remark === null ? 'opens' : /^like\b/i.test(remark) ? 'refers-back' : 'remark';
  return { kind: 'amendment', role, piece: p, text, date, gazette, remark };
}

/** D/M/YYYY → YYYY-MM-DD, or null if no such day. */
export function isoDate(day: string, month: string, year: string): string | null {
  return calendarDate(Number(year), Number(month), Number(day));
}
