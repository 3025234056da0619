/**
 * An Octopus country wiki page ends with the site's footer after its four sections: the tools
 * banner or the disclaimer "These profiles do not necessarily reflect official positions …".
 * A page without it stops inside its last section, whatever that section then seems to hold.
 */
import { isFooterLine } from '../octopus/headings.js';
import { endsShort, textLines, type EndingCheck } from './text-end.js';

export const octopusWikiEnding: EndingCheck = (doc) => {
  if (!textLines(doc).some((l) => isFooterLine(l.text))) {
    endsShort(doc, 'the page to end with the site footer (the disclaimer "These profiles do not necessarily reflect official positions …")');
  }
};
