/**
 * What a final provision says about when the law comes into force. Two forms occur:
 * "… shall come into force on the eighth day of publication in …" (a date relative to a
 * publication date no source gives: null) and "… except the provisions of Articles 3 through 9
 * …, which shall come into force on 1 January 2010" (a calendar date for named articles).
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface EntryIntoForceClause {
  /** Offsets of the clause inside the paragraph text. */
  start: number;
  end: number;
  date: string | null;
  /** Article numbers of the same law the clause is limited to; empty for the whole law. */
  articles: string[];
}

const RELATIVE = /come into force on the ([a-z]+) day (?:of|after|following) (?:its )?publication/;
const EXCEPT = /except the provisions of Articles ([0-9]+) through ([0-9]+) of the present Law, which shall come into force on ([0-9]{1,2}) ([A-Za-z]+) ([0-9]{4})/;

export function entryIntoForceClauses(text: string): EntryIntoForceClause[] {
  const clauses: EntryIntoForceClause[] = [];
  const relative = RELATIVE.exec(text);
  if (!relative) return clauses;
  const except = EXCEPT.exec(text);
  const mainEnd = except ? except.index : text.length;
  clauses.push({ start: 0, end: trimEnd(text, mainEnd), date: null, articles: [] });
  if (except) {
    const [, from, to, day, month, year] = except;
    const monthIndex = MONTHS.indexOf(month!.toLowerCase());
    const date = monthIndex === -1 ? null : `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
    const articles: string[] = [];
    for (let n = Number(from); n <= Number(to); n++) articles.push(String(n));
    clauses.push({ start: except.index, end: text.length, date, articles });
  }
  return clauses;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === ',')) e--;
  return e;
}
