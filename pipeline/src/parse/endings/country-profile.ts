/**
 * A country profile ends with its last declaration's closing line, "The preceding statement
 * concerns Article(s) : 24, 27, 35", naming the articles the declaration itself names ("In
 * accordance with Articles 24, 27 and 35 …"), so a list cut to "24, 27, 3" is caught too.
 * The profiles of the joint project all close with the declarations the Treaty Office registered
 * ("Secretariat General on <date>"); one that closes otherwise is refused rather than guessed at.
 */
import { endsShort, textLines, type EndingCheck } from './text-end.js';

const CONCERNS = /^The preceding statement concerns Article\(s\) ?: ?(\d+(?:, ?\d+)*)$/;
const REGISTERED = /\bSecretariat General on \d{1,2} [A-Za-z]+ \d{4}/;
const IN_ACCORDANCE = /\bIn accordance with Articles? (\d+(?:(?:, | and )\d+)*)/;

export const countryProfileEnding: EndingCheck = (doc) => {
  const lines = textLines(doc);
  const last = lines.at(-1);
  const registration = lines.findLastIndex((l) => REGISTERED.test(l.text));
  const closing = last && registration !== -1 ? CONCERNS.exec(last.text) : null;
  if (!closing) endsShort(doc, 'the profile to end with its last declaration\'s closing line "The preceding statement concerns Article(s) : …"');
  const declaration = lines.slice(registration, -1).map((l) => l.text).join(' ');
  const named = IN_ACCORDANCE.exec(declaration);
  if (!named) return;
  const listed = closing![1]!.split(/, ?/).sort().join(', ');
  const inText = named[1]!.split(/, | and /).sort().join(', ');
  if (listed !== inText) endsShort(doc, `the closing line to list the articles the declaration names (${inText})`);
};
