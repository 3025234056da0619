/**
 * Every value of the manifest and the environment is checked for what it claims to be, and a
 * bad one is refused in one line naming where it is — before anything is parsed or written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/src/ingest/index.js';
import { isLanguageTag } from '../../pipeline/src/sources/manifest.js';
import { copyInputs, snapshot } from '../helpers/repo-copy.js';

let cleanup = () => {};
afterEach(() => {
  cleanup();
  delete process.env.CYBERLEX_BASE;
});

function withManifest(edit: (sources: Record<string, unknown>[]) => void): string {
  const copy = copyInputs();
  cleanup = copy.cleanup;
  const path = join(copy.root, 'raw', 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { sources: Record<string, unknown>[] };
  edit(manifest.sources);
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return copy.root;
}

/** "line L, column C" of the value after `"key": ` on the first line holding `needle`, in the copy's manifest. */
function at(root: string, needle: string): string {
  const lines = readFileSync(join(root, 'raw', 'manifest.json'), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return `line ${line + 1}, column ${lines[line]!.indexOf(': ') + 3}`;
}

async function refusal(root: string): Promise<string> {
  const before = snapshot(root);
  const message = await ingest({ root, frozen: false }).then(
    () => '',
    (e: Error) => (e.name === 'SourceError' ? e.message : `not a SourceError: ${e.stack}`),
  );
  expect(message.split('\n')).toHaveLength(1);
  expect(snapshot(root)).toEqual(before);
  return message;
}

describe('manifest values', () => {
  it.each(['2009-13-45', '2017-02-30', '2017-2-3', '2019-02-29', 'yesterday'])('refuses the date %s, at its line and column', async (date) => {
    const root = withManifest((s) => void (s[3]!.date = date));
    expect(await refusal(root)).toBe(`raw/manifest.json (${at(root, `"date": "${date}"`)}): expected a manifest entry shaped as documented (sources.3.date: expected a calendar date YYYY-MM-DD that exists)`);
  });

  it('accepts 29 February of a leap year', async () => {
    const root = withManifest((s) => void (s[3]!.date = '2016-02-29'));
    await expect(ingest({ root, frozen: false })).resolves.toBeDefined();
  });

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'statute'])('refuses kind %s as a kind with no parser, not a crash', async (kind) => {
    const root = withManifest((s) => void (s[1]!.kind = kind));
    expect(await refusal(root)).toBe(
      `raw/manifest.json (${at(root, `"kind": ${JSON.stringify(kind)}`)}): expected a document kind with a parser for source "rs-law-cybercrime-authorities-2005-2009" (kind ${JSON.stringify(kind)} has none; see parse/registry.ts)`,
    );
  });

  it.each(['english', 'en_GB', 'e', '', 'en-', 'x-klingon'])('refuses the language %j', async (language) => {
    const root = withManifest((s) => void (s[0]!.language = language));
    expect(await refusal(root)).toBe(`raw/manifest.json (${at(root, `"language": ${JSON.stringify(language)}`)}): expected a manifest entry shaped as documented (sources.0.language: expected a BCP 47 language tag (en, sr-Latn))`);
  });

  it('knows a BCP 47 tag', () => {
    for (const tag of ['en', 'sr', 'sr-Latn', 'sr-Cyrl-RS', 'fr-CA', 'de-CH-1996']) expect(isLanguageTag(tag), tag).toBe(true);
  });

  it('refuses an empty manifest instead of emptying every package', async () => {
    const root = withManifest((s) => void s.splice(0));
    expect(await refusal(root)).toBe('raw/manifest.json (line 2, column 14): expected at least one source (an empty manifest would empty every package)');
  });
});

describe('CYBERLEX_BASE', () => {
  it.each(['https://example.org/a>{|}^/', 'https://example.org/a b/', 'example.org/cyberlex/', 'https://example.org/x#frag/', 'https://example.org/%zz/'])('refuses %j, in one line naming the variable', async (base) => {
    const root = withManifest(() => {});
    process.env.CYBERLEX_BASE = base;
    expect(await refusal(root)).toMatch(/^CYBERLEX_BASE: expected an absolute IRI \(RFC 3987\) such as https:\/\/w3id\.org\/cyberlex\/, with no spaces, <>"\{\}\|\\\^` or fragment, found ".*"$/);
  });

  it('accepts an IRI with characters beyond ASCII', async () => {
    const root = withManifest(() => {});
    process.env.CYBERLEX_BASE = 'https://example.org/zakon/čl/';
    const summary = await ingest({ root, frozen: false });
    expect(summary.nodes).toBeGreaterThan(0);
    expect(readFileSync(join(root, 'dist', 'graph.nq'), 'utf8')).toContain('<https://example.org/zakon/čl/eli/');
  });
});

describe('a source saved with a byte order mark', () => {
  it('ingests as without one: the same data, spans counting the mark', async () => {
    const root = withManifest(() => {});
    const plain = await ingest({ root, frozen: false });
    const law = join(root, 'raw', 'rs-law-cybercrime-authorities-2005-2009.txt');
    writeFileSync(law, `\ufeff${readFileSync(law, 'utf8')}`);
    const marked = await ingest({ root, frozen: false });
    expect(marked.nodes).toBe(plain.nodes);
    expect(marked.releases.filter((r) => r.status === 'changed' && r.changeset !== null)).toEqual([]);
  });
});
