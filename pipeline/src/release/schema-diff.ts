/**
 * Whether a package's JSON Schema moved between two builds, and how. Three answers matter to
 * a release, because they call for different bumps:
 *   - changed: it accepts other data than before (narrowed or widened);
 *   - rewritten: it accepts the same data, written otherwise — an inline schema given a name
 *     in `$defs`, a named one inlined — so only the names types.d.ts declares moved;
 *   - unchanged: the same shape (descriptions and titles are documentation, not shape).
 * "The same data" is decided by comparing both schemas with every local `$ref` replaced by
 * the definition it names (a recursive one by how far up it points), which is conservative:
 * two schemas that say the same thing in other words (an `anyOf` reordered, a cycle unrolled)
 * are called changed.
 */
import { canonical } from './node-diff.js';

export interface SchemaDiff {
  status: 'changed' | 'rewritten' | 'unchanged' | 'unknown';
  /** The definitions ($defs) whose own text moved, "(root)" for the schema's own keywords. */
  moved: string[];
  /** Names of definitions only the new schema has, and only the old one. */
  added: string[];
  removed: string[];
}

export function diffSchemas(base: unknown, current: unknown): SchemaDiff {
  if (base === undefined || current === undefined) return { status: 'unknown', moved: [], added: [], removed: [] };
  const a = split(shapeOf(base));
  const b = split(shapeOf(current));
  const names = [...new Set([...Object.keys(a.defs), ...Object.keys(b.defs)])].sort();
  const moved = names.filter((n) => canonical(a.defs[n]) !== canonical(b.defs[n]));
  if (canonical(a.root) !== canonical(b.root)) moved.unshift('(root)');
  if (moved.length === 0) return { status: 'unchanged', moved, added: [], removed: [] };
  // The same data, and every definition both name the same type: only names came or went.
  const [ea, eb] = [expander(a), expander(b)];
  const same = ea.root() === eb.root() && moved.every((n) => n === '(root)' || !Object.hasOwn(a.defs, n) || !Object.hasOwn(b.defs, n) || ea.definition(n) === eb.definition(n));
  const status = same ? 'rewritten' : 'changed';
  return { status, moved, added: names.filter((n) => !Object.hasOwn(a.defs, n)), removed: names.filter((n) => !Object.hasOwn(b.defs, n)) };
}

interface Split {
  root: Record<string, unknown>;
  defs: Record<string, unknown>;
}

function split(schema: unknown): Split {
  const { $defs, ...root } = (schema && typeof schema === 'object' ? schema : {}) as { $defs?: Record<string, unknown> };
  return { root, defs: $defs ?? {} };
}

const DOCUMENTATION = new Set(['description', 'title', '$comment', 'examples']);

function shapeOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(shapeOf);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(Object.entries(schema).filter(([k, v]) => !(DOCUMENTATION.has(k) && typeof v === 'string')).map(([k, v]) => [k, shapeOf(v)]));
  }
  return schema;
}

const LOCAL_REF = '#/$defs/';

/**
 * The schema as one canonical text with every `{"$ref": "#/$defs/X"}` replaced by X's own
 * expansion. A reference to a definition already being expanded (recursion) is written as
 * `{"$recursive": n}`, n how many levels of the expanded text up it points, so the text depends
 * neither on what the definitions are called nor on how a cycle is cut into definitions. A
 * definition whose expansion points no further up than itself is expanded once and reused.
 */
function expander({ root, defs }: Split): { root(): string; definition(name: string): string } {
  const memo = new Map<string, string>();
  const chain: { name: string; depth: number }[] = [];
  let highest = Infinity; // the lowest chain index a recursion in the current expansion pointed to

  const reference = (name: string, depth: number): string => {
    const at = chain.findIndex((c) => c.name === name);
    if (at >= 0) {
      highest = Math.min(highest, at);
      return `{"$recursive":${depth - chain[at]!.depth}}`;
    }
    const known = memo.get(name);
    if (known !== undefined) return known;
    const outer = highest;
    highest = Infinity;
    chain.push({ name, depth });
    const text = node(defs[name], depth);
    chain.pop();
    if (highest >= chain.length) memo.set(name, text); // points at nothing outside itself
    highest = Math.min(outer, highest);
    return text;
  };

  const node = (value: unknown, depth: number): string => {
    if (Array.isArray(value)) return `[${value.map((v) => node(v, depth + 1)).join(',')}]`;
    if (!value || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
    const entries = Object.entries(value as Record<string, unknown>);
    const ref = (value as { $ref?: unknown }).$ref;
    const local = typeof ref === 'string' && ref.startsWith(LOCAL_REF) && Object.hasOwn(defs, ref.slice(LOCAL_REF.length)) ? ref.slice(LOCAL_REF.length) : null;
    if (local !== null && entries.length === 1) return reference(local, depth);
    const keys = entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    const text = (k: string, v: unknown) => (k === '$ref' && local !== null ? reference(local, depth + 1) : node(v, depth + 1));
    return `{${keys.map(([k, v]) => `${JSON.stringify(k)}:${text(k, v)}`).join(',')}}`;
  };

  return { root: () => node(root, 0), definition: (name) => reference(name, 0) };
}
