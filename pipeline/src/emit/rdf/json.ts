/** The JSON the serializer reads: telling objects from arrays, and quoting a value in a message. */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as JSON, shortened, for an error message; what is not JSON (a BigInt, a function) as JavaScript prints it. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  text ??= String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
