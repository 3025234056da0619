/**
 * A package's `changes.json` and its first CHANGELOG. The CHANGELOG is the record of
 * releases (changesets writes it when `changeset version` runs); changes.json is derived from
 * it and from the data on every build, so the same sources and the same CHANGELOG give the
 * same bytes:
 *
 * - the legal history the data holds (`legalHistory`), with packageVersion null — the
 *   history the first release shipped — less the entries a release already names;
 * - one entry per CHANGELOG line of each released version, with that version, the bump of
 *   its section, and the date, refs and acts the line's `<!-- cyberlex … -->` trailer records.
 */
import type { Change, Dataset } from '@cyberlex/schema';
import type { ChangeLine } from './amendment.js';
import { legalHistory } from './history.js';

export const TRAILER_TAG = 'cyberlex';

export function packageChanges(data: Dataset, changelog: string | undefined): Change[] {
  const released = releasedChanges(changelog ?? '');
  const initial = legalHistory(data).filter((h) => !released.some((r) => sameChange(h, r)));
  return [...initial, ...released];
}

/** A history entry a release line already names: the same acts, and the same provisions or the same words. */
function sameChange(history: Change, released: Change): boolean {
  if (history.summary === released.summary) return true;
  const sameActs = history.acts.length > 0 && history.acts.length === released.acts.length && history.acts.every((a) => released.acts.includes(a));
  return sameActs && (history.refs.length === 0 ? released.refs.length === 0 : history.refs.some((r) => released.refs.includes(r)));
}

const VERSION_HEADING = /^## (\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\s*$/;
const BUMP_HEADING = /^### (Major|Minor|Patch) Changes\s*$/;
const BULLET = /^- (.+)$/;

/** The entries of every released version in a CHANGELOG, oldest release first. */
export function releasedChanges(changelog: string): Change[] {
  const releases: { version: string; changes: Change[] }[] = [];
  let version: string | null = null;
  let bump: Change['bump'] | null = null;
  for (const raw of changelog.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const v = VERSION_HEADING.exec(line);
    if (v) {
      version = v[1]!;
      bump = null;
      releases.push({ version, changes: [] });
      continue;
    }
    if (line.startsWith('#')) {
      const b = BUMP_HEADING.exec(line);
      bump = b ? (b[1]!.toLowerCase() as Change['bump']) : null;
      continue;
    }
    const item = BULLET.exec(line);
    if (!item || version === null || bump === null) continue;
    releases.at(-1)!.changes.push({ packageVersion: version, ...parseLine(item[1]!, bump) });
  }
  return releases.reverse().flatMap((r) => r.changes);
}

/** A summary line with its trailer → the change it records. Lines written by hand have no trailer. */
export function parseLine(text: string, sectionBump: Change['bump']): ChangeLine {
  const trailer = /\s*<!-- cyberlex (\{.*\}) -->$/.exec(text);
  const summary = trailer ? text.slice(0, trailer.index) : text;
  let meta: Partial<ChangeLine> = {};
  if (trailer) {
    try {
      meta = JSON.parse(trailer[1]!) as Partial<ChangeLine>;
    } catch {
      meta = {};
    }
  }
  return {
    date: typeof meta.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : null,
    refs: Array.isArray(meta.refs) ? meta.refs.filter((r): r is string => typeof r === 'string') : [],
    acts: Array.isArray(meta.acts) ? meta.acts.filter((a): a is string => typeof a === 'string') : [],
    bump: meta.bump === 'major' || meta.bump === 'minor' || meta.bump === 'patch' ? meta.bump : sectionBump,
    summary,
  };
}

/** A summary line as changesets and the CHANGELOG carry it: the words, then what changes.json needs, in a comment. */
export function formatLine(line: ChangeLine): string {
  const meta = { date: line.date, refs: line.refs, acts: line.acts, bump: line.bump };
  return `${line.summary.replace(/\s+/g, ' ').trim()} <!-- ${TRAILER_TAG} ${JSON.stringify(meta)} -->`;
}

/** The CHANGELOG a package starts with: its first version and the legal history its data holds. */
export function initialChangelog(name: string, version: string, history: readonly Change[]): string {
  const lines = history.filter((c) => c.packageVersion === null).map((c) => `- ${c.summary}`);
  return [`# ${name}`, '', `## ${version}`, '', '### Legal history in this release', '', ...(lines.length > 0 ? lines : ['- First release of this dataset.']), ''].join('\n');
}
