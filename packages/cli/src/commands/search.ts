/**
 * `cyberlex search <words…> [--at DATE] [--in PREFIX] [--json]`: provisions whose paragraph text or
 * title holds every word (a quoted phrase as a whole), case- and accent-insensitively, in any version (or the one in force on
 * a date). One result per paragraph, with the versions whose text matches.
 */
import { optionDate } from '../dates.js';
import { Library, instrumentOf } from '../data/library.js';
import type { Action } from '../program.js';
import { CliError, UsageError } from '../run.js';
import { colours, quote, wrap } from '../terminal.js';

/** Case- and accent-insensitive form: "Krivični" and "krivicni" match. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Hit {
  ref: string;
  title: string | null;
  /** versionDate of each matching version (null: undated). */
  versions: (string | null)[];
  text: string;
  package: string;
}

const search: Action = async (words, options, ctx) => {
  // each argument is matched as it is: a quoted "six months" is a phrase
  const query = words.map((w) => w.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (query.length === 0) throw new UsageError('search needs at least one word', 'search');
  if (query.some((w) => w.length > 200)) throw new UsageError(`${quote(query.find((w) => w.length > 200)!)} is too long to be a word`, 'search');
  const date = optionDate('--at', options.at as string | undefined, 'search');
  const prefix = (options.in as string | undefined) ?? '';
  const needles = query.map(fold);
  const matches = (text: string) => {
    const folded = fold(text);
    return needles.every((n) => folded.includes(n));
  };
  const library = new Library();
  const holders = prefix.includes(':') && instrumentOf(prefix) ? library.packagesFor(prefix) : library.packages.filter((p) => p.instruments.length > 0);
  const hits: Hit[] = [];
  for (const info of holders) {
    const module = await library.load(info);
    for (const provision of module.provisions()) {
      if (!provision.ref.startsWith(prefix)) continue;
      if (provision.title && matches(provision.title)) hits.push({ ref: provision.ref, title: provision.title, versions: [], text: provision.title, package: info.name });
      const byRef = new Map<string, Hit>();
      // versions belong to articles (a paragraph's text is in its article's versions)
      if (provision.versions.length === 0) continue;
      // on a date, the version the accessor says was in force then
      const inForce = date === undefined ? null : module.at(provision.ref, date)?.version;
      const versions = date === undefined ? provision.versions : inForce ? [inForce] : [];
      for (const version of versions) {
        for (const p of version.paragraphs) {
          if (!matches(p.text)) continue;
          const ref = p.number === null ? provision.ref : `${provision.ref}/${p.number}`;
          const hit = byRef.get(ref);
          if (hit) {
            hit.versions.push(version.versionDate);
            hit.text = p.text;
          } else byRef.set(ref, { ref, title: provision.title ?? null, versions: [version.versionDate], text: p.text, package: info.name });
        }
      }
      hits.push(...byRef.values());
    }
  }
  if (hits.length === 0) throw new CliError(`nothing holds ${query.map((w) => quote(w)).join(' and ')}${prefix ? ` under ${quote(prefix)}` : ''}${date ? ` on ${date}` : ''}`);
  if (options.json) {
    ctx.out(JSON.stringify(hits, null, 2));
    return 0;
  }
  const c = colours();
  for (const hit of hits) {
    const when = hit.versions.length === 0 ? 'title' : hit.versions.map((v) => v ?? 'undated').join(', ');
    ctx.out(`${c.bold(hit.ref)}${hit.title ? ` – ${hit.title}` : ''} ${c.dim(`(${when})`)}`);
    if (hit.versions.length > 0) ctx.out(wrap(highlight(hit.text, needles, c), { indent: '  ' }).replace(/^/, '  '));
  }
  return 0;
};

/** The words found, in bold (folding keeps the text's length only for plain text, so match on the folded copy when it does). */
function highlight(text: string, needles: string[], c: ReturnType<typeof colours>): string {
  if (!c.isColorSupported) return text;
  const folded = fold(text);
  if (folded.length !== text.length) return text;
  const marks = new Array<boolean>(text.length).fill(false);
  for (const n of needles) for (let i = folded.indexOf(n); i !== -1; i = folded.indexOf(n, i + n.length)) marks.fill(true, i, i + n.length);
  let out = '';
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    out += marks[i] ? c.bold(c.yellow(text.slice(i, j))) : text.slice(i, j);
    i = j;
  }
  return out;
}

export default search;
