import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheKey, codeVersion, openParseCache, PARSE_CACHE_DIR } from '../../src/ingest/parse-cache.js';
import { parseLaw } from '../../src/parse/law/index.js';
import { rawText, textSource } from '../../../test/helpers/sources.js';

const ID = 'rs-law-cybercrime-authorities-2005-2009';
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the parse cache', () => {
  it('parses a source once, and gives the same graph from the cache the next time', async () => {
    root = mkdtempSync(join(tmpdir(), 'cyberlex-cache-'));
    const { doc, ctx } = textSource(ID);
    const parser = vi.fn(async () => parseLaw(ctx));
    const first = await (await openParseCache(root)).parse(ctx.entry, doc, parser);
    const cache = await openParseCache(root);
    const second = await cache.parse(ctx.entry, doc, parser);
    expect(parser).toHaveBeenCalledTimes(1);
    expect(cache.hits).toBe(1);
    expect(second).toEqual(first);
    expect(second).toEqual(parseLaw(textSource(ID).ctx));
  });

  it('parses again when the text changes', async () => {
    root = mkdtempSync(join(tmpdir(), 'cyberlex-cache-'));
    const cache = await openParseCache(root);
    const original = textSource(ID);
    await cache.parse(original.ctx.entry, original.doc, async () => parseLaw(original.ctx));
    const edited = textSource(ID, rawText(ID).replace('for a term of four years', 'for a term of five years'));
    const graph = await cache.parse(edited.ctx.entry, edited.doc, async () => parseLaw(edited.ctx));
    expect(cache.hits).toBe(0);
    expect(JSON.stringify(graph)).toContain('a term of five years');
    expect(readdirSync(join(root, PARSE_CACHE_DIR))).toHaveLength(2);
  });

  it('keys on the manifest entry, the text and the code', async () => {
    const { doc, ctx } = textSource(ID);
    const code = codeVersion();
    const key = cacheKey(ctx.entry, doc, code);
    expect(cacheKey(ctx.entry, doc, code)).toBe(key);
    expect(cacheKey({ ...ctx.entry, title: 'Another title' }, doc, code)).not.toBe(key);
    expect(cacheKey(ctx.entry, { ...doc, text: `${doc.text} ` }, code)).not.toBe(key);
    expect(cacheKey(ctx.entry, doc, `${code}x`)).not.toBe(key);
  });

  it('parses again over an unreadable entry', async () => {
    root = mkdtempSync(join(tmpdir(), 'cyberlex-cache-'));
    const { doc, ctx } = textSource(ID);
    const cache = await openParseCache(root);
    await cache.parse(ctx.entry, doc, async () => parseLaw(ctx));
    const [file] = readdirSync(join(root, PARSE_CACHE_DIR));
    writeFileSync(join(root, PARSE_CACHE_DIR, file!), '{ truncated');
    const again = await openParseCache(root);
    const parser = vi.fn(async () => parseLaw(ctx));
    await again.parse(ctx.entry, doc, parser);
    expect(parser).toHaveBeenCalledTimes(1);
  });
});
