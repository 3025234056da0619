import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Changes } from '@cyberlex/schema';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeLine } from '../../src/release/amendment.js';
import { formatLine, initialChangelog, packageChanges, parseLine, releasedChanges } from '../../src/release/changes.js';
import { changesetFileName, parseChangeset, renderChangeset, writeChangesets } from '../../src/release/changeset.js';
import { legalHistory } from '../../src/release/history.js';
import { criminalCode } from './fixtures.js';

const NAME = '@cyberlex/rs-criminal-code';
const LINE: ChangeLine = {
  date: '2017-06-01',
  refs: ['rs-cc:199/3'],
  acts: ['rs-cc-amendments-2017'],
  bump: 'minor',
  summary: "Criminal Code Art. 199(3) amended by Amendments to the Criminal Code (2017), in force 1 June 2017: 'of six months to five years.' → 'of one to eight years.'",
};

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cyberlex-release-'));
  dirs.push(d);
  return d;
};

describe('a changelog line and its trailer', () => {
  it('round-trips the date, refs, acts and bump', () => {
    expect(parseLine(formatLine(LINE), 'patch')).toEqual(LINE);
  });
  it('reads a hand-written line as a change of its section with no refs', () => {
    expect(parseLine('Fixed a typo.', 'patch')).toEqual({ date: null, refs: [], acts: [], bump: 'patch', summary: 'Fixed a typo.' });
  });
});

describe('changes.json from the data and the CHANGELOG', () => {
  const data = criminalCode();
  const history = legalHistory(data);
  const first = initialChangelog(NAME, '0.1.0', history);

  it('starts with the legal history the first release holds', () => {
    expect(first).toBe(`# ${NAME}\n\n## 0.1.0\n\n### Legal history in this release\n\n${history.map((h) => `- ${h.summary}`).join('\n')}\n`);
    expect(packageChanges(data, first)).toEqual(history);
    expect(Changes.safeParse(history).success).toBe(true);
  });

  it('adds each released version\'s lines with that version, and drops the history entries a release names', () => {
    const changelog = first.replace('## 0.1.0', `## 0.2.0\n\n### Minor Changes\n\n- ${formatLine(LINE)}\n- Hand-written note.\n\n## 0.1.0`);
    const released = releasedChanges(changelog);
    expect(released).toEqual([
      { packageVersion: '0.2.0', ...LINE },
      { packageVersion: '0.2.0', date: null, refs: [], acts: [], bump: 'minor', summary: 'Hand-written note.' },
    ]);
    const withRelease = { ...LINE, refs: [], acts: ['rs-cc-amendments-2017'] };
    const later = first.replace('## 0.1.0', `## 0.2.0\n\n### Minor Changes\n\n- ${formatLine(withRelease)}\n\n## 0.1.0`);
    const changes = packageChanges(data, later);
    expect(changes.map((c) => [c.packageVersion, c.acts])).toEqual([[null, ['rs-og-72-2009']], ['0.2.0', ['rs-cc-amendments-2017']]]);
    expect(Changes.safeParse(changes).success).toBe(true);
  });

  it('orders releases oldest first', () => {
    const changelog = `# x\n\n## 0.3.0\n\n### Patch Changes\n\n- c\n\n## 0.2.0\n\n### Major Changes\n\n- b\n`;
    expect(releasedChanges(changelog).map((c) => [c.packageVersion, c.bump, c.summary])).toEqual([['0.2.0', 'major', 'b'], ['0.3.0', 'patch', 'c']]);
  });
});

describe('changesets', () => {
  const cs = { package: NAME, bump: 'minor' as const, lines: [LINE] };

  it('are written in the changesets format, and read back', () => {
    const text = renderChangeset(cs);
    expect(text.split('\n').slice(0, 4)).toEqual(['---', `"${NAME}": minor`, '---', '']);
    expect(parseChangeset('x.md', text)).toEqual({ file: 'x.md', releases: [{ name: NAME, type: 'minor' }], lines: [LINE] });
  });

  it('are named by a hash of their content', () => {
    expect(changesetFileName(cs)).toMatch(/^data-rs-criminal-code-[0-9a-f]{10}\.md$/);
    expect(changesetFileName(cs)).toBe(changesetFileName({ ...cs, lines: [{ ...LINE }] }));
    expect(changesetFileName(cs)).not.toBe(changesetFileName({ ...cs, lines: [{ ...LINE, date: null }] }));
  });

  it('never write a line twice: a line pending in another changeset of the package is left out', async () => {
    const root = tempDir();
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, '.changeset', 'README.md'), '# not a changeset\n');
    const first = await writeChangesets(root, [cs]);
    expect([...first.values()]).toEqual([`.changeset/${changesetFileName(cs)}`]);
    expect(await writeChangesets(root, [cs])).toEqual(new Map());
    const other: ChangeLine = { ...LINE, refs: ['rs-cc:185'], summary: 'Criminal Code Art. 185 removed.', bump: 'major' };
    const second = await writeChangesets(root, [{ ...cs, bump: 'major', lines: [LINE, other] }]);
    const written = readFileSync(join(root, second.get(NAME)!), 'utf8');
    expect(written).toBe(renderChangeset({ package: NAME, bump: 'major', lines: [other] }));
    expect(readdirSync(join(root, '.changeset')).filter((f) => f.startsWith('data-'))).toHaveLength(2);
  });
});

describe('the changelog generator changesets calls', () => {
  const generator = createRequire(import.meta.url)('../../../.changeset/changelog.cjs') as {
    getReleaseLine: (cs: { summary: string }, type: string, opts: null) => Promise<string>;
    getDependencyReleaseLine: (cs: unknown[], deps: { name: string; newVersion: string }[], opts: null) => Promise<string>;
  };

  it('keeps each summary line as it is, one bullet each', async () => {
    const summary = `${formatLine(LINE)}\n${formatLine({ ...LINE, summary: 'Second line.' })}\n`;
    expect(await generator.getReleaseLine({ summary }, 'minor', null)).toBe(`- ${formatLine(LINE)}\n- ${formatLine({ ...LINE, summary: 'Second line.' })}`);
  });

  it('says nothing for packages without updated dependencies', async () => {
    expect(await generator.getDependencyReleaseLine([], [], null)).toBe('');
    expect(await generator.getDependencyReleaseLine([], [{ name: '@cyberlex/schema', newVersion: '0.2.0' }], null)).toBe('- Updated dependencies:\n  - @cyberlex/schema@0.2.0');
  });
});
