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

/** The byte offset where UTF-8 decoding first fails (lead byte, then continuation bytes). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const trailing = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (trailing < 0) return i;
    for (let k = 1; k <= trailing; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += trailing + 1;
  }
  return bytes.length;
}
