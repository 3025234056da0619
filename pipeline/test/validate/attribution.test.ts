/** `validate` fails a dataset whose claims lose their sources: the attribution invariants, on the real data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/index.js';

const ROOT = new URL('../../../', import.meta.url);
const data = () => JSON.parse(readFileSync(new URL('packages/rs-lanzarote-reply-2017/data.jsonld', ROOT), 'utf8'));
const problems = async (d: unknown) => validateDataset('rs-lanzarote-reply-2017', d).then(() => '', (e: Error) => e.message);

describe('attribution invariants', () => {
  it('hold for the built data', async () => {
    expect(await problems(data())).toBe('');
  });

  it('fail a node dated by another source than its own', async () => {
    const d = data();
    const fact = d.facts.find((f: { source: string }) => f.source === 'rs-moi-lanzarote-reply-2017');
    fact.sourceDate = '2007-03-19';
    expect(await problems(d)).toContain(`${fact['@id']}: sourceDate 2007-03-19 is not the date of its source rs-moi-lanzarote-reply-2017 (2017-10-25)`);
  });

  it('fail a node attributed to a source its provenance does not cite', async () => {
    const d = data();
    const fact = d.facts.find((f: { source: string }) => f.source === 'rs-moi-lanzarote-reply-2017');
    fact.source = 'coe-paco-serbia-regional-conference-2007';
    fact.sourceDate = null;
    expect(await problems(d)).toContain(`${fact['@id']}: source coe-paco-serbia-regional-conference-2007 is none of the sources its provenance cites`);
  });

  it('fail a value of a many-source node that no evidence attributes', async () => {
    const d = data();
    const point = d.facts.find((f: { '@id': string }) => f['@id'].endsWith('/contact-point/rs-24-7'));
    point.evidence = point.evidence.filter((e: { property: string }) => e.property !== 'description');
    expect(await problems(d)).toContain(`${point['@id']}: description comes from one of 2 sources, and no evidence says which`);
  });
});
