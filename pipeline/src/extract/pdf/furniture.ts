/**
 * Page furniture: running headers, running footers and page numbers, which belong to
 * the printed page and not to the document's text. Found by how they behave, not by
 * what they say:
 *
 * - a running line sits at the same height near the top or bottom edge of most pages
 *   with the same text, except for numbers that are the same on every page or that
 *   follow the page number ("… page 3", "3 of 12"), and other text hardly ever sits at
 *   that height;
 * - a lone page number ("7", "- 7 -", "Page 7", "vii") is the outermost line in the
 *   top or bottom margin of its page.
 */
import type { PageLine } from './lines.js';

/** How far from the top or bottom edge (fraction of the page height) furniture may sit. */
const MARGIN_ZONE = 0.15;
/** How many lines at each edge of a page are candidates. */
const EDGE_LINES = 3;
/** Lines of one running header differ in height by less than this (points). */
const SAME_HEIGHT = 2;

const PAGE_NUMBER = /^(?:page\s+)?[-\u2013\u2014]?\s*(?:\d{1,5}|[ivxlcdm]{1,8})\s*[-\u2013\u2014]?(?:\s*(?:\/|of)\s*\d{1,5})?$/i;
const NUMBER = /\d+/g;

export interface PageOfLines {
  number: number;
  height: number;
  lines: PageLine[];
}

/** The pages with their furniture lines removed (lines keep their order). */
export function removeFurniture<P extends PageOfLines>(pages: P[]): P[] {
  const furniture = new Set<PageLine>();
  for (const line of runningLines(pages)) furniture.add(line);
  for (const page of pages) for (const line of lonePageNumbers(page)) furniture.add(line);
  return pages.map((page) => ({ ...page, lines: page.lines.filter((line) => !furniture.has(line)) }));
}

/** The lines near the top or bottom edge of a page, outermost first. */
function edgeLines(page: PageOfLines): PageLine[] {
  const byHeight = [...page.lines].sort((a, b) => a.y - b.y);
  const top = byHeight.slice(0, EDGE_LINES).filter((l) => l.y <= page.height * MARGIN_ZONE);
  const bottom = byHeight.slice(-EDGE_LINES).reverse().filter((l) => l.y >= page.height * (1 - MARGIN_ZONE));
  return [...top, ...bottom];
}

interface Occurrence {
  page: number;
  line: PageLine;
  numbers: number[];
}

function runningLines(pages: PageOfLines[]): PageLine[] {
  const withText = pages.filter((p) => p.lines.length > 0).length;
  const needed = Math.max(2, Math.ceil(withText / 2));
  // Lines of the same shape (numbers aside) at the same height, one per page.
  const groups: Occurrence[][] = [];
  const byShape = new Map<string, Occurrence[][]>();
  for (const page of pages) {
    for (const line of edgeLines(page)) {
      const shape = line.text.replace(NUMBER, '#').toLowerCase();
      const numbers = (line.text.match(NUMBER) ?? []).map(Number);
      const sameShape = byShape.get(shape) ?? [];
      byShape.set(shape, sameShape);
      let group = sameShape.find((g) => Math.abs(g[0]!.line.y - line.y) <= SAME_HEIGHT);
      if (!group) {
        group = [];
        sameShape.push(group);
        groups.push(group);
      }
      if (!group.some((o) => o.page === page.number)) group.push({ page: page.number, line, numbers });
    }
  }
  return groups
    .filter((group) => group.length >= needed && numbersRun(group) && ownsItsHeight(group, pages))
    .flatMap((group) => group.map((o) => o.line));
}

/**
 * Furniture sits apart from the text: hardly any page has other text at its height. A
 * sentence the body repeats, which happens to open two pages at the top of the text
 * block, fails this: other pages have their first line of text there.
 */
function ownsItsHeight(group: Occurrence[], pages: PageOfLines[]): boolean {
  const y = group[0]!.line.y;
  const mine = new Set(group.map((o) => o.line));
  const others = pages.filter((page) => page.lines.some((l) => !mine.has(l) && Math.abs(l.y - y) <= SAME_HEIGHT)).length;
  return others * 2 < group.length;
}

/** Each number in the line is the same on every page, or is the page number plus a constant. */
function numbersRun(group: Occurrence[]): boolean {
  const first = group[0]!;
  return first.numbers.every((n, i) => {
    const fixed = group.every((o) => o.numbers[i] === n);
    const paged = group.every((o) => o.numbers[i] !== undefined && o.numbers[i]! - o.page === n - first.page);
    return fixed || paged;
  });
}

function lonePageNumbers(page: PageOfLines): PageLine[] {
  const byHeight = [...page.lines].sort((a, b) => a.y - b.y);
  const outermost = [byHeight[0], byHeight[byHeight.length - 1]];
  return outermost.filter(
    (line): line is PageLine =>
      line !== undefined &&
      PAGE_NUMBER.test(line.text) &&
      (line.y <= page.height * MARGIN_ZONE || line.y >= page.height * (1 - MARGIN_ZONE)),
  );
}
