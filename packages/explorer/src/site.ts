/** What every page builder is handed: the data, the merged graph, and where each node lives. */
import { createLocator, type Locator } from './locate.js';
import type { SiteData } from './load.js';
import { mergeDatasets, type Graph } from './model.js';

export interface Site {
  data: SiteData;
  g: Graph;
  loc: Locator;
  sourceTitle(id: string): string;
}

export function createSite(data: SiteData): Site {
  const g = mergeDatasets(data.packages.map((p) => p.dataset));
  const loc = createLocator(g);
  return { data, g, loc, sourceTitle: (id) => data.sources.get(id)?.source.title ?? id };
}

/** A written file of the site: a path relative to its root and the bytes to write. */
export interface SiteFile {
  path: string;
  content: string;
}
