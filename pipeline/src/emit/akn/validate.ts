/**
 * Validation of Akoma Ntoso documents against the OASIS schema, with libxml2's XSD validator
 * compiled to WebAssembly (xmllint-wasm): no network, no native binary. The schema is the
 * project's shared copy, `<repository>/../shared/schemas/akoma-ntoso-3.0/` (akomantoso30.xsd and
 * the xml.xsd it imports by relative path).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_DIR } from '../../paths.js';
import { createRequire } from 'node:module';

/** The schema folder: beside the repository (the pipeline package is `<repository>/pipeline`). */
export function aknSchemaDir(): string {
  return resolve(dirname(PACKAGE_DIR), '..', 'shared', 'schemas', 'akoma-ntoso-3.0');
}

const schemas = new Map<string, { main: string; xml: string }>();

function loadSchema(dir: string): { main: string; xml: string } {
  const known = schemas.get(dir);
  if (known) return known;
  const main = join(dir, 'akomantoso30.xsd');
  const xml = join(dir, 'xml.xsd');
  for (const file of [main, xml]) {
    if (!existsSync(file)) {
      throw new Error(`Akoma Ntoso schema missing: ${file} not found (the OASIS schema is expected in ../shared/schemas/akoma-ntoso-3.0/ beside the repository)`);
    }
  }
  const schema = { main: readFileSync(main, 'utf8'), xml: readFileSync(xml, 'utf8') };
  schemas.set(dir, schema);
  return schema;
}

export interface ValidateOptions {
  /** Where akomantoso30.xsd and xml.xsd are (default: aknSchemaDir()). */
  schemaDir?: string;
}

/** The schema's complaints about `xml`, one line each ("line 12: …"); empty when it is valid. */
export async function validateAkn(xml: string, options: ValidateOptions = {}): Promise<string[]> {
  return (await validateAknDocuments([{ path: 'akn.xml', content: xml }], options)).get('akn.xml')!;
}

/**
 * Every document in one run of xmllint: compiling the schema is most of a run's time, and one
 * compilation serves them all. The complaints of each, by its path; an empty list when valid.
 */
export async function validateAknDocuments(docs: readonly { path: string; content: string }[], options: ValidateOptions = {}): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const { main, xml: xmlXsd } = loadSchema(options.schemaDir ?? aknSchemaDir());
  if (docs.length === 0) return out;
  // required, not import()ed: the CLI runs the pipeline as one vm-compiled file, where import() has no loader
  const { validateXML } = createRequire(import.meta.url)('xmllint-wasm') as typeof import('xmllint-wasm');
  // Neutral names: xmllint reads a name that starts with a dash as an option.
  const names = docs.map((_, i) => `document-${i}.xml`);
  const result = await validateXML({
    xml: docs.map((d, i) => ({ fileName: names[i]!, contents: d.content })),
    schema: [{ fileName: 'akomantoso30.xsd', contents: main }],
    preload: [{ fileName: 'xml.xsd', contents: xmlXsd }],
  });
  const passed = new Set(result.rawOutput.split('\n').map((line) => line.trim()));
  docs.forEach((doc, i) => {
    const name = names[i]!;
    const errors = result.errors.filter((e) => e.loc?.fileName === name).map((e) => `line ${e.loc!.lineNumber}: ${e.message.trim()}`);
    // A document xmllint does not say validates is rejected, even where it names no reason.
    if (errors.length === 0 && !passed.has(`${name} validates`)) errors.push(`not valid: ${result.rawOutput.trim() || 'xmllint gave no reason'}`);
    out.set(doc.path, errors);
  });
  return out;
}
