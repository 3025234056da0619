import { Instrument, Mapping, Provision, type Dataset } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { diffPackage } from '../../src/release/data-diff.js';
import { legalHistory } from '../../src/release/history.js';
import { planRelease } from '../../src/release/index.js';
import { releaseLines } from '../../src/release/summary.js';
import { instrumentIri } from '../../src/model/iri.js';
import { at, copy, criminalCode, PENALTY_2009, version } from './fixtures.js';

const NAME = '@cyberlex/rs-criminal-code';
const base = criminalCode();
const run = (current: Dataset, schemas?: [unknown, unknown]) => {
  const diff = diffPackage(NAME, { data: base, ...(schemas ? { schema: schemas[0] } : {}) }, { data: current, ...(schemas ? { schema: schemas[1] } : {}) });
  return { diff, lines: releaseLines(diff, base, current) };
};
const bumpOf = (lines: { bump: string }[]) => (lines.some((l) => l.bump === 'major') ? 'major' : lines.some((l) => l.bump === 'minor') ? 'minor' : lines.length ? 'patch' : null);

/** Art. 199 amended again by the 2017 amendments: a third version, in force 1 June 2017. */
function amended2017(): Dataset {
  const data = copy(base);
  const art = data.provisions.find((p) => p.ref === 'rs-cc:199')!;
  art.versions[1] = version('rs-cc:199', '2009-09-11', '2017-06-01', ['rs-og-72-2009'], [['1', 'Whoever deletes computer data shall be punished.'], ['3', PENALTY_2009]], 2000);
  art.versions.push(version('rs-cc:199', '2017-06-01', null, ['rs-cc-amendments-2017'], [['1', 'Whoever deletes computer data shall be punished.'], ['3', PENALTY_2009.replace('six months to five years', 'one to eight years')]], 4000));
  return data;
}

describe('the fixture', () => {
  it('holds valid instruments, provisions and mappings', () => {
    for (const data of [base, amended2017()]) {
      for (const i of data.instruments) Instrument.parse(i);
      for (const p of data.provisions) Provision.parse(p);
      for (const m of data.mappings) Mapping.parse(m);
    }
  });
});

describe('semantic diff of two builds of a package', () => {
  it('finds nothing between a build and itself', () => {
    const { diff, lines } = run(copy(base));
    expect(diff.status).toBe('unchanged');
    expect(lines).toEqual([]);
  });

  it('compares ids, not positions: a reordering is no change', () => {
    const data = copy(base);
    data.provisions.reverse();
    data.instruments.reverse();
    for (const p of data.provisions) for (const v of p.versions) v.paragraphs.reverse();
    const { diff, lines } = run(data);
    expect(diff.status).toBe('unchanged');
    expect(lines).toEqual([]);
  });

  it('reports a new version of a provision as an amendment: minor, naming article, paragraph, act, date and the words changed', () => {
    const { diff, lines } = run(amended2017());
    expect(diff.versions.added.map((v) => [v.ref, v.versionDate, v.amendedBy])).toEqual([['rs-cc:199', '2017-06-01', ['rs-cc-amendments-2017']]]);
    expect(diff.versions.changed.map((v) => v.fields.map((f) => [f.field, f.before, f.after]))).toEqual([[['validUntil', null, '2017-06-01']]]);
    expect(lines).toEqual([
      {
        date: '2017-06-01',
        refs: ['rs-cc:199/3'],
        acts: ['rs-cc-amendments-2017'],
        bump: 'minor',
        summary: "Criminal Code Art. 199(3) amended by Amendments to the Criminal Code (2017), in force 1 June 2017: 'by imprisonment of six months to five years.' → 'by imprisonment of one to eight years.'",
      },
    ]);
  });

  it('pairs an undated version whose IRI gained an end date with its old IRI: renamed, not removed', () => {
    const data = copy(base);
    const art = data.provisions.find((p) => p.ref === 'rs-cc:185')!;
    const text = 'Whoever sells pornographic material to a child shall be punished with a fine or imprisonment up to six months.';
    art.versions = [
      version('rs-cc:185', null, '2009-09-11', [], [['1', 'Whoever sells pornographic material to a child shall be punished with a fine.']], 3000),
      version('rs-cc:185', '2009-09-11', null, ['rs-og-72-2009'], [['1', text]], 5000),
    ];
    const { diff, lines } = run(data);
    expect(diff.versions.renamed).toMatchObject([{ ref: 'rs-cc:185', previousId: base.provisions[0]!.versions[0]!['@id'] }]);
    expect(diff.versions.removed).toEqual([]);
    expect(diff.paragraphs).toEqual({ added: [], removed: [], changed: [] });
    expect(bumpOf(lines)).toBe('minor');
    expect(lines.map((l) => l.summary)).toEqual([
      "Criminal Code Art. 185(1) amended by Official Gazette of the Republic of Serbia 72/2009, in force 11 September 2009: 'with a fine.' → 'with a fine or imprisonment up to six months.'",
    ]);
  });

  it('corrects a paragraph text inside a version both builds have: a patch', () => {
    const data = copy(base);
    data.provisions.find((p) => p.ref === 'rs-cc:199')!.versions[1]!.paragraphs[0]!.text = 'Whoever deletes computer data shall be punished by law.';
    const { diff, lines } = run(data);
    expect(diff.paragraphs.changed).toMatchObject([{ ref: 'rs-cc:199/1', version: '2009-09-11', before: 'Whoever deletes computer data shall be punished.', after: 'Whoever deletes computer data shall be punished by law.' }]);
    expect(lines).toEqual([
      { date: null, refs: ['rs-cc:199/1'], acts: [], bump: 'patch', summary: "Criminal Code Art. 199(1) text corrected (version in force from 11 September 2009): 'shall be punished.' → 'shall be punished by law.'" },
    ]);
  });

  it('calls a removed provision major', () => {
    const data = copy(base);
    data.provisions = data.provisions.filter((p) => !p.ref.startsWith('rs-cc:185'));
    const { diff, lines } = run(data);
    expect(diff.provisions.removed.map((e) => e.ref)).toEqual(['rs-cc:185', 'rs-cc:185/1']);
    expect(lines).toEqual([{ date: null, refs: ['rs-cc:185'], acts: [], bump: 'major', summary: 'Criminal Code Art. 185 removed.' }]);
  });

  it('calls a removal whose tombstone names a replacement a rename (minor), and one without a removal (major)', () => {
    const data = copy(base);
    const removed = data.mappings.splice(0, 1)[0]!;
    const tombstone = (replacedBy: string | null) => ({ '@id': removed['@id'], '@type': ['cyberlex:Tombstone'] as ['cyberlex:Tombstone'], ref: 'ets185:2', replacedBy, reason: 'test', since: '1.0.0' });
    data.tombstones = [tombstone(null)];
    expect(run(data).lines.map((l) => [l.bump, l.summary])).toEqual([['major', 'Implementation mapping for ets185:2 removed.']]);
    data.tombstones = [tombstone('https://w3id.org/cyberlex/id/mapping/ets185-2a')];
    expect(run(data).lines.map((l) => [l.bump, l.summary])).toEqual([['minor', 'Implementation mapping for ets185:2 removed (its id now points to its replacement).']]);
  });

  it('reports changed mappings and facts by ref, with old and new values', () => {
    const data = copy(base);
    data.mappings[0]!.assessment = 'provided';
    data.mappings[0]!.rule = 'quotes-provisions';
    data.facts[0]!.description = 'Ratified on 14 April 2009 by law.';
    const { diff, lines } = run(data);
    expect(diff.mappings.changed).toEqual([
      { id: data.mappings[0]!['@id'], ref: 'ets185:2', fields: [{ field: 'assessment', before: 'partial', after: 'provided' }, { field: 'rule', before: 'cites-provisions', after: 'quotes-provisions' }] },
    ]);
    expect(lines.map((l) => [l.bump, l.summary])).toEqual([
      ['minor', "Implementation mapping for ets185:2 changed: assessment 'partial' → 'provided'; rule 'cites-provisions' → 'quotes-provisions'."],
      ['patch', "Fact note: Ratification corrected: description '14 April 2009.' → '14 April 2009 by law.'."],
    ]);
  });

  it('shows IRIs in changed values as refs', () => {
    const data = copy(base);
    data.mappings[0]!.provisions = [...data.mappings[0]!.provisions, data.provisions.find((p) => p.ref === 'rs-cc:185')!['@id']];
    expect(run(data).diff.mappings.changed[0]!.fields).toEqual([{ field: 'provisions', before: ['rs-cc:199'], after: ['rs-cc:199', 'rs-cc:185'] }]);
  });

  it('counts nodes that differ only in provenance, and words them as a patch', () => {
    const data = copy(base);
    for (const p of data.provisions) p.provenance = at(p.provenance[0]!.start + 7);
    const { diff, lines } = run(data);
    expect(diff.status).toBe('changed');
    expect(diff.provenanceOnly).toBe(data.provisions.length);
    expect(lines).toMatchObject([{ bump: 'patch', summary: `Source positions updated (${data.provisions.length} nodes); no change in what the data says.` }]);
  });

  it('calls a narrowed or widened schema major, and a reworded description no change', () => {
    const schema = { type: 'object', properties: { a: { type: 'string', description: 'A' } } };
    expect(run(copy(base), [schema, { ...schema, properties: { a: { type: 'string', description: 'B' } } }]).diff.schema).toBe('unchanged');
    const moved = run(copy(base), [schema, { ...schema, properties: { a: { type: 'string', minLength: 1 } } }]);
    expect(moved.diff.schema).toBe('changed');
    expect(moved.diff.schemaDefinitions).toEqual(['(root)']);
    const withDefs = (mapping: object) => ({ $ref: '#/$defs/Dataset', $defs: { Dataset: { type: 'object' }, Mapping: mapping } });
    expect(run(copy(base), [withDefs({ type: 'object' }), withDefs({ type: 'object', required: ['rule'] })]).lines).toMatchObject([
      { bump: 'major', summary: 'The data schema changed: data.jsonld follows a narrowed or widened JSON Schema (definitions that moved: Mapping).' },
    ]);
    expect(moved.lines).toMatchObject([{ bump: 'major' }]);
  });

  it('calls the same schema written with new names minor, with names dropped major', () => {
    const inline = { type: 'object', properties: { a: { type: 'string', minLength: 1 } } };
    const named = { type: 'object', properties: { a: { $ref: '#/$defs/Text' } }, $defs: { Text: { type: 'string', minLength: 1 } } };
    const added = run(copy(base), [inline, named]);
    expect(added.diff).toMatchObject({ status: 'changed', schema: 'rewritten', schemaNames: { added: ['Text'], removed: [] } });
    expect(added.lines).toMatchObject([{ bump: 'minor', summary: 'The data schema accepts the same data as before, written otherwise: it names Text as definitions (and types).' }]);
    expect(run(copy(base), [named, inline]).lines).toMatchObject([{ bump: 'major', summary: 'The data schema accepts the same data as before, written otherwise: it no longer names Text as definitions (and types).' }]);
  });

  it('names a new amending act whose amended text the sources do not give', () => {
    const before = copy(base);
    before.instruments = before.instruments.filter((i) => i.ref !== 'rs-cc-amendments-2017');
    const diff = diffPackage(NAME, { data: before }, { data: base });
    expect(diff.amendingActs).toEqual([
      { id: instrumentIri('rs-cc-amendments-2017'), ref: 'rs-cc-amendments-2017', title: 'Amendments to the Criminal Code (2017)', publishedIn: [], firstDateEntryInForce: '2017-06-01', amends: ['rs-cc'] },
    ]);
    expect(releaseLines(diff, before, base)).toEqual([
      {
        date: '2017-06-01', refs: [], acts: ['rs-cc-amendments-2017'], bump: 'minor',
        summary: 'Criminal Code amended by Amendments to the Criminal Code (2017), in force 1 June 2017 (the sources do not give the text it amended).',
      },
    ]);
  });
});

describe('the legal history a package holds', () => {
  it('has one entry per amendment and per act without text, oldest first', () => {
    expect(legalHistory(base)).toEqual([
      {
        packageVersion: null, date: '2009-09-11', refs: ['rs-cc:199/3'], acts: ['rs-og-72-2009'], bump: 'minor',
        summary: "Criminal Code Art. 199(3) amended by Official Gazette of the Republic of Serbia 72/2009, in force 11 September 2009: 'by imprisonment of three months to five' → 'by imprisonment of six months to five'",
      },
      {
        packageVersion: null, date: '2017-06-01', refs: [], acts: ['rs-cc-amendments-2017'], bump: 'minor',
        summary: 'Criminal Code amended by Amendments to the Criminal Code (2017), in force 1 June 2017 (the sources do not give the text it amended).',
      },
    ]);
  });
});

describe('planning a release against a baseline', () => {
  const current = new Map([[NAME, { data: amended2017() }]]);
  it('gives a changeset for a package that changed, with the bump its lines call for', () => {
    const [plan] = planRelease({ label: 'test', packages: new Map([[NAME, { data: base }]]), complete: true }, current);
    expect(plan).toMatchObject({ package: NAME, status: 'changed', bump: 'minor', changeset: { package: NAME, bump: 'minor' } });
  });
  it('gives no changeset when only provenance moved (the data says the same)', () => {
    const moved = copy(base);
    for (const p of moved.provisions) p.provenance = at(p.provenance[0]!.start + 7);
    const [plan] = planRelease({ label: 'test', packages: new Map([[NAME, { data: base }]]), complete: true }, new Map([[NAME, { data: moved }]]));
    expect(plan).toMatchObject({ status: 'changed', bump: null, changeset: null });
  });
  it('treats a package a complete baseline lacks as new (no changeset), and skips it for a one-package baseline', () => {
    expect(planRelease({ label: 'test', packages: new Map(), complete: true }, current)).toMatchObject([{ package: NAME, status: 'added', changeset: null }]);
    expect(planRelease({ label: 'test', packages: new Map(), complete: false }, current)).toEqual([]);
  });
});
