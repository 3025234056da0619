/**
 * The data packages as a consumer meets them: each one's packed size (`npm pack --dry-run
 * --json`), and the time for a fresh `node` process to import it and look up one provision
 * (or, in a package without provisions, one mapping or fact), against a baseline process
 * that reads the same data (data.json), JSON.parse-s it and finds the same node. Runs of the
 * two alternate, package by package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { failure, timeNode, timeProcess } from '../lib/spawn.mjs';
import { ratio, round, summarize } from '../lib/stats.mjs';

const S = 'packages';
const TARGET = 1.5;

export async function benchPackages(ctx) {
  const { repo, scratch, runs, report } = ctx;
  const specs = await dataPackages(repo);
  if (specs.length === 0) return report.skip(S, 'data packages', 'no packages/*/data.json: run `npm run build` first');

  for (const spec of specs) {
    const dir = join(repo, 'packages', spec.dir);
    const packed = await timeProcess('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir });
    try {
      const [info] = JSON.parse(packed.stdout);
      report.figure(S, `${spec.name}: packed size`, { value: round(info.size / 1024), unit: `kB (${round(info.unpackedSize / 1024)} kB unpacked, ${info.entryCount} files)` });
    } catch {
      report.skip(S, `${spec.name}: packed size`, `npm pack --dry-run --json fails: ${failure(packed)}`);
    }
  }

  const lookups = specs.map((spec) => ({ spec, ...lookupOf(spec, JSON.parse(readFileSync(join(repo, 'packages', spec.dir, 'data.json'), 'utf8'))) }));
  const times = new Map(lookups.map((l) => [l.spec.name, { imported: [], baseline: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const l of lookups) {
      const file = join(repo, 'packages', l.spec.dir, 'data.json');
      const b = await timeNode(['--input-type=module', '-e', baselineScript(file, l)], { cwd: repo, scratch });
      const r = await timeNode(['--input-type=module', '-e', importScript(l.spec.name, l)], { cwd: repo, scratch });
      if (b.code !== 0 || r.code !== 0) {
        if (times.delete(l.spec.name)) report.skip(S, `${l.spec.name}: import and look up`, r.code === 3 || b.code === 3 ? `${l.call} finds nothing` : failure(r.code !== 0 ? r : b));
        continue;
      }
      times.get(l.spec.name)?.baseline.push(b.ms);
      times.get(l.spec.name)?.imported.push(r.ms);
    }
  }
  for (const l of lookups) {
    const t = times.get(l.spec.name);
    if (!t || t.imported.length === 0) continue;
    const q = ratio(t.imported, t.baseline);
    report.figure(S, `${l.spec.name}: import + ${l.call ?? 'nothing (empty dataset)'}`, { stats: summarize(t.imported), unit: 'ms' });
    report.figure(S, `${l.spec.name}: baseline read + JSON.parse${l.call ? ' + find' : ''}`, { stats: summarize(t.baseline), unit: 'ms' });
    report.figure(S, `${l.spec.name}: import / baseline`, { stats: q, unit: '×', target: `≤ ${TARGET}×`, ok: q ? q.median <= TARGET : null });
  }
}

/** The data packages the pipeline emits (its PACKAGES table), those built so far. */
async function dataPackages(repo) {
  const table = join(repo, 'pipeline', 'lib', 'emit', 'packages.js');
  const { PACKAGES } = existsSync(table) ? await import(pathToFileURL(table).href) : { PACKAGES: [] };
  return PACKAGES.filter((p) => existsSync(join(repo, 'packages', p.dir, 'data.json')));
}

/** What to look up in a dataset: its first article (or provision), else its first mapping, fact or instrument. */
export function lookupOf(spec, data) {
  const article = data.provisions.find((p) => p.kind === 'article') ?? data.provisions[0];
  if (article) return { call: `provision('${article.ref}')`, collection: 'provisions', key: 'ref', value: article.ref };
  if (data.mappings[0]) return { call: `mapping('${data.mappings[0].articleRef}')`, collection: 'mappings', key: 'articleRef', value: data.mappings[0].articleRef };
  if (data.facts[0]) return { call: `facts('${data.facts[0].kind}')[0]`, collection: 'facts', key: 'kind', value: data.facts[0].kind };
  if (data.instruments[0]) return { call: `instrument('${data.instruments[0].ref}')`, collection: 'instruments', key: 'ref', value: data.instruments[0].ref };
  return { call: null, collection: null, key: null, value: null }; // an empty dataset: import (and parse) only
}

/** Exit code 3 when the lookup finds nothing: a figure for a lookup that failed would be meaningless. */
function importScript(name, l) {
  const lookup = l.call ? `const hit = m.${l.call}; if (!hit) process.exit(3);` : '';
  return `const m = await import(${JSON.stringify(name)}); ${lookup}`;
}

function baselineScript(file, l) {
  const lookup = l.call ? `const hit = d.${l.collection}.find((n) => n.${l.key} === ${JSON.stringify(l.value)}); if (!hit) process.exit(3);` : '';
  return `import { readFileSync } from 'node:fs'; const d = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')); ${lookup}`;
}
