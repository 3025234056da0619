/**
 * An activity record (a page of the CoE's activity database) ends with its closing section: the
 * page footer after the synopsis (the Kosovo footnote, "Return to the top of the page"). A
 * record without it stops inside its synopsis.
 */
import { isFooterLine, SYNOPSIS_HEADER } from '../conference/labels.js';
import { endsShort, textLines, type EndingCheck } from './text-end.js';

export const activityRecordEnding: EndingCheck = (doc) => {
  const lines = textLines(doc);
  const synopsis = lines.findIndex((l) => SYNOPSIS_HEADER.test(l.text));
  if (synopsis === -1 || !lines.slice(synopsis + 1).some((l) => isFooterLine(l.text))) {
    endsShort(doc, 'the record to end with its closing section after the synopsis (the page footer, "Return to the top of the page")');
  }
};
