/** `cyberlex list [prefix] [--json]`: the refs the installed packages answer for. */
import { Library, instrumentOf } from '../data/library.js';
import type { Action } from '../program.js';
import { CliError, UsageError } from '../run.js';
import { colours, quote } from '../terminal.js';

const list: Action = async ([prefix = ''], options, ctx) => {
  if (prefix.length > 200 || /\s/.test(prefix)) throw new UsageError(`${quote(prefix)} is not a ref prefix (e.g. rs-cc: or ets185:chapter-II)`, 'list');
  const library = new Library();
  const instrument = prefix.includes(':') ? instrumentOf(prefix) : null;
  // a prefix that names an instrument must find its package: say which to install when it is not there
  const holders = instrument !== null ? library.packagesFor(prefix) : library.packages.filter((p) => p.instruments.length > 0);
  const rows: { ref: string; kind: string; title: string | null; package: string }[] = [];
  for (const info of holders) {
    const module = await library.load(info);
    for (const p of module.provisions()) if (p.ref.startsWith(prefix)) rows.push({ ref: p.ref, kind: p.kind, title: p.title ?? null, package: info.name });
  }
  if (rows.length === 0) throw new CliError(prefix ? `no ref starts with ${quote(prefix)}` : 'no cyberlex data package with provisions is installed (npm install @cyberlex/rs-criminal-code, for one)');
  if (options.json) {
    ctx.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  const c = colours();
  const refWidth = Math.min(40, Math.max(...rows.map((r) => r.ref.length)));
  for (const r of rows) ctx.out(`${r.ref.padEnd(refWidth)}  ${c.dim(r.kind.padEnd(9))}  ${r.title ?? ''}`.trimEnd());
  return 0;
};

export default list;
