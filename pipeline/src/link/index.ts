/**
 * Link stage: the graphs of all sources → one graph, one node per real entity,
 * with the conflicts found on the way.
 */
import type { Conflict } from '@cyberlex/schema';
import type { Graph } from '../model/graph.js';
import { mergeById } from './merge.js';

export function link(graphs: readonly Graph[]): Graph {
  const all = <K extends keyof Graph>(key: K): Graph[K] => graphs.flatMap((g) => g[key] as unknown[]) as Graph[K];
  const conflicts: Conflict[] = [...all('conflicts')];
  const merged = <T extends { '@id': string }>(nodes: T[]): T[] => {
    const result = mergeById(nodes as never[]);
    conflicts.push(...result.conflicts);
    return result.nodes as T[];
  };
  return {
    instruments: merged(all('instruments')),
    provisions: merged(all('provisions')),
    statements: merged(all('statements')),
    mappings: merged(all('mappings')),
    applications: merged(all('applications')),
    facts: merged(all('facts')),
    conflicts: mergeById(conflicts as never[]).nodes as Conflict[],
  };
}
