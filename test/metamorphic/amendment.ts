/**
 * A transformation a publisher makes: a new dated amendment of one quoted article, written
 * where the profile shows an article's latest text — a marker naming its act and date, then
 * the new text of one paragraph — in the form the profile already uses at that place (a
 * `<p>` in a cell, or a plain line where a page break left the cell's text as lines).
 */
import type { Dataset, Provision } from '@cyberlex/schema';

export const PROFILE = 'coe-cybercrime-legislation-profile-serbia';

export interface InsertedAmendment {
  /** The profile's text with the amendment inserted. */
  text: string;
  article: string;
  paragraph: string | null;
  date: string;
  act: string;
}

/** The articles of a dataset the profile quotes, by ref. */
export function quotedArticles(data: Dataset): Provision[] {
  return data.provisions.filter((p) => p.kind === 'article' && p.versions.length > 0);
}

/** Insert "amendment D/M/YYYY “Official gazette of Republic Serbia N/YYYY”" and a paragraph's new text after the article's latest text. */
export function insertAmendment(text: string, article: Provision, act: { day: number; month: number; year: number; number: number }): InsertedAmendment {
  const latest = article.versions[article.versions.length - 1]!;
  const last = latest.paragraphs[latest.paragraphs.length - 1]!;
  const spans = last.provenance.filter((p) => p.source === PROFILE).sort((a, b) => a.start - b.start);
  const end = spans[spans.length - 1]!.end;
  // the paragraph's last character: is it inside a <p> of a cell, or on a plain line?
  const open = text.lastIndexOf('<p>', end - 1);
  const close = text.lastIndexOf('</p>', end - 1);
  const inCell = open > close && open > text.lastIndexOf('\n', end - 1);
  const marker = `amendment ${act.day}/${act.month}/${act.year} “Official gazette of Republic Serbia ${act.number}/${act.year}”`;
  const label = last.number === null ? '' : `(${last.number}) `;
  const words = `${label}${last.text} As amended in ${act.year}.`;
  let at: number;
  let insert: string;
  if (inCell) {
    at = text.indexOf('</p>', end) + '</p>'.length;
    insert = ` <p>${marker}</p> <p>${words}</p>`;
  } else {
    const eol = text.indexOf('\n', end);
    at = eol === -1 ? text.length : eol;
    insert = `\n\n${marker}\n\n${words}`;
  }
  const iso = `${act.year}-${String(act.month).padStart(2, '0')}-${String(act.day).padStart(2, '0')}`;
  return { text: text.slice(0, at) + insert + text.slice(at), article: article.ref, paragraph: last.number, date: iso, act: `og-${act.number}-${act.year}` };
}
