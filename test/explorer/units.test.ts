/**
 * The explorer's parts on their own: version choice by date (a null start counts from the
 * beginning, and no date is invented), nesting of provenance spans (a property test: marking
 * never changes the source's text and every span keeps its id), the static server, and the
 * clear errors for a repository the site cannot be built from.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { build, ExplorerError, serve } from '../../packages/explorer/src/index.js';
import { loadSiteData, repoRoot } from '../../packages/explorer/src/load.js';
import { relative } from '../../packages/explorer/src/locate.js';
import { covers, versionAt, versionSlug } from '../../packages/explorer/src/model.js';
import { nest, type Nested, type Span } from '../../packages/explorer/src/pages/source.js';
import { ROOT } from '../helpers/sources.js';

const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'cyberlex-explorer-'));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const v = (versionDate: string | null, validUntil: string | null, id = 'https://w3id.org/cyberlex/eli/rs/code/criminal/art_1/v/x/eng') =>
  ({ '@id': id, versionDate, validUntil }) as never;

describe('versions by date', () => {
  it('takes a null start as in force from the beginning and the end date as exclusive', () => {
    const list = [v(null, '2009-09-11'), v('2009-09-11', null)];
    expect(versionAt(list, '1990-01-01')).toBe(list[0]);
    expect(versionAt(list, '2009-09-10')).toBe(list[0]);
    expect(versionAt(list, '2009-09-11')).toBe(list[1]);
    expect(covers('2009-09-10', v('2009-09-11', null))).toBe(false);
  });

  it('names a version by its IRI', () => {
    expect(versionSlug(v(null, null, 'https://w3id.org/cyberlex/eli/rs/code/criminal/art_302/v/until-2009-09-11/eng'))).toBe('until-2009-09-11');
    expect(versionSlug(v(null, null, 'https://w3id.org/cyberlex/eli/rs/code/criminal/art_302/v/2009-09-11/eng'))).toBe('2009-09-11');
  });

  it('links relatively, so the site reads from file://', () => {
    expect(relative('eli/rs/code/criminal/art_302/index.html', 'index.html', 'ets185-2')).toBe('../../../../../index.html#ets185-2');
    expect(relative('index.html', 'index.html', 'x')).toBe('index.html#x');
    expect(relative('sources/a.html', 'sources/b.html')).toBe('b.html');
  });
});

/** Laminar spans over a text (as the data's are): each inside a random earlier one or anywhere, dropped if it would cross one. */
const laminar = fc.tuple(fc.string({ minLength: 1, maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 40 })).map(([text, picks]) => {
  const spans: Span[] = [];
  for (const [p, a, b] of picks) {
    const parent = spans.length > 0 && p % 3 !== 0 ? spans[p % spans.length]! : { start: 0, end: text.length };
    const width = parent.end - parent.start;
    const x = parent.start + (width === 0 ? 0 : a % (width + 1));
    const y = x + (parent.end - x === 0 ? 0 : b % (parent.end - x + 1));
    const crosses = (s: Span) => (s.start < x && x < s.end && s.end < y) || (x < s.start && s.start < y && y < s.end);
    if (!spans.some((s) => (s.start === x && s.end === y) || crosses(s))) spans.push({ start: x, end: y, page: undefined, owners: new Set() });
  }
  return { text, spans };
});

function walk(nodes: Nested[], text: string, from: number, to: number, seen: Set<string>): string {
  let out = '';
  let at = from;
  for (const n of nodes) {
    expect(n.start).toBeGreaterThanOrEqual(at);
    expect(n.end).toBeLessThanOrEqual(to);
    out += text.slice(at, n.start) + walk(n.children, text, n.start, n.end, seen);
    seen.add(`${n.start}-${n.end}`);
    at = n.end;
  }
  return out + text.slice(at, to);
}

describe('provenance spans on a source page', () => {
  it('nest without changing the text, each span kept whole', () => {
    fc.assert(
      fc.property(laminar, ({ text, spans }) => {
        const seen = new Set<string>();
        expect(walk(nest(spans, text.length), text, 0, text.length, seen)).toBe(text);
        expect(seen).toEqual(new Set(spans.map((s) => `${s.start}-${s.end}`)));
      }),
    );
  });

  it('cuts a span that crosses its parent at the parent end, so the page stays well-formed', () => {
    const spans: Span[] = [
      { start: 0, end: 10, page: undefined, owners: new Set() },
      { start: 5, end: 15, page: undefined, owners: new Set() },
    ];
    const [outer] = nest(spans, 20);
    expect(outer!.children.map((c) => [c.start, c.end])).toEqual([[5, 10]]);
  });
});

describe('serve', () => {
  it('serves a built site on 127.0.0.1: a folder as its index.html, an IRI without its slash redirected, nothing outside the root', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'eli', 'x'), { recursive: true });
    writeFileSync(join(dir, 'eli', 'x', 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>root</title>');
    const server = await serve({ root: dir, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const root = await fetch(server.url);
      expect(root.status).toBe(200);
      expect(root.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const noSlash = await fetch(`${server.url}eli/x`, { redirect: 'manual' });
      expect(noSlash.status).toBe(301);
      expect(noSlash.headers.get('location')).toBe('/eli/x/');
      expect(await (await fetch(`${server.url}eli/x/`)).text()).toContain('<title>x</title>');
      expect((await fetch(`${server.url}missing.html`)).status).toBe(404);
      expect((await fetch(`${server.url}%2e%2e/%2e%2e/etc/passwd`)).status).toBeGreaterThanOrEqual(400);
    } finally {
      await server.close();
    }
  });

  it('refuses a folder that holds no site', async () => {
    const missing = serve({ root: join(temp(), 'none') });
    await expect(missing).rejects.toThrow(ExplorerError);
    await expect(missing).rejects.toThrow(/no site at .*none: build it first/);
  });
});

describe('errors a user can act on', () => {
  it('outside a repository, says so', () => {
    expect(() => repoRoot(tmpdir())).toThrow(ExplorerError);
    expect(() => repoRoot(tmpdir())).toThrow(/not inside a cyberlex repository/);
  });

  it('a raw source missing from the repository is named, and nothing is written', async () => {
    const root = temp();
    cpSync(join(ROOT, 'raw'), join(root, 'raw'), { recursive: true });
    mkdirSync(join(root, 'packages'));
    rmSync(join(root, 'raw', 'coe-octopus-serbia-country-wiki.txt'));
    await expect(loadSiteData(root)).rejects.toThrow(/source coe-octopus-serbia-country-wiki: raw\/coe-octopus-serbia-country-wiki\.txt is missing/);
    const out = join(root, 'site');
    await expect(build({ root, outDir: out })).rejects.toThrow(ExplorerError);
    expect(() => rmSync(out)).toThrow();
  });
});
