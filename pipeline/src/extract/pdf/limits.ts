/**
 * The limits on reading a PDF (types.ts: PdfLimits), as set for a run: the defaults, then
 * CYBERLEX_PDF_LIMITS from the environment ("maxStreamMb=128,timeoutMs=300000"), then what
 * the caller passes. Every limit's error message says how to raise it.
 */
import { SourceError } from '../../errors.js';
import { DEFAULT_PDF_LIMITS, type PdfLimits } from './types.js';

export const PDF_LIMITS_ENV = 'CYBERLEX_PDF_LIMITS';

const PAIR = /^([A-Za-z]+)=([0-9]+)$/;

/** The limits CYBERLEX_PDF_LIMITS sets; a malformed value is an error naming the source being read. */
export function limitsFromEnv(source: string, value: string | undefined): Partial<PdfLimits> {
  if (value === undefined || value.trim() === '') return {};
  const out: Partial<PdfLimits> = {};
  for (const part of value.split(',')) {
    const match = PAIR.exec(part.trim());
    const key = match?.[1] as keyof PdfLimits | undefined;
    const n = match ? Number(match[2]) : NaN;
    if (!key || !Object.hasOwn(DEFAULT_PDF_LIMITS, key) || !(n > 0) || !Number.isSafeInteger(n)) {
      throw new SourceError(
        source,
        {},
        `${PDF_LIMITS_ENV} as comma-separated name=positive-integer pairs, the names among ${Object.keys(DEFAULT_PDF_LIMITS).join(', ')}`,
        part.trim(),
      );
    }
    out[key] = n;
  }
  return out;
}

/** What to tell a user whose PDF hit the limit `key`: how to raise it. */
export function raiseHint(key: keyof PdfLimits, limits: PdfLimits): string {
  return `; to allow more, set ${PDF_LIMITS_ENV}=${key}=${limits[key] * 2}`;
}
