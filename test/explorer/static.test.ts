/**
 * The built site as files: every internal link and fragment resolves (a crawl of every page),
 * every page parses as HTML without a parse error and has its title, language and unique ids,
 * provision pages carry their canonical IRI and the package's own JSON-LD, and the same data
 * gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles as buildFiles } from '../../packages/explorer/src/index.js';
import { ROOT } from '../helpers/sources.js';
import { buildSite, siteFiles } from './site.js';

let dir: string;
let cleanup: () => void;
let files: string[];
const trees = new Map<string, Root>();
const errors = new Map<string, string[]>();

function elements(node: Root | RootContent, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) elements(c as RootContent, out);
  return out;
}

beforeAll(async () => {
  ({ dir, cleanup } = await buildSite());
  files = siteFiles(dir);
  for (const f of files.filter((x) => x.endsWith('.html'))) {
    const problems: string[] = [];
    trees.set(f, fromHtml(readFileSync(join(dir, f), 'utf8'), { onerror: (e) => problems.push(`${e.ruleId} ${e.message} at ${e.place ? JSON.stringify(e.place) : '?'}`) }));
    errors.set(f, problems);
  }
});
afterAll(() => cleanup?.());

describe('the built site', () => {
  it('has the matrix, a page per provision and version at its ELI path, sources, changes, conflicts, facts and search', () => {
    for (const f of ['index.html', 'legislation.html', 'sources.html', 'facts.html', 'changes.html', 'changes.atom', 'conflicts.html', 'search.html', 'search-index.js', 'style.css', 'explorer.js']) expect(files).toContain(f);
    expect(files).toContain('eli/rs/code/criminal/art_302/index.html');
    expect(files).toContain('eli/rs/code/criminal/art_302/para_2/index.html');
    expect(files).toContain('eli/rs/code/criminal/art_302/v/2009-09-11/eng/index.html');
    expect(files).toContain('eli/coe/ets/185/art_2/index.html');
    expect(files).toContain('eli/rs/law/2009/72/index.html');
    expect(files).toContain('sources/coe-cybercrime-legislation-profile-serbia.html');
  });

  it('every internal link and fragment resolves (no 404 in a crawl of every page)', () => {
    const ids = new Map([...trees].map(([f, t]) => [f, new Set(elements(t).map((e) => e.properties.id).filter((x): x is string => typeof x === 'string'))]));
    const broken: string[] = [];
    let checked = 0;
    for (const [file, tree] of trees) {
      for (const e of elements(tree)) {
        const url = e.tagName === 'a' || e.tagName === 'link' ? e.properties.href : e.tagName === 'script' ? e.properties.src : undefined;
        if (typeof url !== 'string' || /^[a-z]+:/.test(url)) continue;
        const [path, fragment] = url.split('#') as [string, string | undefined];
        const target = path === '' ? file : posix.normalize(posix.join(posix.dirname(file), path.split('?')[0]!));
        checked++;
        if (!files.includes(target)) broken.push(`${file} → ${url} (no ${target})`);
        else if (fragment && /^on=/.test(fragment) === false && target.endsWith('.html') && !ids.get(target)!.has(decodeURIComponent(fragment))) broken.push(`${file} → ${url} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('every page parses as HTML with no parse error, has a title, lang, one main and unique ids', () => {
    for (const [file, tree] of trees) {
      expect(errors.get(file), file).toEqual([]);
      const all = elements(tree);
      expect(all.find((e) => e.tagName === 'html')?.properties.lang, file).toBe('en');
      expect(all.filter((e) => e.tagName === 'title'), file).toHaveLength(1);
      expect(all.filter((e) => e.tagName === 'main'), file).toHaveLength(1);
      const ids = all.map((e) => e.properties.id).filter((x) => x !== undefined);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  it("embeds each provision's JSON-LD as the package ships it, with its IRI as the canonical link", async () => {
    // as a user of the package reads it: its dataset export, and the context it ships
    const { dataset } = (await import('@cyberlex/rs-criminal-code')) as { dataset: { provisions: { ref: string; '@id': string }[] } };
    const context = JSON.parse(readFileSync(join(ROOT, 'packages/rs-criminal-code/context.jsonld'), 'utf8'))['@context'];
    const node = dataset.provisions.find((p) => p.ref === 'rs-cc:302')!;
    const tree = trees.get('eli/rs/code/criminal/art_302/index.html')!;
    const all = elements(tree);
    const script = all.find((e) => e.tagName === 'script' && e.properties.type === 'application/ld+json')!;
    const text = (script.children[0] as { value: string }).value;
    expect(JSON.parse(text)).toEqual({ '@context': context, ...node });
    expect(all.find((e) => e.tagName === 'link' && (e.properties.rel as string[]).includes('canonical'))?.properties.href).toBe(node['@id']);
  });

  it('lists changes newest first and as a well-formed Atom feed of the dated ones', () => {
    const atom = readFileSync(join(dir, 'changes.atom'), 'utf8');
    const dates = [...atom.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });

  it('is the same bytes from the same data', async () => {
    const again = await buildFiles(ROOT);
    expect(again.map((f) => f.path).sort()).toEqual(files);
    for (const f of again) expect(readFileSync(join(dir, f.path), 'utf8'), f.path).toBe(f.content);
  });
});
