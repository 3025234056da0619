/**
 * Akoma Ntoso's point-in-time model: one document is one expression, the whole act as it stood
 * over one stretch of time. The stretches are cut at every date a version of an article of the
 * instrument took effect (its `versionDate`); each holds, for every article, the one version in
 * force throughout it — by the same rule as the packages' `at()` (a version with no date counts
 * from the start, one with no `validUntil` to the end). The stretch before the first date has no
 * known start: it is named, like a version's IRI, by the date it ended (`until-2009-09-11`), and
 * where no version has a date at all there is one stretch, `undated`.
 */
import type { Provision, Version } from '@cyberlex/schema';
import { versionSegment } from '../../model/iri.js';

export interface Expression {
  /** When it took effect; null where no source says. */
  start: string | null;
  /** When the next expression took effect; null for the latest. */
  end: string | null;
  /** `2009-09-11`, `until-2009-09-11` or `undated`: as the data's version IRIs name a version. */
  segment: string;
}

/** The expressions of an instrument whose articles are `articles`, oldest first. */
export function expressionsOf(articles: readonly Provision[]): Expression[] {
  const dates = [...new Set(articles.flatMap((a) => a.versions.map((v) => v.versionDate)).filter((d): d is string => d !== null))].sort();
  const undated = articles.some((a) => a.versions.some((v) => v.versionDate === null));
  const bounds: { start: string | null; end: string | null }[] = [];
  // Before the first date, only where some text is known from before it.
  if (dates.length === 0 || undated) bounds.push({ start: null, end: dates[0] ?? null });
  dates.forEach((start, i) => bounds.push({ start, end: dates[i + 1] ?? null }));
  return bounds.map((b) => ({ ...b, segment: versionSegment(b.start, b.start === null ? b.end : null) }));
}

/** The version of `article` in force throughout `expression`, or null if none is (not yet inserted). */
export function versionIn(article: Provision, expression: Expression): Version | null {
  const matching = article.versions.filter(
    (v) =>
      (v.versionDate === null || (expression.start !== null && v.versionDate <= expression.start)) &&
      (v.validUntil === null || (expression.end !== null && expression.end <= v.validUntil)),
  );
  if (matching.length > 1) {
    throw new Error(`Akoma Ntoso: ${article.ref} has ${matching.length} versions in force in the expression ${expression.segment} (${matching.map((v) => v['@id']).join(', ')}); a point-in-time document can hold one`);
  }
  return matching[0] ?? null;
}

/** Whether `version` took effect no later than `expression` (undated versions: from the start). */
export function effectiveBy(version: Version, expression: Expression): boolean {
  return version.versionDate === null || (expression.start !== null && version.versionDate <= expression.start);
}
