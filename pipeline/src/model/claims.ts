/**
 * The fields of a node that are no claim a source makes about it — identity, attribution, and
 * lists that cite their own spans. Every other scalar field is a claim, and a node drawn from
 * several sources says, in `evidence`, which source made each (linking adds it; validate checks it).
 */
export const NOT_CLAIMS: ReadonlySet<string> = new Set(['@id', '@type', 'kind', 'name', 'title', 'source', 'sourceDate', 'provenance', 'evidence', 'alternateNames']);
