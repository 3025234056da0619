/**
 * What a mutation did to a source's graph: every node (an object with an `@id`) of the original
 * graph is found again unchanged, changed, or lost; a change or a loss is explained when the
 * node's provenance touches the range the mutation changed. Provenance itself is left out of
 * the comparison: a mutation before a node moves its span, not its meaning.
 */

/**
 * Every node with its JSON (nested nodes as their ids) and the spans of the source it and the
 * nodes inside it come from: a provision changes when one of its paragraphs does.
 * @returns {Map<string, { json: string, spans: [number, number][] }>}
 */
export function graphNodes(graph, source) {
  const out = new Map();
  const spansIn = (value, acc = []) => {
    if (Array.isArray(value)) value.forEach((v) => spansIn(v, acc));
    else if (value !== null && typeof value === 'object') {
      if (Array.isArray(value.provenance)) for (const p of value.provenance) if (p.source === source && p.page === undefined) acc.push([p.start, p.end]);
      for (const [k, v] of Object.entries(value)) if (k !== 'provenance') spansIn(v, acc);
    }
    return acc;
  };
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    if (typeof value['@id'] === 'string') {
      const spans = spansIn(value);
      // nested nodes stand as their ids: each is compared on its own, with its own provenance
      const json = JSON.stringify(value, (k, v) => (k === 'provenance' ? undefined : k !== '' && v && typeof v === 'object' && typeof v['@id'] === 'string' ? v['@id'] : v));
      // what it says, without what names it: a node renumbered (para_3 now holding what para_2 held) says the same
      const sig = JSON.stringify(value, (k, v) => (k === 'provenance' || k === '@id' || k === 'ref' || k === 'number' ? undefined : k !== '' && v && typeof v === 'object' && typeof v['@id'] === 'string' ? 0 : typeof v === 'string' && /^(?:https?:|[a-z0-9-]+:\S)/.test(v) ? 0 : v));
      out.set(value['@id'], { json, spans, sig });
    }
    for (const [k, v] of Object.entries(value)) if (k !== 'provenance') visit(v);
  };
  visit(graph);
  return out;
}

/**
 * @param {Map<string, { json: string, spans: [number, number][] }>} before
 * @param {Map<string, { json: string, spans: [number, number][] }>} after
 * @param {[number, number] | null} range
 */
export function compareGraphs(before, after, range) {
  // touching: overlapping the range, or next to it across the blank line between two paragraphs
  const touches = (node) => range !== null && node.spans.some(([s, e]) => s <= range[1] + 3 && e >= range[0] - 3);
  // a line inserted or removed renumbers what follows it: a node now saying what another said before has shifted, not changed
  // (or what it said is still said, by the node after it)
  const said = new Set([...before.values()].map((n) => n.sig));
  const saysNow = new Set([...after.values()].map((n) => n.sig));
  const shifted = (node, now) => range !== null && ((now !== undefined && said.has(now.sig)) || saysNow.has(node.sig));
  let lost = 0;
  let changed = 0;
  const moved = [];
  for (const [id, node] of before) {
    const now = after.get(id);
    if (now && now.json === node.json) continue;
    if (now) changed++;
    else lost++;
    moved.push(id);
  }
  // explained: touching the range, shifted, new, or — to a fixpoint — naming a node that is (a chapter
  // listing the article that went, a mapping citing the paragraph that changed)
  const explained = new Set([...after.keys()].filter((id) => !before.has(id)));
  for (const id of moved) if (touches(before.get(id)) || shifted(before.get(id), after.get(id))) explained.add(id);
  const names = (id) => new Set([...`${before.get(id)?.json ?? ''}${after.get(id)?.json ?? ''}`.matchAll(/"(https?:[^"]+)"/g)].map((m) => m[1]).filter((n) => n !== id));
  for (let grew = range !== null; grew; ) {
    grew = false;
    for (const id of moved) {
      if (explained.has(id) || ![...names(id)].some((n) => explained.has(n))) continue;
      explained.add(id);
      grew = true;
    }
  }
  const unexplainedIds = moved.filter((id) => !explained.has(id));
  const unexplained = unexplainedIds.length;
  const examples = unexplainedIds.slice(0, 3).map((id) => `${after.has(id) ? 'changed' : 'lost'} ${id}`);
  const added = [...after.keys()].filter((id) => !before.has(id)).length;
  return { lost, changed, added, unexplained, examples };
}
