import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuote, quoteChanges } from '../../src/release/quote.js';
import { applyWordOps, isUnchanged, newText, oldText, wordDiff } from '../../src/release/word-diff.js';

/** Texts shaped like the law's: words, punctuation, runs of spaces, the odd line break and non-breaking space. */
const word = fc.constantFrom('the', 'offender', 'shall', 'be', 'punished', 'by', 'imprisonment', 'of', 'three', 'six', 'months', 'to', 'five', 'years', 'Article', '185b', '(2)', 'dinars,', 'data;', 'fine.', '“computer”', 'Prosecutor’s');
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\u00a0', '\t');
const legalText = fc.array(fc.tuple(word, space), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join('').trimEnd());

describe('word diff of two paragraph texts', () => {
  it('marks the changed words, and keeps the rest equal', () => {
    const ops = wordDiff('shall be punished by imprisonment of three months to five years.', 'shall be punished by imprisonment of six months to five years.');
    expect(ops).toEqual([
      { op: 'equal', text: 'shall be punished by imprisonment of ' },
      { op: 'delete', text: 'three' },
      { op: 'insert', text: 'six' },
      { op: 'equal', text: ' months to five years.' },
    ]);
  });

  it('gives no operations for two empty texts and one equal run for a text with itself', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('Article 7', 'Article 7')).toEqual([{ op: 'equal', text: 'Article 7' }]);
  });

  it('adds or removes a whole text as one insertion or deletion', () => {
    expect(wordDiff('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(wordDiff('old text', '')).toEqual([{ op: 'delete', text: 'old text' }]);
  });

  it('refuses operations made from another text', () => {
    const ops = wordDiff('a b c', 'a x c');
    expect(() => applyWordOps('a b d', ops)).toThrow(/does not apply|unaccounted/);
  });

  it('property: applying the operations to the old text yields the new one', () => {
    fc.assert(
      fc.property(legalText, legalText, (before, after) => {
        const ops = wordDiff(before, after);
        expect(applyWordOps(before, ops)).toBe(after);
        expect(oldText(ops)).toBe(before);
        expect(newText(ops)).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the diff of a text with itself is all equal (empty for the empty text)', () => {
    fc.assert(
      fc.property(legalText, (text) => {
        const ops = wordDiff(text, text);
        expect(isUnchanged(ops)).toBe(true);
        expect(ops.length).toBe(text === '' ? 0 : 1);
      }),
    );
  });

  it('property: neighbouring operations never have the same kind, and none is empty', () => {
    fc.assert(
      fc.property(legalText, legalText, (before, after) => {
        const ops = wordDiff(before, after);
        for (let i = 0; i < ops.length; i++) {
          expect(ops[i]!.text).not.toBe('');
          if (i > 0) expect(ops[i]!.op).not.toBe(ops[i - 1]!.op);
        }
      }),
    );
  });
});

describe('quoting a change for a changelog line', () => {
  it('quotes the changed words with a few words of context either side', () => {
    const ops = wordDiff(
      'the offender shall be punished by imprisonment of three months to five years.',
      'the offender shall be punished by imprisonment of six months to five years.',
    );
    expect(quoteChanges(ops).map(formatQuote)).toEqual(["'by imprisonment of three months to five' → 'by imprisonment of six months to five'"]);
  });

  it('quotes changes a word or two apart as one phrase, and distant ones apart', () => {
    const near = wordDiff('a fine or imprisonment up to six months', 'a fine and imprisonment up to one year');
    expect(quoteChanges(near, { context: 1 })).toHaveLength(2);
    expect(quoteChanges(wordDiff('one two three four', 'one TWO three FOUR'), { context: 0 })).toEqual([{ before: 'two three four', after: 'TWO three FOUR' }]);
  });

  it('says "added" and "deleted" for text with nothing on the other side', () => {
    expect(quoteChanges(wordDiff('', 'Items shall be confiscated.')).map(formatQuote)).toEqual(["added 'Items shall be confiscated.'"]);
    expect(quoteChanges(wordDiff('Items shall be confiscated.', '')).map(formatQuote)).toEqual(["deleted 'Items shall be confiscated.'"]);
  });

  it('cuts a long quote in the middle', () => {
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const [q] = quoteChanges(wordDiff('', long), { maxWords: 10 });
    expect(q!.after).toBe('w0 w1 w2 w3 w4 … w55 w56 w57 w58 w59');
  });

  it('property: every quote shows text that is in the old and the new paragraph', () => {
    fc.assert(
      fc.property(legalText, legalText, (before, after) => {
        const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
        for (const q of quoteChanges(wordDiff(before, after), { maxWords: 1000 })) {
          expect(squash(before)).toContain(q.before);
          expect(squash(after)).toContain(q.after);
        }
      }),
      { numRuns: 200 },
    );
  });
});
