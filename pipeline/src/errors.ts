/**
 * Every way a source can be wrong ends here: one error type that names the source,
 * the place (line and column, or page for a PDF) and what was expected.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly source: string,
    readonly where: { line?: number; column?: number; page?: number },
    readonly expected: string,
    readonly found?: string,
  ) {
    super(SourceError.format(source, where, expected, found));
  }

  static format(source: string, where: { line?: number; column?: number; page?: number }, expected: string, found?: string): string {
    const place = [
      where.page !== undefined ? `page ${where.page}` : '',
      where.line !== undefined ? `line ${where.line}` : '',
      where.column !== undefined ? `column ${where.column}` : '',
    ].filter(Boolean).join(', ');
    const got = found === undefined ? '' : `, found ${JSON.stringify(found.length > 60 ? `${found.slice(0, 57)}…` : found)}`;
    return `${source}${place ? ` (${place})` : ''}: expected ${expected}${got}`;
  }
}

/** Line and column (both 1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
