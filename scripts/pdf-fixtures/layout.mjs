/**
 * Page layout for the fixtures: wrap styled paragraphs into lines, flow them down one
 * column or down the two columns of a table, break pages, and draw each page's text.
 * Geometry is in PDF points with the origin at the bottom left, as PDF has it.
 */
import { fontFor, num, pdfString, textWidth } from './pdf-writer.mjs';

/** A4 portrait. */
export const A4 = { width: 595.28, height: 841.89 };

/**
 * Split a block `{ text, marks }` into lines no wider than `width`: greedy, breaking at
 * spaces only (so joining the lines with spaces gives the text back). A word wider
 * than the column is an error rather than a silent change of the text.
 */
export function wrap(block, width, size) {
  const style = styleAt(block);
  const words = [];
  for (let start = 0; start < block.text.length; ) {
    let end = block.text.indexOf(' ', start);
    if (end === -1) end = block.text.length;
    words.push({ start, end, width: runsWidth(runs(block.text, style, start, end), size) });
    start = end + 1;
  }
  const space = textWidth(' ', size);
  const lines = [];
  let first = null;
  let last = null;
  let used = 0;
  for (const word of words) {
    if (word.width > width) throw new Error(`word too wide for its column: ${JSON.stringify(block.text.slice(word.start, word.end))}`);
    if (first !== null && used + space + word.width > width) {
      lines.push(runs(block.text, style, first.start, last.end));
      first = null;
    }
    used = first === null ? word.width : used + space + word.width;
    first ??= word;
    last = word;
  }
  if (first !== null) lines.push(runs(block.text, style, first.start, last.end));
  return lines;
}

/** For each character of a block, its style from the block's marks. */
function styleAt(block) {
  const style = Array.from({ length: block.text.length }, () => ({ bold: false, italic: false }));
  for (const mark of block.marks) {
    for (let i = mark.start; i < mark.end; i++) {
      if (mark.kind === 'strong') style[i] = { ...style[i], bold: true };
      else style[i] = { ...style[i], italic: true };
    }
  }
  return style;
}

/** The text `[start, end)` as runs of one style each. */
function runs(text, style, start, end) {
  const out = [];
  for (let i = start; i < end; i++) {
    const prev = out[out.length - 1];
    const s = style[i];
    if (prev && prev.bold === s.bold && prev.italic === s.italic) prev.text += text[i];
    else out.push({ text: text[i], bold: s.bold, italic: s.italic });
  }
  return out;
}

function runsWidth(line, size) {
  return line.reduce((w, run) => w + textWidth(run.text, size, run), 0);
}

/**
 * A growing document: pages of drawn lines. `column` flows (see flowColumn) keep their own
 * page and baseline, so the two cells of a table row can break onto the next page apart.
 */
export class Document {
  constructor({ page = A4, top, bottom, size, leading }) {
    Object.assign(this, { page, top, bottom, size, leading });
    /** @type {{ ops: string[], font: string }[]} */
    this.pages = [];
  }

  pageAt(index) {
    while (this.pages.length <= index) this.pages.push({ ops: [], font: '' });
    return this.pages[index];
  }

  draw(pageIndex, x, y, line, size = this.size) {
    const page = this.pageAt(pageIndex);
    page.ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
    for (const run of line) {
      // The font is text state: set it only when it changes (smaller files).
      const font = `/${fontFor(run)} ${num(size)} Tf`;
      if (font !== page.font) page.ops.push(font);
      page.font = font;
      page.ops.push(`${pdfString(run.text)} Tj`);
    }
  }

  /**
   * Flow blocks down a column of width `width` at `x`, starting at `cursor` ({ page,
   * baseline }); a paragraph gap of `paragraphGap` points is added between blocks.
   * Returns where the last line went, or null when there was nothing to draw.
   */
  flowColumn(blocks, x, width, cursor, paragraphGap) {
    let { page, baseline } = cursor;
    let last = null;
    blocks.forEach((block, i) => {
      if (i > 0) baseline -= paragraphGap;
      for (const line of wrap(block, width, this.size)) {
        if (baseline < this.bottom) {
          page += 1;
          baseline = this.top;
        }
        this.draw(page, x, baseline, line);
        last = { page, baseline };
        baseline -= this.leading;
      }
    });
    return last;
  }

  /** The finished pages, each with a running header and a footer drawn by `decorate(pageNumber)`. */
  finish(decorate) {
    return this.pages.map((page, i) => {
      const extra = decorate(i + 1);
      for (const { x, y, text, size } of extra) this.draw(i, x, y, [{ text, bold: false, italic: false }], size);
      return { width: this.page.width, height: this.page.height, content: `BT\n${page.ops.join('\n')}\nET` };
    });
  }
}

/** x at which `text` is centred on the page. */
export function centred(text, size, page = A4) {
  return (page.width - textWidth(text, size)) / 2;
}
