/**
 * The query commands as a user runs them (`cyberlex show …` in a new process, output to a pipe),
 * against a bare `node` process that imports the data package the command answers from and
 * makes the same lookup. Runs of the two alternate, command by command. Target: ≤ 2×.
 */
import { join } from 'node:path';
import { failure, timeNode } from '../lib/spawn.mjs';
import { ratio, summarize } from '../lib/stats.mjs';

const S = 'cli';
const TARGET = 2;

/** Each query command, and the bare import-and-look-up that gives the same answer. */
const CASES = [
  { args: ['show', 'rs-cc:199/3', '--at', '2009-01-01'], packages: ['@cyberlex/rs-criminal-code'], lookup: "m0.at('rs-cc:199/3', '2009-01-01')" },
  { args: ['history', 'rs-cc:199'], packages: ['@cyberlex/rs-criminal-code'], lookup: "m0.versions('rs-cc:199').length && m0.statements('rs-cc:199')" },
  { args: ['diff', 'rs-cc:199/3'], packages: ['@cyberlex/rs-criminal-code'], lookup: "m0.versions('rs-cc:199').length" },
  { args: ['list', 'rs-cc:'], packages: ['@cyberlex/rs-criminal-code'], lookup: "m0.provisions().filter((p) => p.ref.startsWith('rs-cc:')).length" },
  { args: ['search', 'computer', '--in', 'rs-cc:'], packages: ['@cyberlex/rs-criminal-code'], lookup: "m0.provisions().some((p) => p.versions.some((v) => v.paragraphs.some((x) => x.text.includes('computer'))))" },
  { args: ['mapping', 'ets185:2'], packages: ['@cyberlex/rs-budapest-implementation'], lookup: "m0.mapping('ets185:2')" },
  { args: ['mapping', '--of', 'rs-cc:302'], packages: ['@cyberlex/rs-criminal-code', '@cyberlex/rs-budapest-implementation'], lookup: "m0.provision('rs-cc:302') && m1.mappings().length" },
];

function bareScript(c) {
  const imports = c.packages.map((name, i) => `const m${i} = await import(${JSON.stringify(name)});`).join(' ');
  return `${imports} if (!(${c.lookup})) process.exit(3);`;
}

export async function benchCli(ctx) {
  const { repo, scratch, runs, report } = ctx;
  const cli = join(repo, 'packages', 'cli', 'bin', 'cyberlex.js');
  const opts = { cwd: repo, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, scratch };
  const times = new Map(CASES.map((c) => [c, { cli: [], bare: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const c of CASES) {
      const t = times.get(c);
      if (!t) continue;
      const b = await timeNode(['--input-type=module', '-e', bareScript(c)], opts);
      const r = await timeNode([cli, ...c.args], opts);
      if (b.code !== 0 || r.code !== 0) {
        times.delete(c);
        report.skip(S, `cyberlex ${c.args.join(' ')}`, b.code === 3 ? `${c.lookup} finds nothing` : failure(r.code !== 0 ? r : b));
        continue;
      }
      t.bare.push(b.ms);
      t.cli.push(r.ms);
    }
  }
  for (const [c, t] of times) {
    const name = `cyberlex ${c.args.join(' ')}`;
    const q = ratio(t.cli, t.bare);
    report.figure(S, name, { stats: summarize(t.cli), unit: 'ms' });
    report.figure(S, `${name}: bare node importing ${c.packages.join(' + ')}`, { stats: summarize(t.bare), unit: 'ms' });
    report.figure(S, `${name} / bare node`, { stats: q, unit: '×', target: `≤ ${TARGET}×`, ok: q ? q.median <= TARGET : null });
  }
}
