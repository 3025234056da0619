/**
 * A national answer (the right cell of an article row), read as a state machine over its
 * blocks: the answer's own words (prose), then quoted articles ("excerpts"), each with its
 * paragraphs, amendment markers and the amended paragraphs that follow them.
 *
 * An article quoted right after an amendment's paragraphs, with no marker of its own, is an
 * article that amendment inserted ("Article 185 b" after the amended Article 185): its text
 * exists only from the amendment's date. An article that gets a marker of its own was
 * quoted in its earlier text (CPC Article 146 after the amended Article 85) — unless the
 * marker dates a later amendment: then the article was inserted and amended again.
 */
import type { Block } from '../../segment/types.js';
import { type Marker, parseMarker } from './amendment.js';
import { type CodeChapter, codeChapter, codeHeading, isGroupHeading, paragraphLabel, splitParagraphs } from './code-grammar.js';
import type { ProfileContext } from './context.js';
import { type Piece, pieceText, wholeBlock } from './pieces.js';

export type AmendmentMarker = Extract<Marker, { kind: 'amendment' }>;

export interface CodeParagraph {
  number: string | null;
  label: Piece | null;
  pieces: Piece[];
}

export interface Segment {
  /** The amendment whose text this is; null for the text as first quoted. */
  amendment: AmendmentMarker | null;
  paragraphs: CodeParagraph[];
}

export interface Excerpt {
  number: string;
  heading: Piece;
  title: Piece | null;
  chapter: CodeChapter | null;
  segments: Segment[];
  /** Every marker of the excerpt, in order (not-amended, references, remarks, openings). */
  markers: Marker[];
  /** The amendment that inserted the article, when it was quoted as part of that amendment. */
  insertedBy: AmendmentMarker | null;
}

export interface Answer {
  prose: Piece[];
  excerpts: Excerpt[];
  /** Markers outside any quoted article: they speak of the provisions the prose cites. */
  looseMarkers: Marker[];
  groupHeadings: Piece[];
}

export function readAnswer(blocks: readonly Block[], pc: ProfileContext): Answer {
  const answer: Answer = { prose: [], excerpts: [], looseMarkers: [], groupHeadings: [] };
  let excerpt: Excerpt | null = null;
  let segment: Segment | null = null;
  let chapter: CodeChapter | null = null;

  /** "amendment …" must be followed by the amended text before anything else comes. */
  const requireAmendedText = () => {
    if (segment?.amendment?.role === 'opens' && segment.paragraphs.length === 0) {
      pc.fail(segment.amendment.piece, `the amended paragraphs after "${segment.amendment.text}"`);
    }
  };
  const endExcerpt = () => {
    requireAmendedText();
    if (excerpt?.insertedBy) excerpt.segments[0]!.amendment = excerpt.insertedBy;
    excerpt = null;
    segment = null;
  };

  for (const unit of blocks.flatMap(units)) {
    const marker = parseMarker(unit, (expected) => pc.fail(unit, expected));
    if (marker) {
      requireAmendedText();
      const opens = marker.kind === 'amendment' && marker.role === 'opens';
      if (!excerpt) {
        if (opens) pc.fail(unit, 'a quoted article before the amendment marker');
        answer.looseMarkers.push(marker);
        continue;
      }
      const open: Excerpt = excerpt;
      if (!amendsInsertedText(marker, open.insertedBy)) open.insertedBy = null;
      open.markers.push(marker);
      // "amendment" opens amended text; "amendment like above" refers back to one, and may go on to its text.
      if (marker.kind === 'amendment' && marker.role !== 'remark') {
        segment = { amendment: marker, paragraphs: [] };
        open.segments.push(segment);
      } else endExcerpt();
      continue;
    }
    const heading = codeHeading(unit);
    if (heading) {
      // Right after an amendment's paragraphs, an article may be one the amendment inserted (until it shows a marker of its own).
      const inserting: AmendmentMarker | null = segment?.amendment && segment.paragraphs.length > 0 ? segment.amendment : null;
      endExcerpt();
      segment = { amendment: null, paragraphs: [] };
      excerpt = { number: heading.number, heading: heading.heading, title: heading.title, chapter, segments: [segment], markers: [], insertedBy: inserting };
      answer.excerpts.push(excerpt);
      continue;
    }
    const chapterHeading = codeChapter(unit);
    if (chapterHeading) {
      endExcerpt();
      chapter = chapterHeading;
      continue;
    }
    if (excerpt) {
      addText(unit);
      continue;
    }
    if (paragraphLabel(unit)) pc.fail(unit, 'a quoted article heading ("Article N - …" or "ARTICLE N") before a numbered paragraph');
    if (answer.excerpts.length > 0 && isGroupHeading(pieceText(unit))) answer.groupHeadings.push(unit);
    else answer.prose.push(unit);
  }
  endExcerpt();
  return answer;

  /** Text inside a quoted article: a numbered paragraph, an unnumbered one, the rest of one, or a group heading. */
  function addText(unit: Piece): void {
    const open = segment!;
    const numbered = paragraphLabel(unit);
    const last = open.paragraphs[open.paragraphs.length - 1];
    if (numbered) {
      open.paragraphs.push({ number: numbered.number, label: numbered.label, pieces: numbered.rest ? [numbered.rest] : [] });
    } else if (!last) {
      open.paragraphs.push({ number: null, label: null, pieces: [unit] });
    } else if (isGroupHeading(pieceText(unit))) {
      answer.groupHeadings.push(unit);
      endExcerpt();
      return;
    } else {
      last.pieces.push(unit);
    }
  }
}

/** A marker that dates an amendment other than the one that inserted the article speaks of the inserted text's later life. */
function amendsInsertedText(marker: Marker, insertedBy: AmendmentMarker | null): boolean {
  if (!insertedBy || marker.kind !== 'amendment' || marker.date === null || insertedBy.date === null) return false;
  return marker.date > insertedBy.date;
}

/** A block as the grammar's units: several numbered paragraphs in one block come apart. */
function units(block: Block): Piece[] {
  const whole = wholeBlock(block);
  const heading = codeHeading(whole);
  if (heading?.body) return [heading.heading, ...splitParagraphs(heading.body)];
  return heading ? [whole] : splitParagraphs(whole);
}
