/**
 * The legal history a package's data holds, as `changes.json` entries: one per amending
 * act, naming the provisions it changed, the date it took effect and the words it changed.
 */
import type { Change, Dataset } from '@cyberlex/schema';

export function legalHistory(data: Dataset): Change[] {
  const changes: Change[] = [];
  for (const act of data.instruments.filter((i) => i.kind === 'amending-act')) {
    const refs = data.provisions
      .filter((p) => p.versions.some((v) => v.amendedBy.includes(act['@id'])))
      .map((p) => p.ref);
    const amended = data.instruments.filter((i) => act.amends.includes(i['@id']) && data.instruments.includes(i)).map((i) => i.title);
    const where = act.publishedIn[0] ?? act.title;
    const date = act.firstDateEntryInForce;
    changes.push({
      packageVersion: null,
      date,
      refs,
      acts: [act.ref],
      bump: 'minor',
      summary: `${amended.join(', ') || 'Amended'}${refs.length > 0 ? ` ${refs.map(shortRef).join(', ')}` : ''} amended by ${where}${date ? `, in force ${longDate(date)}` : ', date of entry into force not given by the sources'}.`,
    });
  }
  return changes.sort((a, b) => (a.date ?? '9999') < (b.date ?? '9999') ? -1 : 1);
}

function shortRef(ref: string): string {
  const [, rest] = ref.split(':');
  const [article, paragraph] = (rest ?? ref).split('/');
  return paragraph ? `Art. ${article}(${paragraph})` : `Art. ${article}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
