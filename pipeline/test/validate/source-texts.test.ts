/** validate's source texts: each source read once, pages of a PDF from the extracted text. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceTextsOnDisk } from '../../src/validate/source-texts.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('sourceTextsOnDisk', () => {
  it('reads each source once, however many spans ask', () => {
    root = mkdtempSync(join(tmpdir(), 'cyberlex-texts-'));
    mkdirSync(join(root, 'raw'));
    writeFileSync(join(root, 'raw', 'a.txt'), '\ufeffhello');
    const texts = sourceTextsOnDisk(root, [{ id: 'a', file: 'raw/a.txt' }]);
    expect(texts.text('a')).toBe('\ufeffhello');
    rmSync(join(root, 'raw', 'a.txt'));
    expect(texts.text('a')).toBe('\ufeffhello');
    expect(texts.text('b')).toBeUndefined();
  });

  it('gives a PDF page from dist/extracted, and undefined where none was written', () => {
    root = mkdtempSync(join(tmpdir(), 'cyberlex-texts-'));
    const texts = sourceTextsOnDisk(root, [{ id: 'p', file: 'raw/p.pdf' }]);
    expect(texts.text('p', 1)).toBeUndefined();
    mkdirSync(join(root, 'dist', 'extracted'), { recursive: true });
    writeFileSync(join(root, 'dist', 'extracted', 'p.txt'), 'one\n\f\ntwo');
    expect(sourceTextsOnDisk(root, [{ id: 'p', file: 'raw/p.pdf' }]).text('p', 2)).toBe('two');
  });
});
