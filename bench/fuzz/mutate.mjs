/**
 * The fuzz harness's mutations of a source text: what a bad download, a careless copy or a
 * publisher's re-save does to a file. Each returns the new bytes and the range of the original
 * text it touched ([start, end) in characters; null when it touches the whole text), which is
 * what a change in the data may be explained by.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same mutations. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

/** Text a mutation inserts: structure a parser keys on, markup, prose, and characters that are not text. */
const SNIPPETS = ['\n', '\n\nArticle 99\n\n', 'Article 7', '<p>', '</p>', '\t', 'lorem ipsum ', '(Official Gazette No 1/2020)', '\u00a0', '\u200b', '\ufeff', '* ', '- 1) ', ':', '"', '2017-02-30', '11/9/2009', 'é', '\r', '\f'];
const PREFIXES = ['Draft\n\n', '\ufeff', '\n\n\n', '<html>\n', '# cyberlex\n', '% comment\n', ' '];

/** Line starts of a text, for line-wise mutations. */
function lines(text) {
  const out = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl + 1;
    if (end > start) out.push([start, end]);
    if (nl === -1) return out;
    start = end;
  }
}

/** @type {Record<string, (text: string, bytes: Buffer, r: ReturnType<typeof random>) => { bytes: Buffer, range: [number, number] | null }>} */
export const MUTATIONS = {
  truncate(text, _bytes, r) {
    const cut = r.int(text.length);
    return { bytes: Buffer.from(text.slice(0, cut)), range: [cut, text.length] };
  },
  'delete-line'(text, _bytes, r) {
    const [start, end] = r.pick(lines(text));
    return { bytes: Buffer.from(text.slice(0, start) + text.slice(end)), range: [start, end] };
  },
  'duplicate-line'(text, _bytes, r) {
    const [start, end] = r.pick(lines(text));
    const line = text.slice(start, end);
    return { bytes: Buffer.from(text.slice(0, end) + (line.endsWith('\n') ? line : `\n${line}`) + text.slice(end)), range: [start, end] };
  },
  crlf(text) {
    return { bytes: Buffer.from(text.replace(/\r?\n/g, '\r\n')), range: null };
  },
  nbsp(text, _bytes, r) {
    const spaces = [];
    for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) spaces.push(i);
    const at = r.pick(spaces);
    return { bytes: Buffer.from(`${text.slice(0, at)}\u00a0${text.slice(at + 1)}`), range: [at, at + 1] };
  },
  'byte-flip'(text, bytes, r) {
    const at = r.int(bytes.length);
    const out = Buffer.from(bytes);
    out[at] ^= 1 << r.int(8);
    const char = bytes.subarray(0, at).toString('utf8').length;
    return { bytes: out, range: [Math.max(0, char - 1), char + 2] };
  },
  insert(text, _bytes, r) {
    const at = r.int(text.length + 1);
    return { bytes: Buffer.from(text.slice(0, at) + r.pick(SNIPPETS) + text.slice(at)), range: [at, at] };
  },
  prefix(text, _bytes, r) {
    return { bytes: Buffer.from(r.pick(PREFIXES) + text), range: [0, 0] };
  },
};

export const TEXT_MUTATIONS = Object.keys(MUTATIONS);
