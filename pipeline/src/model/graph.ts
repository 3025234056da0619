/** The plain data that flows from parse to link to emit: nodes of the model, not yet split into packages. */
import type { Applies, Conflict, Fact, Instrument, Mapping, Provision, Statement } from '@cyberlex/schema';

export interface Graph {
  instruments: Instrument[];
  provisions: Provision[];
  statements: Statement[];
  mappings: Mapping[];
  applications: Applies[];
  facts: Fact[];
  conflicts: Conflict[];
}

export function emptyGraph(): Graph {
  return { instruments: [], provisions: [], statements: [], mappings: [], applications: [], facts: [], conflicts: [] };
}
