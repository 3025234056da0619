/**
 * The one check that a node's text is what its provenance spans hold: both sides compared as
 * a reader sees them — markup removed (inline tags join words, block tags separate them),
 * character references decoded, emphasis asterisks dropped, any run of white space one space.
 */
import type { Provenance } from '@cyberlex/schema';

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** What a span's text and a node's text must agree on. */
export function comparable(s: string): string {
  return s
    .replace(/<\/?(?:i|b|em|strong|span|u)(?:\s[^>]*)?>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\*/g, '')
    .replace(/[\s\u00a0\u2009\u202f\ufeff]+/g, ' ')
    .trim();
}

/** The text a node's provenance spans point at, joined in order. */
export function spanText(text: string, provenance: readonly Provenance[]): string {
  return comparable(provenance.map((p) => text.slice(p.start, p.end)).join(' '));
}
