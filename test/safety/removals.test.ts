/**
 * Loss caught end to end: a source cut short is refused before it is parsed; an ingest that
 * would empty a package, or remove more than a set share of its nodes, is refused unless told
 * `allowRemovals` (CLI: --allow-removals); either way, nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/src/ingest/index.js';
import { REMOVAL_SHARE, removals } from '../../pipeline/src/ingest/removals.js';
import { copyInputs, snapshot } from '../helpers/repo-copy.js';

const REPLY = 'rs-moi-lanzarote-reply-2017.txt';
let root: string;
let cleanup = () => {};
let released: Map<string, string>;
let manifest: string;
let reply: string;

beforeAll(async () => {
  const copy = copyInputs();
  root = copy.root;
  cleanup = copy.cleanup;
  await ingest({ root, frozen: false });
  released = snapshot(root);
  manifest = readFileSync(join(root, 'raw', 'manifest.json'), 'utf8');
  reply = readFileSync(join(root, 'raw', REPLY), 'utf8');
}, 120_000);
afterAll(() => cleanup());

async function refused(options: { allowRemovals?: boolean } = {}): Promise<string> {
  const message = await ingest({ root, frozen: false, ...options }).then(
    () => '',
    (e: Error) => e.message,
  );
  const now = snapshot(root);
  for (const [path, text] of released) if (!path.startsWith('/raw/')) expect(now.get(path), path).toBe(text);
  return message;
}

function restore() {
  writeFileSync(join(root, 'raw', 'manifest.json'), manifest);
  writeFileSync(join(root, 'raw', REPLY), reply);
}

describe('loss caught', () => {
  it('refuses the reply cut mid-word ("… obtain for t"), naming where it stops', async () => {
    writeFileSync(join(root, 'raw', REPLY), reply.slice(0, reply.indexOf('obtain for t') + 'obtain for t'.length));
    expect(await refused()).toBe(
      'rs-moi-lanzarote-reply-2017 (line 190, column 17): expected the reply to end with its signatory\'s line after the last answer; found the text ending "…ho via the Internet or in other way obtain for t"',
    );
    restore();
  });

  it('refuses to (all but) empty a package when its source leaves the manifest, unless removals are allowed', async () => {
    const parsed = JSON.parse(manifest) as { sources: { id: string }[] };
    parsed.sources = parsed.sources.filter((s) => s.id !== 'rs-moi-lanzarote-reply-2017');
    writeFileSync(join(root, 'raw', 'manifest.json'), `${JSON.stringify(parsed, null, 2)}\n`);
    expect(await refused()).toMatch(
      /^@cyberlex\/rs-lanzarote-reply-2017: expected an ingest to keep its data, but this one would remove \d+ of its \d+ nodes \(more than 10%\), e\.g\. .+; a source may be cut short or missing from raw\/manifest\.json — if the removal is meant, run again with --allow-removals$/,
    );
    const allowed = await ingest({ root, frozen: false, allowRemovals: true });
    expect(allowed.releases.find((r) => r.package === '@cyberlex/rs-lanzarote-reply-2017')?.status).toBe('changed');
    restore();
    await ingest({ root, frozen: false, allowRemovals: true });
    released = snapshot(root);
  });

  it(`lets a change that removes no more than ${REMOVAL_SHARE * 100}% of a package's nodes through`, async () => {
    const data = JSON.parse(readFileSync(join(root, 'packages', 'rs-lanzarote-reply-2017', 'data.jsonld'), 'utf8'));
    const baseline = { label: 'test', complete: true, packages: new Map([['@cyberlex/rs-lanzarote-reply-2017', { data }]]) };
    expect(removals(baseline, new Map([['@cyberlex/rs-lanzarote-reply-2017', data]]))).toEqual([]);
    const fewer = { ...data, facts: data.facts.slice(0, -1) };
    const [one] = removals(baseline, new Map([['@cyberlex/rs-lanzarote-reply-2017', fewer]]));
    expect(one!.removed).toBeGreaterThan(0);
    expect(one!.removed).toBeLessThanOrEqual(one!.of * REMOVAL_SHARE);
  });
});
