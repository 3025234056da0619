/** How the lines of a paragraph join at a line-end hyphen (segment/pdf-table/hyphenation.ts). */
import { describe, expect, it } from 'vitest';
import type { Placed } from '../../src/segment/pdf-table/geometry.js';
import { joinerFor } from '../../src/segment/pdf-table/hyphenation.js';

/** A joiner for a document whose lines are `lines`. */
const joiner = (...lines: string[]) => joinerFor([lines.map((text) => ({ line: { text } }) as unknown as Placed)]);

describe('joining lines at a hyphen', () => {
  it('rejoins a word a soft hyphen broke, with or without the hyphen printed for it', () => {
    const join = joiner();
    expect(join('the comp\u00ad', 'uters are')).toEqual({ cut: 1, glue: '' });
    expect(join('the comp\u00ad\u2010', 'uters are')).toEqual({ cut: 2, glue: '' });
    expect(join('the comp\u00ad-', 'uters are')).toEqual({ cut: 2, glue: '' });
  });

  it('joins other lines with a space', () => {
    const join = joiner();
    expect(join('Article 302 -', 'Unauthorised Access')).toEqual({ cut: 0, glue: ' ' });
    expect(join('a line', 'another')).toEqual({ cut: 0, glue: ' ' });
    expect(join('ends with a hyphen-', '(1) not a word')).toEqual({ cut: 0, glue: ' ' });
  });

  it('drops a hyphen where the document writes the word whole, keeps it where it writes the compound', () => {
    const join = joiner('computers and computer', 'a hold-up in processing', 'the comp-', 'uters', 'a hold-', 'up');
    expect(join('the comp-', 'uters')).toEqual({ cut: 1, glue: '' });
    expect(join('a hold-', 'up')).toEqual({ cut: 0, glue: '' });
  });

  it('without evidence: drops a printed hyphenation hyphen (U+2010), keeps a plain one before a lower-case letter', () => {
    const join = joiner();
    expect(join('non\u2010', 'public transmissions')).toEqual({ cut: 1, glue: '' });
    expect(join('non-', 'public transmissions')).toEqual({ cut: 0, glue: '' });
  });

  it('keeps the space after a plain hyphen before a capital, as a source may write it ("High- Tech")', () => {
    expect(joiner()('Combating High-', 'Tech Criminality')).toEqual({ cut: 0, glue: ' ' });
  });
});
