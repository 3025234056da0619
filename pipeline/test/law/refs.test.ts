/** Which instruments a law source speaks of comes from what it says and its manifest entry, not from code. */
import { describe, expect, it } from 'vitest';
import { parseLaw } from '../../src/parse/law/index.js';
import { createParseContext } from '../../src/parse/context.js';
import { rawText, textSource } from '../../../test/helpers/sources.js';

const ID = 'rs-law-cybercrime-authorities-2005-2009';

describe('the law parser’s instruments', () => {
  it('names the law as the linking rules know its title, and its acts by the entry’s jurisdiction', () => {
    const graph = parseLaw(textSource(ID).ctx);
    expect(graph.instruments.map((i) => [i.ref, i.jurisdiction])).toEqual([
      ['rs-cybercrime-authorities-law', 'RS'],
      ['rs-og-104-2009', 'RS'],
    ]);
  });

  it('stops, naming the title, at a law no rule knows', () => {
    const text = rawText(ID).replace('COMBATING CYBER CRIME', 'COMBATING ROAD TRAFFIC OFFENCES');
    expect(() => parseLaw(textSource(ID, text).ctx)).toThrow(/^rs-law-cybercrime-authorities-2005-2009 \(line \d+, column \d+\): expected a law the linking rules know by its title \(add it to pipeline\/data\/entity-rules.json\), found "LAW ON/);
  });

  it('stops at an entry without a jurisdiction', () => {
    const { doc, ctx } = textSource(ID);
    const { jurisdiction: _, ...entry } = ctx.entry;
    expect(() => parseLaw(createParseContext(entry, doc))).toThrow(/expected a "jurisdiction" in the manifest entry of a consolidated law/);
  });
});
