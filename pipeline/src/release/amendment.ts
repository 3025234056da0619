/**
 * One amendment in words a lawyer reads: the instrument, article and paragraph, the act that
 * made it, when it took effect, and the words it changed, e.g.
 * "Criminal Code Art. 199(3) amended by Official Gazette … 72/2009, in force 11 September 2009:
 * 'of three months to five' → 'of six months to five'".
 */
import type { Change, Dataset, Instrument, Provision, Version } from '@cyberlex/schema';
import { actCitation, articleLabel, instrumentName, instrumentOfRef, longDate, type Names } from './names.js';
import { diffParagraphs, type ParagraphDiff } from './provision-diff.js';
import { formatQuote, quoteChanges } from './quote.js';

/** A changes.json entry before a release gives it a package version. */
export type ChangeLine = Omit<Change, 'packageVersion'>;

const MAX_QUOTES = 3;

export function dateClause(date: string | null): string {
  return date ? `, in force ${longDate(date)}` : ', date of entry into force not given by the sources';
}

/** The words a paragraph change quotes: "'x' → 'y'", "added '…'", "deleted '…'". */
export function paragraphQuote(d: ParagraphDiff): string {
  const quotes = quoteChanges(d.ops).map(formatQuote);
  const more = quotes.length > MAX_QUOTES ? `; and ${quotes.length - MAX_QUOTES} more changes` : '';
  return quotes.slice(0, MAX_QUOTES).join('; ') + more;
}

/** The changed paragraphs of an article as one target ("Art. 199(3)") and the quotes that follow it. */
export function changedParagraphs(articleRef: string, diffs: readonly ParagraphDiff[]): { target: string; refs: string[]; detail: string } {
  const changed = diffs.filter((d) => d.kind !== 'unchanged');
  const paragraphRef = (d: ParagraphDiff) => (d.number === null ? articleRef : `${articleRef}/${d.number}`);
  if (changed.length === 1) {
    const only = changed[0]!;
    return { target: articleLabel(paragraphRef(only)), refs: [paragraphRef(only)], detail: paragraphQuote(only) };
  }
  return {
    target: articleLabel(articleRef),
    refs: changed.map(paragraphRef),
    detail: changed.map((d) => `${d.number === null ? '' : `(${d.number}) `}${paragraphQuote(d)}`).join('; '),
  };
}

/** Version `index` (0-based) of an article, described against the version before it. */
export function describeAmendment(data: Dataset, names: Names, article: Provision, index: number): ChangeLine {
  const version = article.versions[index]!;
  const previous = index > 0 ? article.versions[index - 1]! : null;
  const acts = version.amendedBy.map((iri) => names.instrument(iri)).filter((a): a is Instrument => a !== undefined);
  const date = version.versionDate ?? (acts.length === 1 ? acts[0]!.firstDateEntryInForce : null);
  const instrument = instrumentOfRef(data, article.ref);
  const by = acts.length > 0 ? ` by ${acts.map(actCitation).join(' and ')}` : ' (the sources do not name the amending act)';
  const head = (target: string, verb: string) => `${instrument ? `${instrumentName(instrument)} ` : ''}${target} ${verb}${by}${dateClause(date)}`;
  const line = (target: string, verb: string, detail: string | null, refs: string[]): ChangeLine => ({
    date,
    refs,
    acts: acts.map((a) => a.ref),
    bump: 'minor',
    summary: `${head(target, verb)}${detail ? `: ${detail}` : '.'}`,
  });

  if (version.status === 'deleted' && previous?.status !== 'deleted') return line(articleLabel(article.ref), 'deleted', null, [article.ref]);
  // A first version made by an act is an article the act inserted (like 185b, new in 2009).
  if (!previous) return line(articleLabel(article.ref), 'inserted', null, [article.ref]);
  const diffs = diffParagraphs(textOf(previous), textOf(version));
  if (diffs.every((d) => d.kind === 'unchanged')) return line(articleLabel(article.ref), 'amended', 'text unchanged', [article.ref]);
  const { target, refs, detail } = changedParagraphs(article.ref, diffs);
  return line(target, 'amended', detail, refs);
}

function textOf(v: Version): { number: string | null; text: string }[] {
  return v.paragraphs.map((p) => ({ number: p.number, text: p.text }));
}

/** An amending act as such, for acts whose amended text the data does not hold (or not yet attributed). */
export function describeAct(data: Dataset, names: Names, act: Instrument, note: string): ChangeLine {
  const amended = act.amends.map((iri) => names.instrument(iri)).filter((i): i is Instrument => i !== undefined && data.instruments.some((d) => d['@id'] === i['@id']));
  const who = amended.length > 0 ? amended.map(instrumentName).join(' and ') : 'Amending act';
  const dated = act.entryIntoForce.filter((e) => e.date !== null && e.appliesTo.length > 0 && !e.appliesTo.includes(act['@id']));
  const partly = dated.map((e) => `; ${articleRange(e.appliesTo.map(names.ref))} of the act in force ${longDate(e.date!)}`).join('');
  const title = act.publishedIn.length > 0 && act.title !== actCitation(act) ? ` (${act.title})` : '';
  return {
    date: act.firstDateEntryInForce,
    refs: [],
    acts: [act.ref],
    bump: 'minor',
    summary: `${who} amended by ${actCitation(act)}${title}${dateClause(act.firstDateEntryInForce)}${partly}${note ? ` (${note})` : ''}.`,
  };
}

/** "Art. 3–9" for consecutive articles, else the labels joined. Refs or, for articles no source prints, IRIs (…/art_3). */
function articleRange(refsOrIris: readonly string[]): string {
  const numbers = refsOrIris.map((r) => /(?::|\/art_)([0-9]+[a-z]*)$/.exec(r)?.[1] ?? null);
  if (numbers.some((n) => n === null)) return refsOrIris.join(', ');
  const values = numbers.map(Number);
  const consecutive = values.length > 2 && values.every((n, i) => !Number.isNaN(n) && (i === 0 || n === values[i - 1]! + 1));
  return consecutive ? `Art. ${numbers[0]}–${numbers.at(-1)}` : numbers.map((n) => `Art. ${n}`).join(', ');
}
