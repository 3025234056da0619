/**
 * A Convention article from the left cell: "Article N – Title", then its body. The PDF
 * conversion sometimes ran the title into the body ("Article 2 – Illegal access Each Party
 * shall …"); the body then starts where treaty language starts ("[1] Each Party …",
 * "A Party …", "The Parties …"), or after the colon that ends a title ("… “traffic data”:
 * For the purposes …"). The Convention's own date is not in the profile: its single
 * version is undated.
 */
import type { Conflict, Item, Provision } from '@cyberlex/schema';
import { nodeIri, provisionIri } from '../../model/iri.js';
import { type ParagraphInput, provisionNode, versionNode } from '../../model/nodes.js';
import type { Block } from '../../segment/types.js';
import type { ProfileContext } from './context.js';
import { cut, type Piece, piece, pieceText, textOf, marksOf } from './pieces.js';
import { type ItemDraft, type ParagraphDraft, paragraphsOf } from './subdivisions.js';

export interface ConventionArticle {
  ref: string;
  number: string;
  title: string;
  heading: Piece;
  provision: Provision;
  paragraphs: Provision[];
  conflicts: Conflict[];
}

const HEADING = /^Article (\d{1,3}) [–-] /;
const TREATY_OPENER = /^(?:\d{1,2} )?(?:[a-z] )?(?:Each|A|The|Any) (?:Party|Parties|State)\b/;

/** Where a heading block's title ends and its body begins. */
export function splitHeading(text: string): { number: string; titleStart: number; titleEnd: number; bodyStart: number | null } | null {
  const m = HEADING.exec(text);
  if (!m) return null;
  const titleStart = m[0].length;
  for (let i = titleStart; i < text.length; i++) {
    if (text[i - 1] === ' ' && i > titleStart && TREATY_OPENER.test(text.slice(i, i + 40))) return { number: m[1]!, titleStart, titleEnd: i - 1, bodyStart: i };
  }
  const colon = text.indexOf(': ', titleStart);
  if (colon !== -1 && /[A-Z]/.test(text[colon + 2] ?? '')) return { number: m[1]!, titleStart, titleEnd: colon, bodyStart: colon + 2 };
  return { number: m[1]!, titleStart, titleEnd: text.length, bodyStart: null };
}

export function conventionArticle(
  instrument: string,
  heading: Block,
  left: readonly Block[],
  isPartOf: string,
  pc: ProfileContext,
): ConventionArticle {
  const split = splitHeading(heading.text);
  const whole = piece(heading)!;
  if (!split) pc.fail(whole, 'a Convention article heading "Article N – Title"');
  const title = piece(heading, split.titleStart, split.titleEnd);
  if (!title) pc.fail(whole, 'the title of the article after "Article N –"');
  const ref = `${instrument}:${split.number}`;
  const body: Piece[] = [];
  if (split.bodyStart !== null) body.push(...(piece(heading, split.bodyStart) ? [piece(heading, split.bodyStart)!] : []));
  for (const block of left.slice(1)) body.push(piece(block)!);
  if (body.length === 0) pc.fail(whole, `the text of Article ${split.number}`);

  const { paragraphs, renumbered } = paragraphsOf(body, pc);
  const inputs: ParagraphInput[] = paragraphs.map((p) => ({
    number: p.number,
    text: textOf(p.pieces),
    marks: marksOf(p.pieces),
    items: p.items.map((item) => itemNode(item, p, pc)),
    provenance: pc.provenance(p.pieces),
  }));
  const articleIri = provisionIri(ref);
  const paragraphProvisions = paragraphs
    .filter((p): p is ParagraphDraft & { number: string } => p.number !== null)
    .map((p) =>
      provisionNode({
        ref: `${ref}/${p.number}`,
        kind: 'paragraph',
        number: p.number,
        title: null,
        isPartOf: articleIri,
        provenance: pc.provenance(p.label ? [p.label, ...p.pieces] : p.pieces),
      }),
    );
  const provenance = pc.provenance([whole, ...body.filter((b) => b.block !== heading)]);
  const provision = provisionNode({
    ref,
    kind: 'article',
    number: split.number,
    title: pieceText(title),
    isPartOf,
    hasPart: paragraphProvisions.map((p) => p['@id']),
    versions: [versionNode(ref, { versionDate: null, validUntil: null, status: 'in-force', amendedBy: [], provenance, paragraphs: inputs })],
    provenance,
  });
  const conflicts = renumbered.map((r): Conflict => ({
    '@id': nodeIri('conflict', `${pc.parse.entry.id}/${ref.replace(':', '-')}-${r.paragraph.number}-number`),
    '@type': ['cyberlex:Conflict'],
    subject: provisionIri(`${ref}/${r.paragraph.number}`),
    property: 'number',
    description: `Article ${split.number}: a paragraph printed as "${r.printed}" follows paragraph ${r.previous.number}; it is numbered by its place (${r.paragraph.number}), and the printed number is kept here.`,
    claims: [
      { value: r.printed, source: pc.parse.entry.id, provenance: pc.provenance([r.paragraph.label!], 'the number as printed') },
      { value: r.paragraph.number!, source: pc.parse.entry.id, provenance: pc.provenance([r.previous.label!], `the paragraph before it, numbered ${r.previous.number}`) },
    ],
  }));
  return { ref, number: split.number, title: pieceText(title), heading: whole, provision, paragraphs: paragraphProvisions, conflicts };
}

function itemNode(item: ItemDraft, paragraph: ParagraphDraft, pc: ProfileContext): Item {
  const pieces = cut(paragraph.pieces, item.textStart, item.end);
  const text = textOf(pieces);
  if (text === '') pc.fail(paragraph.pieces[0]!, `the text of sub-paragraph ${item.number}`);
  return { number: item.number, text, items: item.children.map((c) => itemNode(c, paragraph, pc)), provenance: pc.provenance(pieces) };
}
