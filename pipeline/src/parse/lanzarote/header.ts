/**
 * The letter head, one field a paragraph, in this order:
 *
 *   header    := SENDER NUMBER_DATE PLACE RECIPIENT RECIPIENT_UNIT? ADDRESS* SUBJECT SUBJECT_MORE* REF
 *   NUMBER_DATE := "01 Number: 7875/17-2) 25 October 2017"
 *   PLACE     := "B e l g r a d e" (letter-spaced) or a plain word
 *   SUBJECT   := "Subject: …" and at most one more line
 *   REF       := "Ref: Your letter of 28/7/2017."
 */
import type { FactOf, Provenance } from '@cyberlex/schema';
import { parseDayMonthYear, parseSlashDate } from '../kit/dates.js';
import { factNode, type Reader } from '../kit/fact.js';
import { matchIn, rawSpans, textOf, type Segment } from '../kit/text.js';

const NUMBER_DATE = /^(\d+ Number: [^\s)]+)\)? (\d{1,2} [A-Z][a-z]+ \d{4})$/d;
const LETTER_SPACED = /^\p{L}(?: \p{L})+$/u;
const SUBJECT = /^Subject: (.+)$/d;
const REF = /^Ref: (.*?(\d{1,2}\/\d{1,2}\/\d{4}).*)$/d;
const UNIT = /^[–-] /;

export interface Header {
  letter: FactOf<'letter'>;
  /** Index of the first body paragraph. */
  bodyStart: number;
}

export function parseHeader(r: Reader, paras: readonly Segment[]): Header {
  let i = 0;
  const next = (expected: string): Segment => {
    const p = paras[i++];
    return p ?? r.fail(r.lt.text.length, expected, '(end of letter)');
  };
  const evidence: FactOf<'letter'>['evidence'] = [];

  const sender = next('the sender');
  evidence.push(r.evidence('sender', sender));
  const numberLine = next('the letter number and date, e.g. "01 Number: 7875/17-2) 25 October 2017"');
  const nd = matchIn(r.lt, numberLine, NUMBER_DATE) ?? r.fail(numberLine.from, 'the letter number and date, e.g. "01 Number: 7875/17-2) 25 October 2017"', r.text(numberLine));
  const dateSent = parseDayMonthYear(r.text(nd[2]!)) ?? r.fail(nd[2]!.from, 'a calendar date', r.text(nd[2]!));
  evidence.push(r.evidence('number', nd[1]!), r.evidence('dateSent', nd[2]!));

  const placeSeg = next('the place the letter was written');
  const place = placeOf(r, placeSeg);
  evidence.push({ property: 'place', ...place });

  const recipient = next('the addressee');
  let recipientEnd = recipient;
  if (paras[i] && UNIT.test(textOf(r.lt, paras[i]!))) recipientEnd = paras[i++]!;
  const recipientSeg = { from: recipient.from, to: recipientEnd.to };
  evidence.push(r.evidence('recipient', recipientSeg));
  const address: Segment[] = [];
  while (paras[i] && !SUBJECT.test(textOf(r.lt, paras[i]!))) {
    address.push(paras[i++]!);
    if (address.length > 4) r.fail(paras[i - 1]!.from, 'the "Subject:" line after the address');
  }
  const subjectPara = next('the "Subject:" line');
  const subject = matchIn(r.lt, subjectPara, SUBJECT) ?? r.fail(subjectPara.from, 'the "Subject:" line', r.text(subjectPara));
  // The subject may run on to one more line ("Reply.").
  let subjectEnd = subjectPara;
  if (paras[i] && !REF.test(textOf(r.lt, paras[i]!))) subjectEnd = paras[i++]!;
  const subjectSeg = { from: subject[1]!.from, to: subjectEnd.to };
  evidence.push(r.evidence('subjectLine', subjectSeg));
  const refPara = next('the "Ref:" line naming the letter this one answers');
  if (!REF.test(textOf(r.lt, refPara))) r.fail(refPara.from, 'the "Ref:" line naming the letter this one answers', r.text(refPara));
  const ref = matchIn(r.lt, refPara, REF) ?? r.fail(refPara.from, 'the "Ref:" line', r.text(refPara));
  const replyDate = parseSlashDate(r.text(ref[2]!)) ?? r.fail(ref[2]!.from, 'a date d/m/yyyy', r.text(ref[2]!));

  const letter = factNode(r.ctx, 'letter', 'letter', {
    name: null,
    sender: r.text(sender),
    recipient: r.text(recipientSeg),
    recipientAddress: address.map((a) => r.text(a)),
    number: r.text(nd[1]!),
    dateSent,
    place: place.text,
    subjectLine: r.text(subjectSeg),
    inReplyTo: { text: r.text(ref[1]!), date: replyDate, provenance: r.provenance(ref[1]!) },
    signature: null,
    evidence,
    provenance: r.provenance({ from: sender.from, to: refPara.to }),
  });
  return { letter, bodyStart: i };
}

/** The place; a letter-spaced word ("B e l g r a d e") is read without its spaces, each letter cited. */
function placeOf(r: Reader, seg: Segment): { text: string; provenance: Provenance[] } {
  const text = textOf(r.lt, seg);
  if (!LETTER_SPACED.test(text)) return r.entry(seg);
  const letters: Segment[] = [];
  for (let k = 0; k < text.length; k += 2) letters.push({ from: seg.from + k, to: seg.from + k + 1 });
  const spans = letters.flatMap((l) => rawSpans(r.lt, l));
  return { text: text.replace(/ /g, ''), provenance: r.ctx.provenance(spans, 'letter-spaced in the source: the spaces between the letters are not part of the word') };
}
