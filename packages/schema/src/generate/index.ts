/**
 * Everything derived from the zod model: the JSON Schema (draft 2020-12), the JSON-LD
 * context and the TypeScript declarations. Generated, never edited: a test regenerates
 * them and fails if a committed copy differs.
 */
import { z } from 'zod';
import { context } from '../context.js';
import { Changes, Dataset } from '../model/dataset.js';
import { declarations } from './typescript.js';

export const SCHEMA_BASE = 'https://w3id.org/cyberlex/schema/';

function jsonSchema(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', cycles: 'ref', io: 'output' }) as Record<string, unknown>;
  return { $schema: generated.$schema, $id: `${SCHEMA_BASE}${id}`, title, ...generated };
}

export function datasetJsonSchema(): Record<string, unknown> {
  return generatedOnce('dataset', () => jsonSchema(Dataset, 'dataset.json', 'A cyberlex dataset (data.jsonld)'));
}

export function changesJsonSchema(): Record<string, unknown> {
  return generatedOnce('changes', () => jsonSchema(Changes, 'changes.json', 'A cyberlex package legal history (changes.json)'));
}

/**
 * Generating a JSON Schema from the zod model takes ~20 ms and an ingest asks for each several
 * times (to ship, to validate, to declare types): generated once per process, kept as text,
 * and every caller gets its own copy to change as it likes.
 */
const generated = new Map<string, string>();
function generatedOnce(name: string, generate: () => Record<string, unknown>): Record<string, unknown> {
  let text = generated.get(name);
  if (text === undefined) {
    text = JSON.stringify(generate());
    generated.set(name, text);
  }
  return JSON.parse(text) as Record<string, unknown>;
}

export function contextDocument(): { '@context': typeof context } {
  return { '@context': context };
}

/** Stable, diff-friendly JSON: two-space indent, trailing newline. */
export function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** TypeScript declarations for the dataset, from the JSON Schema (so they match what ajv checks). */
export function datasetDeclarations(): string {
  const banner = '/* Generated from the zod model in @cyberlex/schema by `npm run build`. Do not edit. */';
  const changes = changesJsonSchema();
  const changeDefs = { ...((changes.$defs ?? {}) as Record<string, unknown>) };
  delete changeDefs.IsoDate;
  const dataset = declarations(datasetJsonSchema(), 'Dataset');
  return `${banner}\n\n${dataset}\n${declarations({ ...changes, $defs: changeDefs }, 'Changes')}`;
}

export interface Artifact {
  file: string;
  content: string;
}

/** The files @cyberlex/schema ships at its root, by name. */
export async function schemaArtifacts(): Promise<Artifact[]> {
  return [
    { file: 'schema.json', content: stringify(datasetJsonSchema()) },
    { file: 'changes.schema.json', content: stringify(changesJsonSchema()) },
    { file: 'context.jsonld', content: stringify(contextDocument()) },
    { file: 'types.d.ts', content: datasetDeclarations() },
  ];
}
