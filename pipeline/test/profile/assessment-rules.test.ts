import { describe, expect, it } from 'vitest';
import { ASSESSMENT_RULES, assess } from '../../src/parse/profile/assessment-rules.js';

/** For each rule: statements it must decide (and that no earlier rule takes). */
const EXAMPLES: Record<string, (string | null)[]> = {
  'empty-answer': [null],
  'missing-then-enacted': ['In CCRS the corporate liability is not yet established From 4/11/2008 Law on corporate liability has been entered into force.'],
  'partial-explicit': [
    'Partially article 185 Penal code, but possession of these material isn’t criminal offense',
    'Article 30 paragraph 1 and 2 of the CCRS is applied. It is only concerning the article 301.',
  ],
  'general-provisions': [
    'It is not directly prescribed, but general provisions of article 85 paragraph 1 can be applied.',
    'Provisions under Chapter 34 of CPC can be used in this case.',
    'The provisions of Criminal Procedural Law (CPC) which are generally being harmonized with international standards are applied.',
  ],
  'provided-in-part': ['Terms: computer data and computer network are explained. The terms: “computer system” and “traffic data” are not provided.'],
  'not-provided': [
    'There are no provisions for this direct purpose.',
    'At this point, our legislation does not provide specific regulations for expedited preservation.',
    'This kind of assistance is not specifically provided in our legislation.',
    'Also we do not have provisions for expedited disclosure.',
  ],
  provided: [
    'This is provided in article 301 of CCRS.',
    'This question is regulated in Chapter 35 of CPC.',
    'Procedural provisions are covered in Criminal Procedural Code.',
    'Proportionate and dissuasive sanctions are included.',
    'In those Cases Chapter 34 of CPC is applied.',
  ],
  'principles-accepted': [
    'Our Party accepts the principles connected to spontaneous information as stated in the Convention.',
    'Mutual assistance is provided according to the principles of international legal assistance.',
  ],
  'no-assessment': ['Secretariat General on 16 July 2009 - Or. Engl. Serbia designates as the central authorities …'],
};

describe('the assessment rule table', () => {
  it('has an example for every rule, and every rule id once', () => {
    expect(ASSESSMENT_RULES.map((r) => r.id).sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(new Set(ASSESSMENT_RULES.map((r) => r.id)).size).toBe(ASSESSMENT_RULES.length);
  });

  it('ends with a rule that always applies', () => {
    expect(ASSESSMENT_RULES[ASSESSMENT_RULES.length - 1]!.applies('anything')).toBe(true);
  });

  for (const rule of ASSESSMENT_RULES) {
    it(`${rule.id}: ${rule.description}`, () => {
      for (const statement of EXAMPLES[rule.id]!) {
        expect(rule.applies(statement), String(statement)).toBe(true);
        expect(assess(statement), String(statement)).toEqual({ assessment: rule.assessment, rule: rule.id });
      }
    });
  }

  it('reads phrases as words, so a negated phrase affirms nothing', () => {
    expect(assess('This kind of assistance is not specifically provided in our legislation.').assessment).toBe('not-provided');
    expect(assess('IS  PROVIDED   IN article 1.').assessment).toBe('provided');
  });
});
