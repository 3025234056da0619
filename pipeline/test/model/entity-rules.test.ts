/** The linking rules are data (pipeline/data/entity-rules.json), checked by their own schema with errors that name the line. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_RULES, readEntityRules } from '../../src/model/entity-rules.js';
import { provisionIri, instrumentIri } from '../../src/model/iri.js';

const FILE = new URL('../../data/entity-rules.json', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const failure = (t: string) => {
  try {
    readEntityRules(t);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('the linking rules file', () => {
  it('gives each rule its IRI: an instrument by its ref, any other node by its kind path', () => {
    expect(ENTITY_RULES.find((r) => r.id === 'instrument-rs-cc')).toMatchObject({ iri: instrumentIri('rs-cc'), ref: 'rs-cc' });
    expect(ENTITY_RULES.find((r) => r.id === 'org-rs-ministry-of-interior')!.iri).toBe('https://w3id.org/cyberlex/id/organization/rs-ministry-of-interior');
    expect(provisionIri('rs-cc:1').startsWith(instrumentIri('rs-cc'))).toBe(true);
  });

  it('refuses a name not written normalised, naming the file, line and column', () => {
    const bad = text.replace('"ministry of justice"', '"Ministry of the Justice"');
    expect(failure(bad)).toMatch(new RegExp(`^pipeline/data/entity-rules.json \\(line ${lineOf('"ministry of justice"')}, column \\d+\\): expected rules\\.\\d+\\.names\\.0: a name written normalised`));
  });

  it('refuses an instrument rule without its ref, and broken JSON, with the place', () => {
    expect(failure(text.replace('"instrument": "rs-cc",', ''))).toMatch(/^pipeline\/data\/entity-rules.json \(line \d+, column \d+\): expected rules\.2: an "instrument" ref for an instrument rule/);
    expect(failure(text.replace('"scan": true,', '"scan": true'))).toMatch(/^pipeline\/data\/entity-rules.json \(line \d+, column \d+\): expected valid JSON/);
  });
});

describe('the instruments file', () => {
  it('refuses a path that is not ELI-shaped, naming the line', async () => {
    const { readInstrumentKnowledge } = await import('../../src/model/instruments.js');
    const text = readFileSync(new URL('../../data/instruments.json', import.meta.url), 'utf8');
    const bad = text.replace('"eli/coe/ets/185"', '"ETS 185"');
    const line = text.slice(0, text.indexOf('"eli/coe/ets/185"')).split('\n').length;
    expect(() => readInstrumentKnowledge(bad)).toThrow(new RegExp(`^pipeline/data/instruments.json \\(line ${line}, column \\d+\\): expected paths\\.ets185: `));
  });
});
