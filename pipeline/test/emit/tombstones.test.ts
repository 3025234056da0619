import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Dataset, type Provision } from '@cyberlex/schema';
import { datasetNodes, liveIds, nextMajor, tombstones } from '../../src/emit/tombstones.js';
import { ingest } from '../../src/ingest/index.js';
import { validateDataset } from '../../src/validate/index.js';
import { copyInputs } from '../../../test/helpers/repo-copy.js';

const LAW_DIR = 'rs-cybercrime-authorities-law';
const ART = 'https://w3id.org/cyberlex/eli/rs/law/2005/61/art_';

let cleanup = () => {};
afterEach(() => cleanup());

/** The law package as the last build wrote it: real nodes, so the tombstones are real ones. */
async function lawData(): Promise<Dataset> {
  const root = copyInputs();
  cleanup = root.cleanup;
  await ingest({ root: root.root, frozen: true });
  return Dataset.parse(JSON.parse(readFileSync(join(root.root, 'packages', LAW_DIR, 'data.jsonld'), 'utf8')));
}

const clone = <T>(v: T): T => structuredClone(v);
/** Tombstones of `current` against `previous`, with only `current`'s ids live (one package). */
const stones = (previous: Dataset | null, current: Dataset, version = '0.1.0') => tombstones(previous, current, { version, live: liveIds([current]) });

function withoutArticle(data: Dataset, number: string): Dataset {
  const next = clone(data);
  const gone = new Set(next.provisions.filter((p) => p.ref.endsWith(`:${number}`) || p.ref.includes(`:${number}/`)).map((p) => p['@id']));
  next.provisions = next.provisions.filter((p) => !gone.has(p['@id'])).map((p) => ({ ...p, hasPart: p.hasPart.filter((h) => !gone.has(h)) }));
  next.instruments = next.instruments.map((i) => ({ ...i, hasPart: i.hasPart.filter((h) => !gone.has(h)) }));
  return next;
}

/** Every id under the provision with `ref` (its versions, paragraphs, paragraph provisions) moved to another IRI. */
function renamed(data: Dataset, from: string, to: string): Dataset {
  return JSON.parse(JSON.stringify(data).replaceAll(`"${from}`, `"${to}`)) as Dataset;
}

describe('tombstones: ids that never change meaning', () => {
  it('an unchanged build has none', async () => {
    const data = await lawData();
    expect(stones(data, data)).toEqual([]);
    expect(stones(null, data)).toEqual([]);
  });

  it('a removed article leaves a tombstone for it, its versions and its paragraphs, none replaced', async () => {
    const previous = await lawData();
    const current = withoutArticle(previous, '3');
    const removed = datasetNodes(previous).filter((n) => !liveIds([current]).has(n.id));
    expect(removed.map((n) => n.id)).toContain(`${ART}3`);
    const result = stones(previous, current);
    expect(result.map((t) => t['@id']).sort()).toEqual(removed.map((n) => n.id).sort());
    const article = result.find((t) => t['@id'] === `${ART}3`)!;
    expect(article).toEqual({
      '@id': `${ART}3`,
      '@type': ['cyberlex:Tombstone'],
      ref: 'rs-cybercrime-authorities-law:3',
      replacedBy: null,
      reason: 'removed: the sources no longer give rs-cybercrime-authorities-law:3',
      since: '1.0.0',
    });
    // the version and paragraph nodes carry the ref of the article they belonged to
    expect(result.filter((t) => t['@id'].startsWith(`${ART}3/`)).every((t) => t.ref.startsWith('rs-cybercrime-authorities-law:3'))).toBe(true);
    const data = { ...current, tombstones: result };
    await expect(validateDataset('@cyberlex/rs-cybercrime-authorities-law', data)).resolves.toBeUndefined();
  });

  it('a renamed node names the node that now has its ref', async () => {
    const previous = await lawData();
    const current = renamed(previous, `${ART}5`, `${ART}5-renamed`);
    const result = stones(previous, current);
    const article = result.find((t) => t['@id'] === `${ART}5`)!;
    expect(article.replacedBy).toBe(`${ART}5-renamed`);
    expect(article.reason).toBe('renamed: rs-cybercrime-authorities-law:5 now has the id in replacedBy');
    // every renamed node (versions and paragraphs too) points at its successor, which exists now
    const now = liveIds([current]);
    for (const t of result) {
      expect(t.replacedBy, t['@id']).toBe(t['@id'].replace(`${ART}5`, `${ART}5-renamed`));
      expect(now.has(t.replacedBy!)).toBe(true);
    }
  });

  it('a version whose start date a source now gives is replaced by the dated version', async () => {
    const previous = await lawData();
    const article = previous.provisions.find((p) => p.kind === 'article' && p.versions.length === 1 && p.versions[0]!.versionDate === null && p.versions[0]!.paragraphs.length > 0) as Provision;
    const old = article.versions[0]!;
    const dated = old['@id'].replace('/v/undated/', '/v/2009-12-29/');
    const current = clone(previous);
    const target = current.provisions.find((p) => p['@id'] === article['@id'])!;
    target.versions = [JSON.parse(JSON.stringify({ ...old, versionDate: '2009-12-29' }).replaceAll('/v/undated/', '/v/2009-12-29/'))];
    const result = stones(previous, current);
    expect(result.find((t) => t['@id'] === old['@id'])?.replacedBy).toBe(dated);
    for (const paragraph of old.paragraphs) expect(result.find((t) => t['@id'] === paragraph['@id'])?.replacedBy).toBe(paragraph['@id'].replace('/v/undated/', '/v/2009-12-29/'));
  });

  it('keeps earlier tombstones and their version; drops one whose id is back; skips an id that moved to another package', async () => {
    const previous = await lawData();
    const current = withoutArticle(previous, '3');
    const first = { ...current, tombstones: stones(previous, current, '0.1.0') };
    // the next build, after a release: nothing else removed, the tombstones stay as they were
    expect(stones(first, current, '1.0.0')).toEqual(first.tombstones);
    // the article comes back: its tombstones go
    expect(stones(first, previous, '1.0.0')).toEqual([]);
    // the article now lives in another package: not a removal
    const elsewhere = new Set([...liveIds([current]), ...datasetNodes(previous).map((n) => n.id)]);
    expect(tombstones(previous, current, { version: '0.1.0', live: elsewhere })).toEqual([]);
  });

  it('property: whatever provisions go, exactly their ids are tombstoned, successors are live, and a rebuild keeps them', async () => {
    const previous = await lawData();
    const before = new Set(datasetNodes(previous).map((n) => n.id));
    fc.assert(
      fc.property(fc.subarray(previous.provisions.map((p) => p['@id'])), (gone) => {
        const current = { ...previous, provisions: previous.provisions.filter((p) => !gone.includes(p['@id'])) };
        const now = liveIds([current]);
        const result = stones(previous, current);
        expect(new Set(result.map((t) => t['@id']))).toEqual(new Set([...before].filter((id) => !now.has(id))));
        for (const t of result) if (t.replacedBy !== null) expect(now.has(t.replacedBy)).toBe(true);
        expect(stones({ ...current, tombstones: result }, current, '3.1.4')).toEqual(result);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses previous tombstones that do not match the schema', async () => {
    const previous = { ...(await lawData()), tombstones: [{ '@id': `${ART}3` }] };
    expect(() => tombstones(previous, previous as Dataset, { version: '0.1.0', live: new Set() })).toThrow(/tombstones do not match the schema/);
  });

  it('a removal ships in the next major version', () => {
    expect(nextMajor('0.1.0')).toBe('1.0.0');
    expect(nextMajor('2.3.4')).toBe('3.0.0');
    expect(nextMajor('1.0.0-next.1')).toBe('2.0.0');
    expect(() => nextMajor('one')).toThrow(/not a semver version/);
  });

  it('ingest reads the previous data.jsonld: an id it had and the sources do not give becomes a tombstone, and stays', async () => {
    const { root, cleanup: done } = copyInputs();
    cleanup = done;
    await ingest({ root, frozen: true });
    const file = join(root, 'packages', LAW_DIR, 'data.jsonld');
    const built = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    // a previous build that had an article 99 the sources do not have
    const article = built.provisions.find((p) => p.ref === 'rs-cybercrime-authorities-law:1')!;
    const ghost = JSON.parse(JSON.stringify(article).replace(/\/art_1(?=["/])/g, '/art_99').replace(/law:1(?=["/])/g, 'law:99')) as Provision;
    writeFileSync(file, JSON.stringify({ ...built, provisions: [...built.provisions, ghost] }, null, 2));
    const summary = await ingest({ root, frozen: true });
    expect(summary.written).toContain(`packages/${LAW_DIR}/data.jsonld`);
    const after = Dataset.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(after.provisions.some((p) => p['@id'] === `${ART}99`)).toBe(false);
    expect(after.tombstones.map((t) => t['@id'])).toEqual(datasetNodes({ provisions: [ghost] }).map((n) => n.id).sort());
    expect(after.tombstones.every((t) => t.replacedBy === null && t.since === '2.0.0')).toBe(true);
    // the README counts them, and a further build changes nothing
    expect(readFileSync(join(root, 'packages', LAW_DIR, 'README.md'), 'utf8')).toContain(`| tombstones (ids no longer in the data) | ${after.tombstones.length} |`);
    expect((await ingest({ root, frozen: true })).written).toEqual([]);
  });
});
