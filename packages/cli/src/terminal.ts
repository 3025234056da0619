/**
 * What the terminal gets: colour only where it is wanted, prose wrapped to a terminal's width,
 * and values quoted in messages clipped so that a 100 kB argument still makes one readable line.
 */
import { createColors } from 'picocolors';

type Stream = { isTTY?: boolean; columns?: number; hasColors?: () => boolean };
type Env = Record<string, string | undefined>;

/**
 * Colour as Node and most tools decide it: FORCE_COLOR (other than 0 or false) forces it, even into
 * a pipe; otherwise NO_COLOR (https://no-color.org, non-empty) or TERM=dumb turn it off, and only a
 * terminal that can show colours gets them.
 */
export function useColour(stream: Stream = process.stdout, env: Env = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb' || stream.isTTY !== true) return false;
  return stream.hasColors?.() ?? true;
}

export function colours(stream: Stream = process.stdout, env: Env = process.env) {
  return createColors(useColour(stream, env));
}

export type Colours = ReturnType<typeof colours>;

/** The terminal's width; 80 for a pipe or a file (as commander's help uses). */
export function width(stream: Stream = process.stdout): number {
  return stream.isTTY === true && stream.columns && stream.columns > 20 ? stream.columns : 80;
}

type Wrapper = (text: string, columns: number, options: { hard: boolean; trim: boolean }) => string;
let wrapper: Wrapper | null = null;

/**
 * Loads the wrapper (wrap-ansi, which knows colour codes and wide characters) when output goes to
 * a terminal. Output to a pipe or a file is not wrapped, as git and gh leave it: one paragraph a
 * line for grep, and no cost for loading what would not be used.
 */
export async function prepareTerminal(stream: Stream = process.stdout): Promise<void> {
  if (stream.isTTY === true && wrapper === null) wrapper = (await import('wrap-ansi')).default;
}

/** Prose wrapped at word boundaries to the terminal's width, each line after the first indented as asked. */
export function wrap(text: string, options: { indent?: string; columns?: number } = {}): string {
  if (wrapper === null) return text;
  const indent = options.indent ?? '';
  const columns = Math.max(10, (options.columns ?? width()) - indent.length);
  return wrapper(text, columns, { hard: false, trim: true })
    .split('\n')
    .map((line, i) => (i === 0 ? line : indent + line))
    .join('\n');
}

/** A value as a message quotes it: whole if short, else its start and its length. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length} characters)`;
}

/** A user's value in quotes, clipped. */
export function quote(value: string): string {
  return `"${clip(value, 80)}"`;
}
