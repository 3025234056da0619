/**
 * The institutions section: a list of specialised institutions, one a line, then (after the
 * sub-heading "Other relevant authorities:") other authorities. An item is
 * `[Parent – ]Name[ (Alias)][;|.]`; the parent becomes its own node.
 *
 *   institutions := ITEM+ (OTHER_AUTHORITIES ITEM+)?
 */
import type { Reader } from '../kit/fact.js';
import { parseOrgItem, type OrgRegistry } from '../kit/orgs.js';
import { textOf } from '../kit/text.js';
import { labelAt, OTHER_AUTHORITIES } from './headings.js';
import type { Section } from './sections.js';

export function parseInstitutions(r: Reader, section: Section, orgs: OrgRegistry): void {
  let category: 'specialised-institution' | 'other-relevant-authority' = 'specialised-institution';
  let items = 0;
  for (const para of section.body) {
    const text = textOf(r.lt, para);
    const label = labelAt(text, 0, OTHER_AUTHORITIES);
    if (label !== -1 && label === text.length) {
      if (category === 'other-relevant-authority') r.fail(para.from, 'one "Other relevant authorities:" sub-heading', text);
      category = 'other-relevant-authority';
      continue;
    }
    const item = parseOrgItem(r, para);
    if (!item || item.rest) r.fail(item?.rest?.from ?? para.from, 'an institution: "[Parent – ]Name[ (Alias)];"', text);
    const parent = item!.parent ? orgs.register(item!.parent, { category: 'mentioned' }) : null;
    const alias = item!.parenthetical && /^\p{Lu}/u.test(r.text(item!.parenthetical)) ? item!.parenthetical : null;
    orgs.register(item!.name, {
      category,
      parent,
      stated: item!.full,
      also: [item!.full, ...(alias ? [alias] : [])],
      description: alias ? null : item!.parenthetical,
    });
    items++;
  }
  if (items === 0) r.fail(section.heading.to, 'at least one institution');
}
