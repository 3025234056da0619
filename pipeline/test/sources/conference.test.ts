import { Fact, type FactOf } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { labelOf } from '../../src/parse/conference/labels.js';
import { parseConference } from '../../src/parse/conference/index.js';
import { contextOf, expectFaithful, rawText, expectSourceError, of, lineOf } from './helpers.js';

const ID = 'coe-paco-serbia-regional-conference-2007';
const raw = rawText(ID);
const parse = (text = raw) => parseConference(contextOf(ID, text));


describe('activity record labels', () => {
  it('takes the longest label, and no label where prose follows a label word', () => {
    expect(labelOf('Project Purpose 3 - 2005/DG1/JP/1624')?.key).toBe('project-purpose');
    expect(labelOf('Project 2004/DG1/143 Effective measures')?.key).toBe('project');
    expect(labelOf('Total No. Participants 70')?.key).toBe('total-participants');
    expect(labelOf('Participants Representatives from 16 countries')?.key).toBe('participants');
    expect(labelOf('Participants agreed to complete the draft Directory')).toBeNull();
    expect(labelOf('Last Modified')?.key).toBe('last-modified');
  });
});

describe('conference record (the real record)', () => {
  const { facts } = parse();
  const [event] = of(facts, 'event');

  it('gives the event: id, title, dates, place, status, identifiers, description', () => {
    expect(event).toMatchObject({
      name: 'Regional Conference on Cybercrime',
      startDate: '2007-03-19',
      endDate: '2007-03-21',
      location: 'Belgrade, Serbia',
      status: 'Completed',
      contact: 'DE CORDES, Jean-Charles',
    });
    expect(event!['@id']).toMatch(/activity-18356$/);
    expect(event!.countries.map((c) => c.name)).toEqual(['Serbia']);
    expect(event!.description).toMatch(/^Participants from 12 countries mainly from Central and south-eastern Europe/);
    const codes = event!.identifiers.flatMap((i) => i.codes);
    for (const code of ['18356', '2005/DG1/JP/1624', '3.1', 'II.3', 'II.3.2', '2004/DG1/143', '2']) expect(codes).toContain(code);
    expect(event!.identifiers.find((i) => i.label === 'Project')).toMatchObject({ codes: ['2004/DG1/143'], title: 'Effective measures to fight economic crime and cybercrime' });
  });

  it('gives objectives, outcomes, conclusions and dated follow-ups', () => {
    expect(event!.objectives).toHaveLength(1);
    expect(event!.outcomes).toHaveLength(5);
    expect(event!.outcomes[4]!.text).toMatch(/^Participants agreed to complete the draft Directory/);
    expect(event!.conclusions).toHaveLength(2);
    expect(event!.followUps.map((f) => [f.dateText, f.startDate, f.endDate])).toEqual([
      ['5 April 2007', '2007-04-05', '2007-04-05'],
      ['11-12 June 2007', '2007-06-11', '2007-06-12'],
      // The record gives no year for the T-CY meeting: the date stays null.
      ['13-14 June', null, null],
    ]);
  });

  it('gives participants and their counts, experts, secretariat, modified and printed dates', () => {
    expect(event!.counts.map((c) => [c.label, c.value, c.unit])).toEqual([
      ['Description', 12, 'countries'],
      ['Participants', 16, 'countries'],
      ['Total No. Participants', 70, 'participants'],
    ]);
    expect(event!.participants).toBe('Representatives from 16 countries and from international organisations and private sector bodies.');
    expect(event!.experts.map((e) => e.name)).toEqual(['M. Gercke', 'C. Schulman', 'V. Stanca', 'I. Albani', 'H. Lamb']);
    expect(event!.secretariat.map((e) => e.name)).toEqual(['A. Seger', 'T. peshovska']);
    expect(event!.dateModified).toEqual(['2007-04-04']);
    expect(event!.datePrinted).toBe('2020-03-30');
  });

  it('gives the contact point Serbia designated', () => {
    const [cp] = of(facts, 'contact-point');
    expect(cp).toMatchObject({ name: 'temporary contact point', country: 'Serbia', year: null });
  });

  it('takes nothing from the page chrome', () => {
    const all = JSON.stringify(facts);
    for (const chrome of ['Sign in', 'Print View', 'Kosovo', 'Return to the top', 'Hide Synopsis', '(Logframe)', 'Subcontractors']) expect(all).not.toContain(chrome);
  });

  it('validates every node and slices every span back to the raw text', () => {
    expectFaithful({ facts }, { [ID]: raw });
  });
});

describe('conference record: a source that is not what the parser expects', () => {
  it('an unknown line inside the record', () => {
    const text = raw.replace('Status Completed', 'Status Completed\nSomething else entirely');
    expectSourceError(() => parse(text), lineOf(text, 'Something else'), /a field label/);
  });

  it('a field twice', () => {
    const text = raw.replace('Status Completed', 'Status Completed\nStatus Cancelled');
    expectSourceError(() => parse(text), lineOf(text, 'Status Cancelled'), /one "Status" field/);
  });

  it('a missing title', () => {
    const text = raw.replace(/^Title [^\n]*\n/m, '');
    expectSourceError(() => parse(text), lineOf(text, '* All reference'), /a "Title" field/);
  });

  it('dates that are not a range of dd/mm/yyyy', () => {
    const text = raw.replace('19/03/2007 - 21/03/2007', '19 March 2007');
    expectSourceError(() => parse(text), lineOf(text, 'Date 19 March'), /dd\/mm\/yyyy - dd\/mm\/yyyy/);
  });

  it('no record header', () => {
    const text = raw.replace('Activity Details (ID# 18356)', 'Activity');
    expectSourceError(() => parse(text), text.split('\n').length, /Activity Details \(ID# N\)/);
  });

  it('a synopsis of another activity', () => {
    const text = raw.replace('Activity Synopsis (ID# 18356)', 'Activity Synopsis (ID# 99999)');
    expectSourceError(() => parse(text), lineOf(text, 'Activity Synopsis'), /the synopsis of activity 18356/);
  });

  it('a truncated record', () => {
    const text = raw.slice(0, raw.indexOf('Activity Synopsis'));
    expectSourceError(() => parse(text), text.split('\n').length, /Activity Synopsis/);
  });
});
