/** Extracting a text source: strict UTF-8, the BOM kept out of the text but counted in offsets. */
import { SourceError, lineColumn } from '../errors.js';
import type { ExtractedSource } from './types.js';

export interface SourceMeta {
  source: string;
  file: string;
  sha256: string;
}

export function extractText(bytes: Uint8Array, meta: SourceMeta): ExtractedSource {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    throw new SourceError(meta.source, lineColumn(before, before.length), 'UTF-8 text', `an invalid byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at byte ${offset}`);
  }
  const bom = decoded.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { ...meta, mediaType: 'text/plain', text: decoded.slice(bom), textOffset: bom, pages: null };
}

/**
 * The byte offset where UTF-8 decoding first fails: a byte that cannot lead a sequence,
 * a missing continuation byte, or an overlong form, surrogate or code point above
 * U+10FFFF (the second byte's range depends on the lead byte, RFC 3629 section 4).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = sequenceShape(lead);
    if (!shape) return i;
    const [trailing, low, high] = shape;
    for (let k = 1; k <= trailing; k++) {
      const b = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (b === undefined || b < min || b > max) return i;
    }
    i += trailing + 1;
  }
  return bytes.length;
}

/** For a lead byte: how many continuation bytes follow, and the range allowed for the first of them. */
function sequenceShape(lead: number): [number, number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf];
  if (lead === 0xed) return [2, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f];
  return null;
}
