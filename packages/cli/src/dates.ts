/** Dates on the command line: only real calendar days YYYY-MM-DD, read by the one date parser. */
import { parseIsoDate } from '@cyberlex/schema/calendar-date';
import { quote } from './terminal.js';
import { UsageError } from './run.js';

/** The date an option names, or a usage error naming the option and the value. */
export function optionDate(option: string, value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  const date = parseIsoDate(value);
  if (date === null) throw new UsageError(`${option} takes a real calendar date YYYY-MM-DD (e.g. 2009-01-01), not ${quote(value)}`, command);
  return date;
}

export function isDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}
