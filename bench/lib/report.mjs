/**
 * Collecting figures and printing them: each figure a median with min and max (or a
 * single value), its unit, and the target it is held to, if any. Figures that could not
 * be measured are kept as "not measured: <why>" lines, never silently dropped.
 */
import { cpus, totalmem } from 'node:os';

export class Report {
  constructor() {
    /** @type {{ section: string, name: string, unit: string, stats: any, value: any, target: string|null, ok: boolean|null, note: string|null }[]} */
    this.figures = [];
    /** @type {{ section: string, name: string, reason: string }[]} */
    this.notMeasured = [];
    /** @type {Record<string, Record<string, unknown>>} extra detail per section (stage times, outcomes …) */
    this.details = {};
    /** @type {Record<string, string[]>} */
    this.notes = {};
  }

  /** @param {{ stats?: any, value?: any, unit?: string, target?: string, ok?: boolean|null, note?: string }} f */
  figure(section, name, f) {
    this.figures.push({ section, name, unit: f.unit ?? '', stats: f.stats ?? null, value: f.value ?? null, target: f.target ?? null, ok: f.ok ?? null, note: f.note ?? null });
  }

  skip(section, name, reason) {
    this.notMeasured.push({ section, name, reason });
  }

  detail(section, key, value) {
    (this.details[section] ??= {})[key] = value;
  }

  note(section, text) {
    (this.notes[section] ??= []).push(text);
  }

  toJSON(meta) {
    return { ...meta, figures: this.figures, notMeasured: this.notMeasured, notes: this.notes, details: this.details };
  }

  /** The table printed at the end of `npm run bench`. */
  print(meta, write = (s) => process.stdout.write(s)) {
    write(`\ncyberlex benchmarks — ${meta.machine.cores} cores (${meta.machine.cpu}), ${meta.machine.memoryGb} GB, Node ${meta.machine.node}, ${meta.machine.platform}\n`);
    write(`commit ${meta.git.commit ?? 'unknown'}${meta.git.dirty ? ' + uncommitted changes' : ''}, ${meta.runs} runs per figure (median [min … max])\n`);
    const rows = this.figures.map((f) => [f.section, f.name, formatValue(f), f.target ?? '', f.ok === null ? '' : f.ok ? 'ok' : 'MISSED']);
    const header = ['section', 'figure', 'median [min … max]', 'target', ''];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => `${r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()}\n`;
    write(`\n${line(header)}${line(widths.map((w) => '-'.repeat(w)))}`);
    for (const r of rows) write(line(r));
    if (this.notMeasured.length > 0) {
      write('\n');
      for (const n of this.notMeasured) write(`not measured: ${n.section} / ${n.name}: ${n.reason}\n`);
    }
    for (const [section, notes] of Object.entries(this.notes)) for (const n of notes) write(`note: ${section}: ${n}\n`);
  }
}

export function formatValue(f) {
  if (f.stats) {
    const { median, min, max, runs } = f.stats;
    return runs > 1 ? `${median} ${f.unit} [${min} … ${max}]` : `${median} ${f.unit}`;
  }
  return `${f.value} ${f.unit}`.trim();
}

export function machine() {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: (cpu[0]?.model ?? 'unknown').replace(/\s+/g, ' ').trim(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    platform: `${process.platform}-${process.arch}`,
  };
}
