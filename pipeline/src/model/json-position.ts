/**
 * Places in a JSON text, as offsets: where it first goes wrong (JSON.parse on Node 20 does not
 * always say), and where the value at a path stands (to point a schema error at its line).
 * Small recursive-descent scans of the JSON grammar, run only after something failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 64));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return container('}', () => {
      ws();
      if (text[i] !== '"') fail();
      string();
      ws();
      if (text[i] !== ':') fail();
      i++;
      value();
    });
    if (c === '[') return container(']', value);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  const container = (close: string, member: () => void) => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail();
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (offset) {
    return offset as number;
  }
  return text.length;
}

/** The offset of the value at `path` (object keys and array indexes) in a valid JSON text; the nearest enclosing value's where the path goes no further. */
export function jsonPathOffset(text: string, path: readonly PropertyKey[]): number {
  let i = 0;
  let best = 0;
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
  /** Scan one value; `depth` is how much of the path leads to it. */
  const value = (depth: number): void => {
    ws();
    if (depth === path.length) best = i;
    const c = text[i];
    const wanted = depth < path.length ? path[depth] : undefined;
    if (c === '{') {
      i++;
      ws();
      while (text[i] !== '}') {
        ws();
        const key = skipString();
        ws();
        i++; // ":"
        const on = depth < path.length && key === String(wanted);
        if (on) best = i;
        value(on ? depth + 1 : Number.POSITIVE_INFINITY);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
      return;
    }
    if (c === '[') {
      i++;
      ws();
      for (let k = 0; text[i] !== ']'; k++) {
        const on = depth < path.length && String(k) === String(wanted);
        if (on) best = i;
        value(on ? depth + 1 : Number.POSITIVE_INFINITY);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
      return;
    }
    if (c === '"') {
      skipString();
      return;
    }
    while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
  };
  value(0);
  return best;
}
