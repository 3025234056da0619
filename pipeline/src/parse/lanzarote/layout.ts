/**
 * Undoing the reply's layout. The text came out of a PDF with a hard break (and a blank line)
 * after every printed line, superscript ordinals on lines of their own ("2\nnd"), and bullets
 * (•, ■) opening list items. Consecutive lines join:
 *
 *   - with nothing, where a line is an ordinal suffix after a number ("2" + "nd" → "2nd");
 *   - with a paragraph break, before a bullet; after a short line (a printed line ends early
 *     only where its paragraph ends); after a line ending a sentence (. : ; ) ? !) when the next
 *     starts with a capital;
 *   - with a space otherwise (a sentence running on to the next printed line).
 *
 * "Short" is relative to the widest line, measured on collapsed text so spacing changes nothing.
 * The letter head (up to the "Ref:" line, or — if the head lacks one, for the header parser
 * to report — the two lines after "Subject:") is one field a line and is never joined.
 */
import { joinLines, sourceLines, type Join, type LogicalText, type SourceLine } from '../kit/text.js';

export const BULLETS = ['•', '■'] as const;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
/** A line shorter than this share of the widest line ended its paragraph. */
const SHORT_SHARE = 0.6;
const REF_LINE = /^Ref: /;
const SUBJECT_LINE = /^Subject: /;

export function isBullet(text: string): boolean {
  return BULLETS.some((b) => text.startsWith(b));
}

export function lanzaroteLogical(raw: string): LogicalText {
  const lines = sourceLines(raw);
  const joins = decideJoins(lines);
  return joinLines(raw, lines, (_prev, _next, index) => joins[index]!);
}

/** `joins[i]` joins line i-1 to line i. */
export function decideJoins(lines: readonly SourceLine[]): Join[] {
  // The printed width of each line; a superscript ordinal and the text after it belong to the printed line before.
  const width = lines.map((l) => l.text.length);
  const ordinal = lines.map((l, i) => i > 0 && ORDINAL_SUFFIX.test(l.text) && /\d$/.test(lines[i - 1]!.text));
  ordinal.forEach((isOrdinal, i) => {
    if (isOrdinal && i + 1 < lines.length) width[i + 1]! += width[i - 1]! + width[i]!;
  });
  const widest = Math.max(0, ...width);
  const joins: Join[] = ['\n'];
  const ref = lines.findIndex((l) => REF_LINE.test(l.text));
  const subject = lines.findIndex((l) => SUBJECT_LINE.test(l.text));
  const headEnd = ref !== -1 ? ref : subject !== -1 ? subject + 2 : -1;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!.text;
    const next = lines[i]!.text;
    if (i <= headEnd) joins.push('\n');
    else if (ordinal[i]) joins.push('');
    else if (ordinal[i - 1]) joins.push(' ');
    else if (isBullet(next)) joins.push('\n');
    else if (width[i - 1]! < widest * SHORT_SHARE) joins.push('\n');
    else if (/[.:;)?!]$/.test(prev) && /^[\p{Lu}“"]/u.test(next)) joins.push('\n');
    else joins.push(' ');
  }
  return joins;
}
