/**
 * A small XML tree and its serialiser. Written here rather than taken from a builder because the
 * Akoma Ntoso text is mixed content (`<p>text <b>marked</b> text</p>`): a pretty-printer that
 * indents every child (xmlbuilder2's does) would add whitespace to the law's text. Here an element
 * whose children are all elements is indented; one that holds any text is written inline, exactly.
 * Attributes keep the order they are given in, so the same tree is always the same bytes.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string | null | undefined>;
  children: XmlNode[];
  /** Mixed content (text with inline markup): written inline even when every child is an element. */
  mixed?: boolean;
}
export type XmlNode = XmlElement | string;

/** An element; attributes whose value is null or undefined are left out. */
export function el(name: string, attrs: XmlElement['attrs'] = {}, children: readonly (XmlNode | null | undefined | false)[] = []): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlNode => c !== null && c !== undefined && c !== false) };
}

/** An element of mixed content (`<p>`, `<num>`, `<b>`): its children are written exactly, unindented. */
export function inlineEl(name: string, attrs: XmlElement['attrs'], children: readonly XmlNode[]): XmlElement {
  return { name, attrs, children: [...children], mixed: true };
}

/** The document: declaration, root, final newline. */
export function serialize(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, '')}\n`;
}

function element(node: XmlElement, indent: string): string {
  const open = `<${node.name}${attributes(node.attrs)}`;
  if (node.children.length === 0) return `${open}/>`;
  if (!node.mixed && node.children.every((c) => typeof c !== 'string')) {
    const inner = indent + '  ';
    const body = node.children.map((c) => `\n${inner}${element(c as XmlElement, inner)}`).join('');
    return `${open}>${body}\n${indent}</${node.name}>`;
  }
  return `${open}>${node.children.map(inline).join('')}</${node.name}>`;
}

function inline(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  const open = `<${node.name}${attributes(node.attrs)}`;
  return node.children.length === 0 ? `${open}/>` : `${open}>${node.children.map(inline).join('')}</${node.name}>`;
}

function attributes(attrs: XmlElement['attrs']): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF;
 * unpaired surrogates): no escape exists for them, so text holding one is an error, not dropped.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkChars(value: string): void {
  const bad = NOT_XML.exec(value);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`Akoma Ntoso: U+${code} at offset ${bad.index} of ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)} cannot be written in XML 1.0`);
  }
}

/** A CR is escaped as well: a parser would read a literal one as a line feed. */
export function escapeText(value: string): string {
  checkChars(value);
  return value.replace(/[&<>\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** Quotes, and tab, LF and CR too: a parser would otherwise normalise them to spaces. */
export function escapeAttribute(value: string): string {
  checkChars(value);
  return value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
