#!/usr/bin/env node
// After tsc: the accessor every data package ships, in lib/accessor/ as the emit stage copies it
// into each package — accessor.js (assets/accessor.js as written), calendar-date.js (the one date
// parser, @cyberlex/schema's compiled file as it is) and accessor.cjs, the two as one CommonJS
// file for the packages' `require` entry. Built here, not at each ingest: esbuild runs once.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceFile } from '../lib/files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'lib', 'accessor');
const schemaLib = dirname(fileURLToPath(import.meta.resolve('@cyberlex/schema')));
mkdirSync(out, { recursive: true });
replaceFile(join(out, 'accessor.js'), readFileSync(join(root, 'assets', 'accessor.js')));
replaceFile(join(out, 'calendar-date.js'), readFileSync(join(schemaLib, 'calendar-date.js')));
copyFileSync(join(root, 'assets', 'accessor.d.ts'), join(out, 'accessor.d.ts'));

const result = await build({
  entryPoints: [join(out, 'accessor.js')],
  absWorkingDir: out,
  bundle: true,
  write: false,
  platform: 'neutral',
  format: 'cjs',
  target: 'es2022',
  legalComments: 'none',
  banner: { js: '// Generated from accessor.js and calendar-date.js (CommonJS, for require); the ES module files are the ones to read.' },
  logLevel: 'warning',
});
replaceFile(join(out, 'accessor.cjs'), result.outputFiles[0].contents);
process.stdout.write(`accessor: ${out}\n`);
