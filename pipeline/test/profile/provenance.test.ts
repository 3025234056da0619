import { Applies, Conflict, Fact, Instrument, type Item, Mapping, type Provenance, Provision, Statement } from '@cyberlex/schema';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/parse/profile/index.js';
import { comparable, profileSource, RAW, spanText } from './helpers.js';

const graph = parseProfile(profileSource().ctx);

interface Checked {
  what: string;
  text: string;
  provenance: readonly Provenance[];
  /** A name used in several places: each span holds the whole name. */
  each?: boolean;
}

/** Every node that carries text, with the text its provenance must slice back to. */
function texts(): Checked[] {
  const out: Checked[] = [];
  const items = (where: string, list: readonly Item[]) => {
    for (const item of list) {
      out.push({ what: `${where} item ${item.number}`, text: item.text, provenance: item.provenance });
      items(`${where} ${item.number}`, item.items);
    }
  };
  for (const p of graph.provisions) {
    for (const v of p.versions) {
      for (const para of v.paragraphs) {
        out.push({ what: para['@id'], text: para.text, provenance: para.provenance });
        items(para['@id'], para.items);
      }
    }
    for (const variant of p.variants) out.push({ what: `variant of ${variant.paragraph}`, text: variant.text, provenance: variant.provenance });
    for (const alt of p.alternateTitles) out.push({ what: `${p.ref} alternate title`, text: alt.name, provenance: alt.provenance, each: true });
  }
  for (const i of graph.instruments) {
    for (const alt of i.alternateNames) out.push({ what: `${i.ref} name`, text: alt.name, provenance: alt.provenance, each: true });
    for (const e of i.entryIntoForce) out.push({ what: `${i.ref} entry into force`, text: e.text, provenance: e.provenance });
  }
  for (const s of graph.statements) out.push({ what: s['@id'], text: s.text, provenance: s.provenance });
  for (const m of graph.mappings) if (m.statement !== null) out.push({ what: m['@id'], text: m.statement, provenance: m.provenance });
  for (const f of graph.facts) {
    if (f.description !== null) out.push({ what: `${f['@id']} description`, text: f.description, provenance: f.provenance });
    for (const e of f.evidence) out.push({ what: `${f['@id']} evidence ${e.property}`, text: e.text, provenance: e.provenance });
    if (f.kind === 'declaration') out.push({ what: `${f['@id']} text`, text: f.text, provenance: f.provenance });
  }
  return out;
}

describe('the profile graph', () => {
  it('is valid against the model', () => {
    for (const i of graph.instruments) Instrument.parse(i);
    for (const p of graph.provisions) Provision.parse(p);
    for (const s of graph.statements) Statement.parse(s);
    for (const m of graph.mappings) Mapping.parse(m);
    for (const a of graph.applications) Applies.parse(a);
    for (const f of graph.facts) Fact.parse(f);
    for (const c of graph.conflicts) Conflict.parse(c);
  });

  it('gives every node its own @id', () => {
    const ids = [graph.instruments, graph.provisions, graph.statements, graph.mappings, graph.facts, graph.conflicts].flat().map((n) => n['@id']);
    const paragraphIds = graph.provisions.flatMap((p) => p.versions.flatMap((v) => [v['@id'], ...v.paragraphs.map((x) => x['@id'])]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(paragraphIds).size).toBe(paragraphIds.length);
  });

  it('gives every node provenance in the raw text, in reading order', () => {
    const all = [
      ...graph.instruments.flatMap((i) => i.provenance),
      ...graph.provisions.flatMap((p) => [...p.provenance, ...p.versions.flatMap((v) => v.provenance)]),
      ...graph.statements.flatMap((s) => s.provenance),
      ...graph.mappings.flatMap((m) => m.provenance),
      ...graph.facts.flatMap((f) => f.provenance),
    ];
    expect(all.length).toBeGreaterThan(1000);
    for (const p of all) {
      expect(p.source).toBe('coe-cybercrime-legislation-profile-serbia');
      expect(p.start).toBeLessThan(p.end);
      expect(p.end).toBeLessThanOrEqual(RAW.length);
    }
    for (const p of graph.provisions) if (p.kind !== 'chapter') expect(p.provenance.length, p.ref).toBeGreaterThan(0);
  });

  it('slices back to each node’s text at its spans', () => {
    const checked = texts();
    expect(checked.length).toBeGreaterThan(300);
    for (const { what, text, provenance, each } of checked) {
      expect(provenance.length, what).toBeGreaterThan(0);
      if (each) for (const p of provenance) expect(spanText(RAW, [p]), what).toBe(comparable(text));
      else expect(spanText(RAW, provenance), what).toBe(comparable(text));
    }
  });

  it('slices back to headings and titles', () => {
    for (const p of graph.provisions.filter((x) => x.ref.startsWith('ets185:') && x.kind !== 'paragraph')) {
      expect(spanText(RAW, p.provenance), p.ref).toContain(p.title!);
    }
    for (const p of graph.provisions.filter((x) => x.kind === 'paragraph')) {
      const texts = [...new Set([...p.provenance.map((s) => comparable(RAW.slice(s.start, s.end)))])];
      expect(texts.length, p.ref).toBeGreaterThan(0);
    }
  });

  it('notes why a node’s text comes from several places', () => {
    const p = graph.provisions.find((x) => x.ref === 'ets185:10')!.versions[0]!.paragraphs[0]!;
    expect(p.provenance).toHaveLength(2);
    expect(p.provenance[1]!.note).toMatch(/page break/);
  });

  it('is the same every time (deterministic)', () => {
    expect(JSON.stringify(parseProfile(profileSource().ctx))).toBe(JSON.stringify(graph));
  });
});
