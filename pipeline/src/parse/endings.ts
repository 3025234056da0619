/**
 * How a document of each kind ends, beside the parsers (./registry.ts): a source cut short —
 * a download that stopped, a copy that lost its tail — would still parse into a plausible,
 * smaller graph, so before a source is parsed its ending is checked, and a source that stops
 * short is an error naming where it ends. One module a kind, in ./endings/.
 */
import type { ExtractedSource } from '../extract/types.js';
import type { ManifestEntry } from '../sources/manifest.js';
import { activityRecordEnding } from './endings/activity-record.js';
import { consolidatedLawEnding } from './endings/consolidated-law.js';
import { countryProfileEnding } from './endings/country-profile.js';
import { lanzaroteReplyEnding } from './endings/lanzarote-reply.js';
import { octopusWikiEnding } from './endings/octopus-country-wiki.js';
import type { EndingCheck } from './endings/text-end.js';

export const ENDINGS: Record<string, EndingCheck> = {
  'consolidated-law': consolidatedLawEnding,
  'country-profile': countryProfileEnding,
  'octopus-country-wiki': octopusWikiEnding,
  'lanzarote-reply': lanzaroteReplyEnding,
  'activity-record': activityRecordEnding,
};

/** Throws a SourceError when the source does not end as a document of its kind ends. */
export function checkEnding(entry: ManifestEntry, doc: ExtractedSource): void {
  // every kind with a parser has an ending (a test holds the two tables to the same kinds)
  if (Object.hasOwn(ENDINGS, entry.kind)) ENDINGS[entry.kind]!(doc);
}
