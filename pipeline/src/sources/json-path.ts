/**
 * Where a value sits in a JSON text, by its path (["sources", 2, "date"]): a manifest error
 * names the line and column of the entry at fault, not just its index. Run only on a text
 * JSON.parse accepted, and only to report an error.
 */
export function jsonPathOffset(text: string, path: readonly (string | number)[]): number | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const skipString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // Skips one value; containers by depth, strings whole (a brace inside a string is not one).
  const skipValue = () => {
    ws();
    let depth = 0;
    do {
      const c = text[i];
      if (c === '"') {
        skipString();
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      i++;
      if (depth === 0 && c !== '{' && c !== '[' && c !== '}' && c !== ']') {
        // a literal or a number: run to its end
        while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
      }
    } while (depth > 0 && i < text.length);
  };
  for (const key of path) {
    ws();
    if (typeof key === 'number') {
      if (text[i] !== '[') return null;
      i++;
      for (let n = 0; n < key; n++) {
        skipValue();
        ws();
        if (text[i] !== ',') return null;
        i++;
      }
      ws();
      if (text[i] === ']') return null;
    } else {
      if (text[i] !== '{') return null;
      i++;
      for (;;) {
        ws();
        if (text[i] !== '"') return null;
        const name = skipString();
        ws();
        i++; // the colon
        ws();
        if (name === key) break;
        skipValue();
        ws();
        if (text[i] !== ',') return null;
        i++;
      }
    }
  }
  ws();
  return i;
}
