/**
 * Each document kind knows how its documents end (parse/endings/): the real sources pass whole,
 * and cut at any line, or at any of many random characters, they are refused in one line naming
 * where the text stops — except where the cut only loses what is not data (a page's footer).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, SourceError } from '../../pipeline/src/errors.js';
import type { ExtractedSource } from '../../pipeline/src/extract/types.js';
import { checkEnding, ENDINGS } from '../../pipeline/src/parse/endings.js';
import { PARSERS } from '../../pipeline/src/parse/registry.js';
import { extractFixture } from '../../pipeline/test/pdf/helpers.js';
import { manifestEntry, textSource } from '../helpers/sources.js';

/**
 * Per source, from which offset a cut loses nothing the parser reads: the page footer of the web
 * pages; the signature line of the reply (a cut inside the signatory's title still leaves a
 * signature: the one ending this check cannot see).
 */
const HARMLESS: Record<string, (text: string) => number> = {
  'coe-cybercrime-legislation-profile-serbia': (t) => t.trimEnd().length,
  'rs-law-cybercrime-authorities-2005-2009': (t) => t.trimEnd().length,
  'coe-octopus-serbia-country-wiki': (t) => t.indexOf('Outils sur la cybercriminalit') + 1,
  'rs-moi-lanzarote-reply-2017': (t) => t.search(/[\u0400-\u04ff]+[\u0400-\u04ff ]*\s*$/) + 1,
  'coe-paco-serbia-regional-conference-2007': (t) => t.indexOf('* All reference to Kosovo') + 1,
};
const SOURCES = Object.keys(HARMLESS);

function refusal(id: string, doc: ExtractedSource): string {
  try {
    checkEnding(manifestEntry(id), doc);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return (e as Error).message;
  }
  return '';
}

describe('how each kind of document ends', () => {
  it('has an ending for every kind with a parser', () => {
    expect(Object.keys(ENDINGS).sort()).toEqual(Object.keys(PARSERS).sort());
  });

  it.each(SOURCES)('%s passes whole', (id) => {
    expect(refusal(id, textSource(id).doc)).toBe('');
  });

  it.each(SOURCES)('%s cut at the end of any line, or at random characters, is refused naming where it stops', (id) => {
    const text = textSource(id).doc.text;
    const harmless = HARMLESS[id]!(text);
    expect(harmless).toBeGreaterThan(1);
    const cuts = new Set<number>([0]);
    for (let i = text.indexOf('\n'); i !== -1 && i < harmless; i = text.indexOf('\n', i + 1)) cuts.add(i);
    fc.assert(fc.property(fc.integer({ min: 0, max: harmless - 1 }), (n) => void cuts.add(n)), { numRuns: 300, seed: 15 });
    for (const cut of cuts) {
      const short = text.slice(0, cut);
      const message = refusal(id, textSource(id, short).doc);
      const end = lineColumn(short, short.replace(/[\s\u00a0\f]+$/, '').length);
      expect(message, `cut at ${cut}`).toMatch(new RegExp(`^${id} \\(line ${end.line}, column ${end.column}\\): expected .+; found (?:the text ending ".*"|an empty text)$`));
      expect(message.split('\n')).toHaveLength(1);
    }
  });

  it('says what was expected, and where the text stops', () => {
    const law = textSource('rs-law-cybercrime-authorities-2005-2009').doc.text;
    const cut = law.slice(0, law.indexOf('except the provisions of Articles 3 through 9') - 2);
    expect(refusal('rs-law-cybercrime-authorities-2005-2009', textSource('rs-law-cybercrime-authorities-2005-2009', cut).doc)).toBe(
      'rs-law-cybercrime-authorities-2005-2009 (line 129, column 116): expected the final provision to end with a full stop; found the text ending "…n the \\"Official Gazette of the Republic of Serbia\\""',
    );
    const before = law.slice(0, law.indexOf('A separate Article of the Amending Law'));
    expect(refusal('rs-law-cybercrime-authorities-2005-2009', textSource('rs-law-cybercrime-authorities-2005-2009', before).doc)).toMatch(
      /^rs-law-cybercrime-authorities-2005-2009 \(line 117, column 117\): expected the section of the last act the heading lists \(Official Gazette No 104\/2009\), ending with its entry into force;/,
    );
    const profile = textSource('coe-cybercrime-legislation-profile-serbia').doc.text;
    expect(refusal('coe-cybercrime-legislation-profile-serbia', textSource('coe-cybercrime-legislation-profile-serbia', profile.slice(0, -1)).doc)).toMatch(
      /^coe-cybercrime-legislation-profile-serbia \(line 302, column 56\): expected the closing line to list the articles the declaration names \(24, 27, 35\); found the text ending "…receding statement concerns Article\(s\) : 24, 27, 3"$/,
    );
  });

  it.each([
    ['coe-cybercrime-legislation-profile-serbia', 'test/fixtures/pdf/coe-cybercrime-legislation-profile-serbia.pdf'],
    ['rs-law-cybercrime-authorities-2005-2009', 'test/fixtures/pdf/rs-law-cybercrime-authorities-2005-2009.pdf'],
  ])('%s as a PDF passes whole, and is refused on the page where it stops when its last page is lost or cut', async (id, path) => {
    const doc = await extractFixture(id, path);
    expect(refusal(id, doc)).toBe('');
    const pages = doc.pages!;
    const last = pages.at(-1)!;
    // the last page gone
    const lessOne = { ...doc, pages: pages.slice(0, -1), text: doc.text.slice(0, last.offset).replace(/\n\f\n$/, '') };
    expect(refusal(id, lessOne)).toMatch(new RegExp(`^${id} \\(page ${pages.at(-2)!.number}, line \\d+\\): expected `));
    // the last page cut after each of its lines but the last
    for (const line of last.lines.slice(0, -1)) {
      const text = doc.text.slice(0, last.offset + line.end);
      const cut = { ...doc, text, pages: [...pages.slice(0, -1), { ...last, text: last.text.slice(0, line.end), lines: last.lines.filter((l) => l.end <= line.end) }] };
      expect(refusal(id, cut), line.text).toMatch(new RegExp(`^${id} \\(page ${last.number}, line \\d+\\): expected `));
    }
  });
});
