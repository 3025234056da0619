/**
 * A reply to the Lanzarote Committee is a letter: its last answer ends with a full stop and the
 * letter closes with the signatory's line (in Serbian Cyrillic capitals), after which nothing
 * follows. A reply cut anywhere before the signature lacks it.
 */
import { endsShort, SENTENCE_END, textLines, type EndingCheck } from './text-end.js';

/** The signature line, as the reply's body grammar has it (lanzarote/blocks.ts). */
const SIGNATURE = /^[\u0400-\u04ff][\u0400-\u04ff ]*$/;

export const lanzaroteReplyEnding: EndingCheck = (doc) => {
  const lines = textLines(doc);
  if (!SIGNATURE.test(lines.at(-1)?.text ?? '')) endsShort(doc, "the reply to end with its signatory's line after the last answer");
  const answer = lines.at(-2);
  if (!answer || !SENTENCE_END.test(answer.text)) endsShort(doc, 'the last answer, before the signature, to end with a full stop');
};
