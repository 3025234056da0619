/**
 * The page's outline: preamble (navigation), four sections each opened by a heading of the
 * table, then the footer. A state machine over the page's lines (each line a paragraph):
 *
 *   page     := preamble section{4, each heading once} footer?
 *   preamble := lines before the first heading that starts a line (the indented page title is one)
 *   footer   := from the first footer line on (not data)
 */
import type { Reader } from '../kit/fact.js';
import { paragraphs, textOf, type Segment } from '../kit/text.js';
import { BACK_LINK, headingNames, headingOf, isFooterLine, SECTION_HEADINGS, type SectionId } from './headings.js';

export interface Section {
  id: SectionId;
  heading: Segment;
  language: 'fr' | 'en';
  /** The words of the heading that name the convention (status section). */
  subject: Segment | null;
  body: Segment[];
}

export interface Outline {
  country: Segment | null;
  sections: Record<SectionId, Section>;
}

/** True when the line of `seg` starts at its line's first column (a page heading, not the indented title). */
function startsLine(r: Reader, seg: Segment): boolean {
  const at = r.lt.map[seg.from]!;
  return at === 0 || r.lt.raw[at - 1] === '\n';
}

export function outline(r: Reader): Outline {
  const paras = paragraphs(r.lt);
  const found = new Map<SectionId, Section>();
  let country: Segment | null = null;
  let current: Section | null = null;
  let end = r.lt.text.length;
  for (const para of paras) {
    const text = textOf(r.lt, para);
    const heading = headingOf(text);
    if (current === null && !(heading && startsLine(r, para))) {
      const back = BACK_LINK.exec(text);
      if (back && country === null) country = { from: para.from + text.length - back[1]!.length, to: para.to };
      continue;
    }
    if (heading) {
      if (found.has(heading.section)) r.fail(para.from, `one ${headingNames(heading.section)} section`, `a second heading "${text}"`);
      const subjectAt = heading.subject ? text.indexOf(heading.subject) : -1;
      current = {
        id: heading.section,
        heading: para,
        language: heading.language,
        subject: subjectAt === -1 ? null : { from: para.from + subjectAt, to: para.from + subjectAt + heading.subject!.length },
        body: [],
      };
      found.set(heading.section, current);
      continue;
    }
    if (isFooterLine(text)) {
      end = para.from;
      break;
    }
    current!.body.push(para);
  }
  for (const { section } of SECTION_HEADINGS) {
    if (!found.has(section)) r.fail(end, `a section headed ${headingNames(section)}`, end >= r.lt.text.length ? '(end of page)' : textOf(r.lt, { from: end, to: Math.min(end + 60, r.lt.text.length) }));
  }
  return { country, sections: Object.fromEntries(found) as Record<SectionId, Section> };
}
