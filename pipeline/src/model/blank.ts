/**
 * What every stage counts as blank between words: Unicode's space separators (the space, the
 * no-break, thin, narrow no-break and ideographic spaces …), tab, vertical tab, form feed,
 * carriage return and the byte-order mark. A publisher's typesetting chooses among these freely,
 * so none of them may change what the data says. A line feed is not here: it ends a line, and
 * each reader says what a line end means to it (`isWhiteSpace` counts it too).
 */
export function isBlankCode(code: number): boolean {
  if (code === 32 || code === 9 || code === 13 || code === 12 || code === 11) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Blank, or a line feed: white space wherever line ends do not matter. */
export function isWhiteSpaceCode(code: number): boolean {
  return code === 10 || isBlankCode(code);
}

/** The one-character form of isBlankCode (false for undefined and ""). */
export function isBlank(c: string | undefined): boolean {
  return c !== undefined && c.length > 0 && isBlankCode(c.charCodeAt(0));
}

/** Every run of blanks (and line feeds) as one space: text as a grammar of words reads it. */
export function collapseBlanks(text: string): string {
  let out = '';
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpaceCode(text.charCodeAt(i))) blank = true;
    else {
      if (blank && out.length > 0) out += ' ';
      blank = false;
      out += text[i];
    }
  }
  return out;
}
