/**
 * Whether two values serialise to the same JSON (JSON.stringify(a) === JSON.stringify(b)),
 * decided by walking both at once: the usual rerun compares a package's data with itself, and
 * serialising both sides would build two strings the size of the package (tens of MB at scale)
 * only to compare them. Key order counts, as it does in the serialised text.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(inArray(a[i]), inArray(other[i]))) return false;
    return true;
  }
  const x = written(a as Record<string, unknown>);
  const y = written(b as Record<string, unknown>);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i] || !sameJson((a as Record<string, unknown>)[x[i]!], (b as Record<string, unknown>)[x[i]!])) return false;
  }
  return true;
}

/** An object or array JSON.stringify writes member by member (not one with its own toJSON, like a Date). */
function isPlainObject(v: unknown): v is object {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** The keys JSON.stringify writes, in its order. */
function written(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => !omitted(o[k]));
}

/** In an array, what JSON.stringify leaves out of an object it writes as null. */
function inArray(v: unknown): unknown {
  return omitted(v) ? null : v;
}
