/**
 * A minimal PDF writer: enough to produce real, valid PDF 1.4 files that use the
 * standard Type 1 fonts (Helvetica family) with WinAnsiEncoding.
 *
 * Why hand-written: the fixtures must be reproducible from the raw sources with
 * nothing but Node, and commit-ready: the same input gives the same bytes (no
 * /CreationDate, no /ID, no compression whose output could change with the zlib
 * version). Content streams stay uncompressed, so a fixture's diff is readable.
 */

/** The fonts a document can use, by resource name. Oblique shares Helvetica's widths. */
export const FONTS = {
  F1: 'Helvetica',
  F2: 'Helvetica-Bold',
  F3: 'Helvetica-Oblique',
  F4: 'Helvetica-BoldOblique',
};

/** The resource name of a style. */
export function fontFor({ bold = false, italic = false } = {}) {
  if (bold) return italic ? 'F4' : 'F2';
  return italic ? 'F3' : 'F1';
}

// WinAnsiEncoding: 0x20–0x7E and 0xA0–0xFF are Latin-1; 0x80–0x9F hold these characters.
const WIN_ANSI_HIGH = new Map(
  [
    [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
    [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
    [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
    [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
    [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
  ],
);

/** The WinAnsi code of a character; throws for a character the encoding cannot show. */
export function winAnsiCode(char) {
  const cp = char.codePointAt(0);
  if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) return cp;
  const high = WIN_ANSI_HIGH.get(cp);
  if (high !== undefined) return high;
  throw new Error(`character U+${cp.toString(16).toUpperCase().padStart(4, '0')} (${JSON.stringify(char)}) is not in WinAnsiEncoding`);
}

/** A PDF literal string for `text`, WinAnsi-encoded; bytes above 0x7E written as octal escapes so the file stays ASCII. */
export function pdfString(text) {
  let out = '(';
  for (const char of text) {
    const code = winAnsiCode(char);
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}

// Advance widths (1/1000 em) from the Adobe AFM files of the standard fonts, codes 0x20–0x7E.
const HELVETICA_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const HELVETICA_BOLD_ASCII = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
// The non-ASCII characters the sources use (quotes, en dash); anything else in 0x80–0xFF
// gets a wide default, which only makes the wrapping a little more cautious.
const HIGH_WIDTHS = { regular: { 0x92: 222, 0x93: 333, 0x94: 333, 0x96: 556 }, bold: { 0x92: 278, 0x93: 500, 0x94: 500, 0x96: 556 } };

/** Width of `text` in points at `size` in the given style. */
export function textWidth(text, size, { bold = false } = {}) {
  const ascii = bold ? HELVETICA_BOLD_ASCII : HELVETICA_ASCII;
  const high = bold ? HIGH_WIDTHS.bold : HIGH_WIDTHS.regular;
  let units = 0;
  for (const char of text) {
    const code = winAnsiCode(char);
    units += code <= 0x7e ? ascii[code - 0x20] : (high[code] ?? 1000);
  }
  return (units * size) / 1000;
}

/**
 * Serialise a document. `pages`: [{ width, height, content, filter? }] where `content` is
 * the page's content stream: operators as an ASCII string, or encoded bytes (a Uint8Array,
 * with `filter` naming the encoding, e.g. "/FlateDecode"). The rest is for the tests'
 * hostile files: `extraCatalog` adds raw entries to the catalog (e.g. an /OpenAction),
 * `extraTrailer` to the trailer (e.g. /Encrypt), and `extraObjects` are appended as raw
 * object bodies, numbered after the document's own objects (see `objectCount`).
 */
export function writePdf({ pages, extraCatalog = '', extraTrailer = '', extraObjects = [] }) {
  const objects = [];
  const add = (body) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(null);
  const pageTree = add(null);
  const fontRefs = Object.entries(FONTS).map(
    ([name, base]) => `/${name} ${add(`<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`)} 0 R`,
  );
  const resources = add(`<< /Font << ${fontRefs.join(' ')} >> >>`);
  const kids = pages.map((page) => {
    const content = add(stream(page.content, page.filter ? `/Filter ${page.filter}` : ''));
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Resources ${resources} 0 R /Contents ${content} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R${extraCatalog ? ` ${extraCatalog}` : ''} >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  for (const body of extraObjects) add(body);

  // Bytes: the header's second line marks the file as binary for transfer tools (PDF 32000 7.5.2).
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${extraTrailer ? ` ${extraTrailer}` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * A stream object body. Text content must be ASCII (escape text with pdfString), so its
 * length in bytes is its length in characters; encoded bytes are carried as Latin-1.
 */
export function stream(content, dict = '') {
  if (typeof content === 'string' && !/^[\x00-\x7f]*$/.test(content)) throw new Error('content streams must be ASCII (escape text with pdfString)');
  const body = typeof content === 'string' ? content : Buffer.from(content).toString('latin1');
  return `<< /Length ${body.length}${dict ? ` ${dict}` : ''} >>\nstream\n${body}\nendstream`;
}

/** How many objects writePdf makes for `pageCount` pages (catalog, page tree, 4 fonts, resources, 2 a page): extra objects follow. */
export function objectCount(pageCount) {
  return 7 + 2 * pageCount;
}

/** A number as PDF writes it: at most two decimals, no trailing zeros (stable across runs). */
export function num(n) {
  const fixed = n.toFixed(2);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
