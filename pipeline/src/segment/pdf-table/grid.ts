/**
 * A ruled table's grid, read from the ruling lines its pages draw (ExtractedPage.rules):
 * the vertical rule between the two columns, the horizontal rules between rows, and how
 * far down the page the table reaches. Producers draw borders in pieces (a rectangle per
 * cell side, a segment per grid line), so rules are first merged: vertical pieces at one
 * x into walls, horizontal pieces at one y into cuts.
 *
 * The rule between the columns is a wall with text on both sides and none across it.
 * A page of a ruled table whose text has no such wall (only one cell goes on there) uses
 * the wall at the x the other pages found. More than one such x on a page (three
 * columns) is an error naming the page and the x positions: this segmenter reads two.
 */
import { SourceError } from '../../errors.js';
import type { ExtractedPage } from '../../extract/types.js';
import type { Placed } from './geometry.js';

type Rule = NonNullable<ExtractedPage['rules']>[number];

/** Pieces of one rule lie this close across (points). */
const SAME_LINE = 1.5;
/** Pieces of one rule are this close along it (points): a gap wider than this is a gap in the rule. */
const JOIN = 2;

/** A merged rule: `at` across it, `from`–`to` along it. */
export interface Stroke {
  at: number;
  from: number;
  to: number;
}

/** What a page of a ruled table shows. */
export interface PageGrid {
  /** x of the rule between the columns. */
  boundary: number;
  /** The table's extent down the page: the rule between the columns runs from `top` to `bottom`. */
  top: number;
  bottom: number;
  /** y of the rules that run across both columns (between rows, and the table's top and foot), top to bottom. */
  cuts: number[];
}

/** Merge rule pieces: group by position across (within SAME_LINE), then join extents along. */
export function strokes(rules: Rule[], vertical: boolean): Stroke[] {
  const pieces = rules
    .filter((r) => (r.y1 - r.y0 > r.x1 - r.x0) === vertical)
    .map((r) => (vertical ? { at: (r.x0 + r.x1) / 2, from: r.y0, to: r.y1 } : { at: (r.y0 + r.y1) / 2, from: r.x0, to: r.x1 }))
    .sort((a, b) => a.at - b.at || a.from - b.from);
  const groups: Stroke[][] = [];
  for (const piece of pieces) {
    const group = groups[groups.length - 1];
    if (group && piece.at - group[0]!.at <= SAME_LINE) group.push(piece);
    else groups.push([piece]);
  }
  const out: Stroke[] = [];
  for (const group of groups) {
    const at = group.reduce((sum, p) => sum + p.at, 0) / group.length;
    const along = [...group].sort((a, b) => a.from - b.from);
    let current: Stroke | undefined;
    for (const piece of along) {
      if (current && piece.from <= current.to + JOIN) current.to = Math.max(current.to, piece.to);
      else out.push((current = { at, from: piece.from, to: piece.to }));
    }
  }
  return out;
}

/** Whether a line's baseline lies along a vertical stroke. */
const alongside = (p: Placed, wall: Stroke) => p.line.y >= wall.from - JOIN && p.line.y <= wall.to + JOIN;

/** Walls with text left and right of them and no text across them. */
function innerWalls(lines: Placed[], walls: Stroke[]): Stroke[] {
  return walls.filter((wall) => {
    const beside = lines.filter((p) => alongside(p, wall));
    const left = beside.some((p) => p.line.x + p.line.width <= wall.at + 1);
    const right = beside.some((p) => p.line.x >= wall.at - 1);
    const across = beside.some((p) => p.line.x < wall.at - 1 && p.line.x + p.line.width > wall.at + 1);
    return left && right && !across;
  });
}

/** x positions closer than this (points) are the same column rule on different pages. */
const SAME_X = 2;

/**
 * The grid of each page, or null when the document draws no rule between two columns of
 * text (a table set without rules: the caller reads it from the text alone).
 */
export function ruledGrids(source: string, pages: Placed[][]): PageGrid[] | null {
  const walls = pages.map((lines) => strokes(lines[0]?.page.rules ?? [], true));
  const inner = pages.map((lines, i) => innerWalls(lines, walls[i]!));
  if (inner.every((w) => w.length === 0)) return null;
  const known: number[] = [];
  inner.forEach((found, i) => {
    const xs = distinct(found.map((w) => w.at));
    if (xs.length > 1) {
      throw new SourceError(
        source,
        { page: pages[i]![0]!.page.number },
        'a two-column table (one vertical rule between two columns of text)',
        `rules between columns of text at x = ${xs.map((x) => x.toFixed(1)).join(', ')}`,
      );
    }
    known.push(...xs);
  });
  return pages.map((lines, i) => {
    const number = lines[0]?.page.number ?? i + 1;
    let wall: Stroke | undefined = longest(inner[i]!);
    wall ??= longest(walls[i]!.filter((w) => known.some((x) => Math.abs(x - w.at) <= SAME_X) && lines.some((p) => alongside(p, w))));
    if (!wall) {
      throw new SourceError(
        source,
        { page: number },
        'a page of the ruled table (a vertical rule between its two columns)',
        lines.length === 0 ? 'no text' : `no such rule beside the text "${lines[0]!.line.text}"`,
      );
    }
    const boundary = wall.at;
    const cuts = strokes(lines[0]?.page.rules ?? [], false)
      .filter((s) => s.from < boundary - 1 && s.to > boundary + 1 && s.at >= wall.from - JOIN && s.at <= wall.to + JOIN)
      .map((s) => s.at)
      .sort((a, b) => a - b);
    return { boundary, top: wall.from, bottom: wall.to, cuts };
  });
}

/**
 * The grid of a table ruled only between its rows (no vertical rules; the columns come
 * from the whitespace between them, at `boundary`): the rules that run across the
 * boundary cut the rows, and reach from the first to the last of them. Null when no page
 * has two such rules (the table has no row rules either).
 */
export function rowRuledGrids(pages: Placed[][], boundary: number): PageGrid[] | null {
  const cutsOf = pages.map((lines) =>
    strokes(lines[0]?.page.rules ?? [], false)
      .filter((s) => s.from < boundary - 1 && s.to > boundary + 1)
      .map((s) => s.at)
      .sort((a, b) => a - b),
  );
  if (!cutsOf.some((cuts) => cuts.length >= 2)) return null;
  return cutsOf.map((cuts) =>
    cuts.length === 0 ? { boundary, top: -Infinity, bottom: Infinity, cuts } : { boundary, top: cuts[0]!, bottom: cuts[cuts.length - 1]!, cuts },
  );
}

function distinct(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) if (out.length === 0 || x - out[out.length - 1]! > SAME_X) out.push(x);
  return out;
}

/** The longest stroke (the one the table's rows hang on), if any. */
function longest(list: Stroke[]): Stroke | undefined {
  return list.reduce<Stroke | undefined>((best, s) => (!best || s.to - s.from > best.to - best.from ? s : best), undefined);
}
