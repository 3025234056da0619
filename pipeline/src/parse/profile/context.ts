/**
 * What the profile parser's modules share: provenance for pieces (with the segmenter's row
 * notes for the lines a node's text comes from) and errors that point at a piece.
 */
import type { Provenance } from '@cyberlex/schema';
import { LineIndex } from '../../segment/table/block.js';
import type { Span, Table } from '../../segment/types.js';
import type { ParseContext } from '../context.js';
import { ProfileInstruments } from './instruments.js';
import { type Piece, pieceText, spansOf } from './pieces.js';

export interface ProfileContext {
  parse: ParseContext;
  /** The Convention and the national instruments of the profile's jurisdiction (the manifest's; "rs" if it gives none). */
  instruments: ProfileInstruments;
  /** Provenance of a run of pieces; each span's note names the layout decisions taken on its line. */
  provenance(pieces: readonly Piece[], note?: string): Provenance[];
  provenanceOfSpans(spans: readonly Span[], note?: string): Provenance[];
  /** Stop at a piece: the source is not what the profile grammar expects. */
  fail(at: Piece, expected: string): never;
}

/** "line N: …" concerns the whole line; "line N, column C: …" the block that starts there. */
const NOTE_PLACE = /^line (\d+)(?:, column (\d+))?: /;

export function profileContext(parse: ParseContext, table: Table): ProfileContext {
  const lines = new LineIndex(parse.doc.text);
  const notesByLine = new Map<number, { column: number | null; note: string }[]>();
  for (const row of table.rows) {
    for (const note of row.notes) {
      const place = NOTE_PLACE.exec(note);
      if (!place) continue;
      const line = Number(place[1]);
      const list = notesByLine.get(line) ?? [];
      list.push({ column: place[2] === undefined ? null : Number(place[2]), note });
      notesByLine.set(line, list);
    }
  }
  /** The note of a span starting at `offset`: its line's layout decisions, then `extra`. */
  const noteAt = (offset: number, extra: string | undefined): string | undefined => {
    const { line, column } = lines.at(offset);
    const onLine = notesByLine.get(line);
    if (!onLine) return extra || undefined;
    const notes = onLine.filter((n) => n.column === null || n.column === column).map((n) => n.note);
    if (extra) notes.push(extra);
    return notes.length > 0 ? notes.join('; ') : undefined;
  };
  /** Each span gets the notes of its own line (or of the block it starts): the layout decisions that put that text there. */
  const provenanceOfSpans = (spans: readonly Span[], extra?: string): Provenance[] => {
    if (spans.length === 1) return parse.provenance(spans, noteAt(spans[0]!.start, extra));
    const out: Provenance[] = [];
    for (const span of spans) out.push(...parse.provenance([span], noteAt(span.start, extra)));
    return out;
  };
  return {
    parse,
    instruments: new ProfileInstruments(parse.entry.jurisdiction ?? 'rs'),
    provenanceOfSpans,
    provenance: (pieces, note) => provenanceOfSpans(spansOf(pieces), note),
    fail(at, expected) {
      const spans = spansOf([at]);
      return parse.fail(spans[0]?.start ?? at.block.spans[0]?.start ?? 0, expected, pieceText(at));
    },
  };
}
