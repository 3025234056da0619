/** Reading Akoma Ntoso documents back with a DOM parser, independent of the code that writes them. */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dataset } from '@cyberlex/schema';

export const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const LEGISLATION = ['rs-criminal-code', 'rs-criminal-procedure-code', 'rs-cybercrime-authorities-law', 'budapest-convention'];

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A package's data as the last build wrote it. */
export function packageData(dir: string): Dataset {
  return Dataset.parse(JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'data.jsonld'), 'utf8')));
}

export function parse(xml: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'application/xml');
  if (errors.length > 0) throw new Error(`not well-formed: ${errors.join('; ')}`);
  return doc.documentElement!;
}

export function children(node: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (name === undefined || (c as Element).localName === name)) out.push(c as Element);
  return out;
}

export function descendants(node: Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(AKN, name));
}

export function text(node: Element): string {
  return node.textContent ?? '';
}

/** A paragraph as text: the `<num>` of every point and every `<p>`, in document order, joined by a space. */
export function paragraphText(paragraph: Element): string {
  const parts: string[] = [];
  const walk = (n: Element, top: boolean) => {
    for (const c of children(n)) {
      if (c.localName === 'num') {
        if (!top) parts.push(text(c));
      } else if (c.localName === 'p') parts.push(text(c));
      else walk(c, false);
    }
  };
  walk(paragraph, true);
  return parts.join(' ');
}

/** The FRBRdate values of an FRBR level, by name. */
export function frbrDates(root: Element, level: 'FRBRWork' | 'FRBRExpression' | 'FRBRManifestation'): Record<string, string> {
  const [node] = descendants(root, level);
  return Object.fromEntries(children(node!, 'FRBRdate').map((d) => [d.getAttribute('name')!, d.getAttribute('date')!]));
}
