/**
 * A consolidated law ends with the final provision of the last act it consolidates: the law
 * and each amending act it lists in its heading ("(Official Gazette … No 61/2005 and 104/2009)")
 * close with an article on entry into force, and the text stops at that article's full stop.
 * A text cut anywhere earlier lacks the last act's section or its final article, or stops
 * mid-sentence.
 */
import { endsShort, SENTENCE_END, textLines, type EndingCheck } from './text-end.js';

const ARTICLE = /^Article \d+[a-z]?$/;
const GAZETTE = /^\(Official Gazette\b[^()]*\bNos? ([^()]*)\)$/;
const ISSUE = /\b\d+\/\d{4}\b/g;
const ENTRY_INTO_FORCE = /\b(?:come|comes|enter|enters) into force\b/;

export const consolidatedLawEnding: EndingCheck = (doc) => {
  const lines = textLines(doc);
  const gazettes = lines.filter((l) => GAZETTE.test(l.text));
  const listed = gazettes[0] ? (GAZETTE.exec(gazettes[0].text)![1]!.match(ISSUE) ?? []) : [];
  const lastAct = listed.at(-1);
  // the heading lists the acts; every act after the first has its own section, headed by its gazette
  if (listed.length > 1 && !gazettes.slice(1).some((g) => g.text.includes(lastAct!))) {
    endsShort(doc, `the section of the last act the heading lists (Official Gazette No ${lastAct}), ending with its entry into force`);
  }
  const lastArticle = lines.findLastIndex((l) => ARTICLE.test(l.text));
  const body = lastArticle === -1 ? [] : lines.slice(lastArticle + 1);
  if (body.length === 0 || !body.some((l) => ENTRY_INTO_FORCE.test(l.text))) {
    endsShort(doc, 'the law to end with its final provision, an article on entry into force ("… shall come into force …")');
  }
  if (!SENTENCE_END.test(body.at(-1)!.text)) endsShort(doc, 'the final provision to end with a full stop');
};
