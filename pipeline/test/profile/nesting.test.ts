import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { segmentTable } from '../../src/segment/table/index.js';
import { rawText, textSource } from '../../../test/helpers/sources.js';

const ID = 'coe-cybercrime-legislation-profile-serbia';

describe('a cell nested deeper than the grammar allows', () => {
  it('is a SourceError naming line and column, not a stack overflow', () => {
    const text = rawText(ID);
    const at = text.indexOf('<p>Article 3 – Illegal interception</p>');
    const nested = `${'<ul>'.repeat(10_000)}x${'</ul>'.repeat(10_000)} `;
    const altered = `${text.slice(0, at)}${nested}${text.slice(at)}`;
    let error: unknown;
    try {
      segmentTable(textSource(ID, altered).doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/\(line \d+, column \d+\): expected HTML fragments nested at most 64 deep/);
  });
});

describe('the nesting check of a cell', () => {
  it('runs in time linear in the cell: a long run of tags with one ">" at the end is read once', () => {
    const text = rawText(ID);
    const at = text.indexOf('<p>Article 3 – Illegal interception</p>');
    // Each "<i" and "</i" asks where its tag ends; searching afresh each time was quadratic (seconds here).
    const cell = `<p>${'<i</i'.repeat(400_000)}</p> `;
    const altered = `${text.slice(0, at)}${cell}${text.slice(at)}`;
    const started = performance.now();
    expect(() => segmentTable(textSource(ID, altered).doc)).toThrow(SourceError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
