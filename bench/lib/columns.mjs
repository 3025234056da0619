/**
 * Scoring a two-column extraction against the cells a PDF was drawn from: a cell counts
 * when its text (whitespace collapsed) comes out whole — one contiguous run — in the text
 * the tool gives for the right column, in reading order. The same test for every tool, so
 * a layout-only extractor (pdftotext -layout) and a table segmenter compare fairly.
 */

export function normalize(text) {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * @param {string[][]} truth rows of [left, right] cell texts, as drawn
 * @param {[string, string]} columns the text each tool gives for the left and right column, in reading order
 * @returns {{ cells: number, whole: number, share: number, missed: { row: number, column: number, text: string }[] }}
 */
export function scoreColumns(truth, columns) {
  const streams = columns.map(normalize);
  const cursor = [0, 0];
  let cells = 0;
  let whole = 0;
  const missed = [];
  truth.forEach((row, r) => {
    row.forEach((cell, c) => {
      const text = normalize(cell);
      if (text === '') return;
      cells++;
      const at = streams[c].indexOf(text, cursor[c]);
      if (at === -1) {
        missed.push({ row: r, column: c, text: text.slice(0, 80) });
        return;
      }
      whole++;
      cursor[c] = at + text.length;
    });
  });
  return { cells, whole, share: cells === 0 ? 0 : whole / cells, missed };
}

/**
 * `pdftotext -layout` output split into its two columns: the right column starts at the
 * character position where, most often, text resumes after a run of spaces.
 * @returns {[string, string]}
 */
export function layoutColumns(layout) {
  const lines = layout.split('\n');
  const starts = new Map();
  for (const line of lines) {
    for (const m of line.matchAll(/ {2,}(?=\S)/g)) {
      const at = m.index + m[0].length;
      if (at >= 10) starts.set(at, (starts.get(at) ?? 0) + 1);
    }
  }
  const boundary = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? Infinity;
  const left = [];
  const right = [];
  for (const line of lines) {
    left.push(line.slice(0, boundary));
    right.push(line.slice(boundary));
  }
  return [left.join('\n'), right.join('\n')];
}

/** Segmented rows ([left, right] texts) as two column texts. */
export function rowColumns(rows) {
  return [rows.map((r) => r[0]).join('\n'), rows.map((r) => r[1]).join('\n')];
}

/** Positioned lines split at an x boundary, for an extractor without a table segmenter. */
export function lineColumns(lines, boundary) {
  return [lines.filter((l) => l.x < boundary).map((l) => l.text).join('\n'), lines.filter((l) => l.x >= boundary).map((l) => l.text).join('\n')];
}

/** Cells of the extraction equal to the drawn cells, row by row in order (the stricter test, for a segmenter). */
export function exactCells(truth, rows) {
  const wanted = truth.flatMap((row, r) => row.map((cell, c) => ({ r, c, text: normalize(cell) }))).filter((x) => x.text !== '');
  const got = [new Set(), new Set()];
  for (const row of rows) row.forEach((cell, c) => got[c].add(normalize(cell)));
  const equal = wanted.filter((w) => got[w.c].has(w.text)).length;
  return { cells: wanted.length, equal, share: wanted.length === 0 ? 0 : equal / wanted.length };
}
