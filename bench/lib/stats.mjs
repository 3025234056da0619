/** Summaries of repeated measurements: every figure is a median with its min and max. */

/** @param {number[]} values */
export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: sorted.length };
}

/**
 * A ratio of two figures measured side by side in this invocation: the ratio of the
 * medians, and the spread of the per-pair ratios (run i of one against run i of the other).
 * @param {number[]} numerators @param {number[]} denominators
 */
export function ratio(numerators, denominators) {
  const a = summarize(numerators);
  const b = summarize(denominators);
  if (!a || !b || b.median === 0) return null;
  const pairs = numerators.map((n, i) => n / denominators[i]).filter((r) => Number.isFinite(r));
  const spread = summarize(pairs);
  return { median: round(a.median / b.median), min: spread?.min ?? null, max: spread?.max ?? null, runs: pairs.length };
}

/** Two significant decimals for small numbers, whole numbers for large ones. */
export function round(x) {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const places = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return Number(x.toFixed(places));
}

export const MB = 1024 * 1024;
