// Baseline for ingestion: read every source the manifest lists, decode it as UTF-8, and
// write the texts as one JSON file. What any ingester must do at least.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
const { sources } = JSON.parse(readFileSync(join(root, 'raw', 'manifest.json'), 'utf8'));
const decoder = new TextDecoder('utf-8', { fatal: true });
const texts = sources.map((s) => ({ id: s.id, text: decoder.decode(readFileSync(join(root, 'raw', s.file))) }));
mkdirSync(join(root, 'tmp'), { recursive: true });
writeFileSync(join(root, 'tmp', 'bench-baseline.json'), JSON.stringify(texts));
