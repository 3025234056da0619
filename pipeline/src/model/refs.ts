/**
 * Refs are how people and the CLI name things: `<instrument>:<article>[/<paragraph>]`
 * (`rs-cc:199/3`, `ets185:16/2`, `rs-cc:185b`) and structural units (`ets185:chapter-II/section-1`).
 */
export interface ProvisionRefParts {
  instrument: string;
  /** Article number with its letters, or null for a structural ref. */
  article: string | null;
  paragraph: string | null;
  /** Structural path, e.g. ["chapter-II", "section-1"]; empty for articles. */
  structure: string[];
}

/**
 * A jurisdiction as the manifest and national refs spell it: an ISO 3166-1 alpha-2 code in
 * lower case ("rs"), with a suffix for a test jurisdiction ("xs-001"). A pattern to embed.
 */
export const JURISDICTION_ID = '[a-z]{2}(?:-[a-z0-9]+)?';

const INSTRUMENT = /^[a-z][a-z0-9-]*[a-z0-9]$/;
const NUMBER = /^[0-9]+[a-z]*$/;
const UNIT = /^(?:chapter|section|title|heading)-[A-Za-z0-9]+$/;

export function parseRef(ref: string): ProvisionRefParts | null {
  const colon = ref.indexOf(':');
  if (colon === -1) return INSTRUMENT.test(ref) ? { instrument: ref, article: null, paragraph: null, structure: [] } : null;
  const instrument = ref.slice(0, colon);
  if (!INSTRUMENT.test(instrument)) return null;
  const parts = ref.slice(colon + 1).split('/');
  if (parts.every((p) => UNIT.test(p))) return { instrument, article: null, paragraph: null, structure: parts };
  const [article, paragraph, ...rest] = parts;
  if (rest.length > 0 || article === undefined || !NUMBER.test(article)) return null;
  if (paragraph !== undefined && !NUMBER.test(paragraph)) return null;
  return { instrument, article, paragraph: paragraph ?? null, structure: [] };
}

export function articleRef(instrument: string, article: string): string {
  return `${instrument}:${article}`;
}

export function paragraphRef(instrument: string, article: string, paragraph: string): string {
  return `${instrument}:${article}/${paragraph}`;
}
