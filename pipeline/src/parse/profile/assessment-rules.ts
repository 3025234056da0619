/**
 * How far a national answer says a Convention article is implemented, decided by written
 * rules over the answer's own words: ONE table, evaluated in order, the first rule that
 * applies wins. Each mapping records the id of the rule that decided it.
 *
 * The rules read phrases as word sequences (case and punctuation aside), so "are not
 * provided." and "not provided," read alike.
 */
import type { Assessment } from '@cyberlex/schema';

export interface AssessmentRule {
  id: string;
  assessment: Assessment;
  description: string;
  applies(statement: string | null): boolean;
}

/** The statement as lower-case words, padded so a phrase can be found by a plain substring search. */
const words = (s: string): string => {
  // The rules ask about the same statement many times in a row: keep the last answer.
  if (s !== lastWords.of) lastWords = { of: s, words: ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} ` };
  return lastWords.words;
};
let lastWords = { of: '', words: '  ' };
const says = (s: string | null, phrases: readonly string[]): boolean => s !== null && phrases.some((p) => words(s).includes(` ${p} `));

/** The answer says something is missing. */
const NEGATIONS = [
  'not provided',
  'not specifically provided',
  'not directly prescribed',
  'not established',
  'not yet established',
  'no provisions',
  'does not provide',
  'do not have provisions',
];
/** The answer says named law provides it. */
const AFFIRMATIONS = [
  'provided in',
  'provided as',
  'is regulated',
  'regulated in',
  'is covered',
  'are covered',
  'covered in',
  'are included',
  'is included',
  'is applied',
  'are applied',
  'are explained',
  'is explained',
];
/** Affirmations outside negated phrases: "not specifically provided in our legislation" affirms nothing. */
const affirms = (s: string | null): boolean => {
  if (s === null) return false;
  let rest = words(s);
  for (const n of NEGATIONS) {
    const negated = ` ${n} `;
    if (rest.includes(negated)) rest = rest.split(negated).join(' | ');
  }
  return AFFIRMATIONS.some((p) => rest.includes(` ${p} `));
};
const GENERAL = ['general provisions', 'can be applied', 'can also be applied', 'can be used', 'generally'];

export const ASSESSMENT_RULES: readonly AssessmentRule[] = [
  {
    id: 'empty-answer',
    assessment: 'unstated',
    description: 'The national answer is empty.',
    applies: (s) => s === null,
  },
  {
    id: 'missing-then-enacted',
    assessment: 'provided',
    description: 'The answer says it was missing, then (a later addition) that a law providing it has entered into force.',
    applies: (s) => says(s, NEGATIONS) && says(s, ['entered into force', 'entry into force']),
  },
  {
    id: 'partial-explicit',
    assessment: 'partial',
    description: 'The answer says "partially", or limits what applies with "only".',
    applies: (s) => says(s, ['partially', 'only']),
  },
  {
    id: 'general-provisions',
    assessment: 'general',
    description: 'No specific provision: general provisions "can be applied" or "can be used", or provisions that apply "generally".',
    applies: (s) => says(s, GENERAL),
  },
  {
    id: 'provided-in-part',
    assessment: 'partial',
    description: 'The answer says some of it is provided (explained, covered …) and some is not.',
    applies: (s) => affirms(s) && says(s, NEGATIONS),
  },
  {
    id: 'not-provided',
    assessment: 'not-provided',
    description: 'The answer says there are no provisions, or that it is not (specifically) provided, prescribed or established.',
    applies: (s) => says(s, NEGATIONS),
  },
  {
    id: 'provided',
    assessment: 'provided',
    description: 'The answer says named law provides, regulates, covers, includes or applies it.',
    applies: affirms,
  },
  {
    id: 'principles-accepted',
    assessment: 'general',
    description: 'The answer says the principles are accepted or followed, without a specific provision.',
    applies: (s) => says(s, ['principle', 'principles']),
  },
  {
    id: 'no-assessment',
    assessment: 'unstated',
    description: 'The answer says nothing about how far the article is implemented (it records a declaration, for instance).',
    applies: () => true,
  },
];

export function assess(statement: string | null): { assessment: Assessment; rule: string } {
  const rule = ASSESSMENT_RULES.find((r) => r.applies(statement))!;
  return { assessment: rule.assessment, rule: rule.id };
}
