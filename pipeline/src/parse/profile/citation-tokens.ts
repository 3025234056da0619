/**
 * Tokens of a national answer, for reading its citations: words, numbers, dates, quoted
 * names, and the punctuation the citation grammar cares about. Offsets index the text.
 */
export type TokenKind = 'word' | 'number' | 'date' | 'quote' | 'dash' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

const CLOSING: Record<string, string> = { '“': '”', '"': '"', '„': '“', '«': '»' };
const DASHES = new Set(['-', '–', '—']);
const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ') {
      i++;
      continue;
    }
    const close = CLOSING[c];
    if (close) {
      const end = text.indexOf(close, i + 1);
      if (end !== -1) {
        tokens.push({ kind: 'quote', text: text.slice(i + 1, end), start: i, end: end + 1 });
        i = end + 1;
        continue;
      }
    }
    if (isDigit(c)) {
      let j = i;
      while (j < text.length && isDigit(text[j]!)) j++;
      // A date d/m/yyyy is one token, so its parts are never read as article numbers.
      const date = /^\/\d{1,2}\/\d{4}/.exec(text.slice(j, j + 8));
      if (date) {
        tokens.push({ kind: 'date', text: text.slice(i, j + date[0].length), start: i, end: j + date[0].length });
        i = j + date[0].length;
        continue;
      }
      // An article number keeps a letter written onto it ("185a"), not a following word.
      if (j < text.length && /[a-z]/.test(text[j]!) && !isLetter(text[j + 1] ?? '')) j++;
      tokens.push({ kind: 'number', text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      while (j < text.length && (isLetter(text[j]!) || ((text[j] === '-' || text[j] === '’' || text[j] === "'") && isLetter(text[j + 1] ?? '')))) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    tokens.push({ kind: DASHES.has(c) ? 'dash' : 'punct', text: c, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}
