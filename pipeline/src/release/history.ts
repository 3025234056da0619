/**
 * The legal history a package's data holds, as `changes.json` entries: one per amended
 * article and act, naming the paragraphs changed, the act, the date it took effect and the
 * words it changed; and one per amending act whose amended text the sources do not give.
 */
import type { Change, Dataset } from '@cyberlex/schema';
import { refSortKey } from '../emit/dataset.js';
import { describeAct, describeAmendment, type ChangeLine } from './amendment.js';
import { namesOf } from './names.js';

export function legalHistory(data: Dataset): Change[] {
  return historyLines(data).map((line) => ({ packageVersion: null, ...line }));
}

export function historyLines(data: Dataset): ChangeLine[] {
  const names = namesOf(data);
  const lines: ChangeLine[] = [];
  const described = new Set<string>();
  for (const provision of data.provisions) {
    provision.versions.forEach((version, index) => {
      // a first version no act made is the original text, not an amendment
      if (index === 0 && version.amendedBy.length === 0) return;
      lines.push(describeAmendment(data, names, provision, index));
      for (const act of version.amendedBy) described.add(act);
    });
  }
  for (const act of data.instruments) {
    if (act.kind !== 'amending-act' || described.has(act['@id'])) continue;
    lines.push(describeAct(data, names, act, 'the sources do not give the text it amended'));
  }
  return sortLines(lines);
}

/** Chronological (undated last), then by the first ref in natural order, then by wording. */
export function sortLines<T extends ChangeLine>(lines: readonly T[]): T[] {
  const key = (l: ChangeLine) => [l.date ?? '9999-99-99', refSortKey(l.refs[0] ?? ''), l.summary] as const;
  return [...lines].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}
