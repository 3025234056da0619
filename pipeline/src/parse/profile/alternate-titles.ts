/** Names the answers give a provision besides its title, one entry per name with every place it is given. */
import type { AlternateName, Provenance } from '@cyberlex/schema';
import type { Piece } from './pieces.js';

export function alternateTitles(names: readonly { text: string; pieces: Piece[] }[], title: string | null, provenance: (pieces: Piece[]) => Provenance[]): AlternateName[] {
  const out: AlternateName[] = [];
  for (const n of names) {
    if (n.text === title) continue;
    const known = out.find((a) => a.name === n.text);
    if (known) known.provenance.push(...provenance(n.pieces));
    else out.push({ name: n.text, provenance: provenance(n.pieces) });
  }
  return out;
}
