/**
 * Metamorphic ingestion: every transformation in the library, applied to a copy of raw/, must
 * change the data by exactly what it calls for — no more, no less — or stop with one clear line.
 * And for every article the profile quotes, a new dated amendment inserted where its latest
 * text stands changes that article's versions, its package's changes and changeset, and nothing
 * else: amendment markers resolve by what they say, not by where they stand.
 */
import type { Dataset } from '@cyberlex/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE, insertAmendment, quotedArticles } from './amendment.js';
import { Workspace, delta, type Run } from './harness.js';
import { TRANSFORMATIONS, nodeAt, PROFILE_FILE } from './transformations.js';

let workspace: Workspace;
let baseline: Run;

beforeAll(async () => {
  workspace = new Workspace();
  baseline = await workspace.ingest();
}, 120_000);
afterAll(() => workspace?.cleanup());

describe('source transformations', () => {
  for (const t of TRANSFORMATIONS) {
    it(t.name, async () => {
      workspace.reset();
      workspace.write(t.file, t.apply(workspace.read(t.file)));
      if ('error' in t.expect) {
        const error = await workspace.ingest().then(
          () => null,
          (e: Error) => e,
        );
        expect(error?.name).toBe('SourceError');
        expect(error!.message.split('\n')).toHaveLength(1);
        expect(error!.message).toMatch(t.expect.error);
        return;
      }
      const run = await workspace.ingest();
      const d = delta(baseline.datasets, run.datasets);
      if ('delta' in t.expect) {
        expect(d).toEqual(t.expect.delta);
      } else {
        expect(d.added).toEqual([]);
        expect(d.removed).toEqual([]);
        expect(d.changed.length).toBeGreaterThan(0);
        for (const key of d.changed) expect(t.expect.changedOnly(nodeAt(baseline.datasets, key), nodeAt(run.datasets, key)), key).toBe(true);
      }
    }, 60_000);
  }
});

/**
 * Where the profile's grammar makes a new amendment speak of more than its own article: an
 * article quoted right after an amendment's text with no marker of its own is one that
 * amendment inserted (Article 185b after 185), and a bare "amendment" later in the same answer
 * is that amendment (CPC Articles 146 and 147 after 85).
 */
const ALSO_AMENDED: Record<string, string[]> = {
  'rs-cc:185': ['rs-cc:185b'],
  'rs-cpc:85': ['rs-cpc:146', 'rs-cpc:147'],
};

const ACT = { day: 1, month: 3, year: 2018, number: 35 };
const ACT_REF = 'rs-og-35-2018';
const ACT_IRI = 'https://w3id.org/cyberlex/eli/rs/law/2018/35';
const CODES = ['@cyberlex/rs-criminal-code', '@cyberlex/rs-criminal-procedure-code'];
const IMPLEMENTATION = '@cyberlex/rs-budapest-implementation';

describe('a new amendment of each quoted article', () => {
  const articles = () => CODES.flatMap((pkg) => quotedArticles(baseline.datasets.get(pkg)!).map((a) => ({ pkg, article: a })));

  it('covers every quoted article of both codes', () => {
    expect(articles().map((a) => a.article.ref)).toEqual(expect.arrayContaining(['rs-cc:199', 'rs-cc:185b', 'rs-cpc:85', 'rs-cpc:255']));
  });

  it('changes exactly that article, its code, the new act, and the conflicts its "not amendment" markers now make', async () => {
    const failures: string[] = [];
    for (const { pkg, article } of articles()) {
      workspace.reset();
      workspace.write(PROFILE_FILE, insertAmendment(workspace.read(PROFILE_FILE), article, ACT).text);
      const run = await workspace.ingest();
      const d = delta(baseline.datasets, run.datasets);
      const data = baseline.datasets.get(pkg)!;
      const refs = [article.ref, ...(ALSO_AMENDED[article.ref] ?? [])];
      const iris = refs.map((r) => data.provisions.find((p) => p.ref === r)!['@id']);
      const code = article.instrument;
      const conflicts = refs.filter((r) => saysNotAmended(data, r)).flatMap((r) => {
        const id = `https://w3id.org/cyberlex/id/conflict/${PROFILE}/${r.replace(':', '-')}-amended`;
        return [`${IMPLEMENTATION} conflicts ${id}`, `${pkg} conflicts ${id}`];
      });
      const expected = {
        added: [...conflicts, `${pkg} instruments ${ACT_IRI}`].sort(),
        removed: [],
        changed: [`${pkg} instruments ${code}`, ...iris.map((i) => `${pkg} provisions ${i}`)].sort(),
      };
      // a version whose IRI carried the end date it now lacks leaves a tombstone, under the same article
      const tombstones = d.added.filter((k) => k.includes(' tombstones '));
      const stray = tombstones.filter((k) => !iris.some((i) => k.startsWith(`${pkg} tombstones ${i}/`)));
      const got = { ...d, added: d.added.filter((k) => !k.includes(' tombstones ')) };
      if (JSON.stringify(got) !== JSON.stringify(expected) || stray.length > 0) failures.push(`${article.ref}: ${JSON.stringify({ got, expected, stray })}`);

      const release = run.summary.releases.find((r) => r.package === pkg)!;
      const line = release.lines.find((l) => l.acts.includes(ACT_REF));
      if (release.bump !== 'minor' || !line || !line.refs.some((r) => r === article.ref || r.startsWith(`${article.ref}/`))) failures.push(`${article.ref}: release ${JSON.stringify(release.lines)}`);
      const others = run.summary.releases.filter((r) => r.changeset && r.package !== pkg && !(r.package === IMPLEMENTATION && conflicts.length > 0));
      if (others.length > 0) failures.push(`${article.ref}: other changesets ${others.map((r) => r.package).join(', ')}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

function saysNotAmended(data: Dataset, ref: string): boolean {
  const iri = data.provisions.find((p) => p.ref === ref)!['@id'];
  return data.statements.some((s) => s.kind === 'not-amended' && s.about.includes(iri));
}
