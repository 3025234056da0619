/**
 * Link stage: the graphs of all sources → one graph, one node per real entity (the rules
 * in entities/rules.ts), with the conflicts found on the way.
 */
import type { Graph } from '../model/graph.js';
import { linkEntities, type SourceText } from './entities/index.js';

export type { SourceText } from './entities/index.js';

export function link(graphs: readonly Graph[], texts: readonly SourceText[] = []): Graph {
  return linkEntities(graphs, texts).graph;
}
