import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { parseProfile } from '../../src/parse/profile/index.js';
import { profileSource, RAW } from './helpers.js';

function errorOf(text: string): SourceError {
  try {
    parseProfile(profileSource(text).ctx);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    expect(e.where.line).toBeGreaterThan(0);
    expect(e.where.column).toBeGreaterThan(0);
    expect(e.message).toContain('coe-cybercrime-legislation-profile-serbia (line ');
    return e;
  }
  throw new Error('expected a SourceError, but the profile parsed');
}

/** 1-based line and column of the first occurrence of `needle` in the raw text. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`fixture: ${needle} not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const replaceOnce = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`fixture: ${from} not found`);
  return text.replace(from, to);
};

describe('a profile that is not what the grammar expects', () => {
  it('stops at a file cut off inside a cell', () => {
    const cut = RAW.slice(0, RAW.indexOf('are punishable under the laws of both Parties'));
    const e = errorOf(cut);
    expect(e.expected).toMatch(/"<\/p>" closing the <p>/);
    expect(e.where.line).toBe(203);
    expect(e.where.column).toBeGreaterThan(1);
  });

  it('stops at a file cut off mid-sentence after a page break', () => {
    const cut = RAW.slice(0, RAW.indexOf(' as defined under the law of that Party, pursuant'));
    const e = errorOf(cut);
    expect(e.expected).toMatch(/the rest of the table/);
    expect(e.where).toEqual({ line: 55, column: placeOf(RAW, 'infringement of copyright, as defined').column + 'infringement of copyright,'.length });
  });

  it('stops at a file cut off at the end of a row whose Convention text runs on', () => {
    const e = errorOf(RAW.slice(0, RAW.indexOf('\n', RAW.indexOf('<p>Article 24 – Extradition'))));
    expect(e.expected).toMatch(/the rest of the table/);
    expect(e.where.line).toBe(203);
  });

  it('stops at Convention article numbers that go backwards', () => {
    const text = replaceOnce(RAW, '<p>Article 13 – Sanctions and measures</p>', '<p>Article 11 – Sanctions and measures</p>');
    const e = errorOf(text);
    expect(e.expected).toMatch(/a Convention article numbered after 12/);
    expect(e.where).toEqual(placeOf(text, 'Article 11 – Sanctions'));
  });

  it('stops at an amendment marker with no amended paragraphs after it', () => {
    const text = replaceOnce(RAW, ' <p>(2) Whoever records or uses data obtained in manner provided under paragraph 1 of this Article, shall be punished by fine or imprisonment up to two years.</p>', '');
    const e = errorOf(text);
    expect(e.expected).toBe('the amended paragraphs after "amendment 11/9/2009"');
    expect(e.where).toEqual({ line: 34, column: placeOf(text.split('\n')[33]!, 'amendment 11/9/2009').column });
  });

  it('stops at an amendment marker followed by another article instead of its paragraphs', () => {
    const text = replaceOnce(RAW, '(4) Measures referred to par 1 of this article shall be reviewed every three months and can last up to nine months. Implementation of measures will be stopped as soon as the reasons for their application are ceased.\n', '');
    const e = errorOf(text);
    expect(e.expected).toMatch(/^the amended paragraphs after "amendment 11\/9\/2009/);
    expect(e.where).toEqual({ line: 129, column: 1 });
  });

  it('stops at an amendment date that is no date', () => {
    const e = errorOf(replaceOnce(RAW, '<p>amendment 11/9/2009</p>', '<p>amendment 31/2/2009</p>'));
    expect(e.expected).toMatch(/a valid day\/month\/year date/);
    expect(e.where.line).toBe(34);
  });

  it('stops at a numbered paragraph with no article heading before it', () => {
    const e = errorOf(replaceOnce(RAW, '<p>Article 298 - Damaging Computer Data and Programs</p> ', ''));
    expect(e.expected).toMatch(/a quoted article heading/);
    expect(e.where.line).toBe(36);
  });

  it('stops at a row that is no Convention heading once the Convention has begun', () => {
    const e = errorOf(replaceOnce(RAW, '<p>Article 3 – Illegal interception</p>', '<p>Illegal interception</p>'));
    expect(e.expected).toMatch(/a Convention heading/);
    expect(e.where.line).toBe(35);
  });

  it('stops at a file with no table', () => {
    const e = errorOf('Cybercrime legislation – country profile\n\nno table here\n');
    expect(e.expected).toMatch(/a two-column table/);
    expect(e.where).toEqual({ line: 1, column: 1 });
  });
});

describe('a profile that is unusual but well formed', () => {
  it('reads an empty answer as data', () => {
    const graph = parseProfile(profileSource().ctx);
    expect(graph.mappings.find((m) => m.articleRef === 'ets185:35')).toMatchObject({ statement: null, assessment: 'unstated' });
  });
});
