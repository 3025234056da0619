#!/usr/bin/env node
/**
 * Writes the third-party PDF fixtures into test/fixtures/pdf/<producer>/: for each
 * producer, the first rows of the country profile as a two-column table and the law as one
 * column, printed by the producer itself from what raw/ holds (content.mjs), and the list
 * of what was written to test/fixtures/pdf/producers.json (the tests read it).
 *
 * Usage: `npm run fixtures` (after `npm run build`, which compiles pipeline/lib). Needs
 * Debian's chromium, libreoffice-writer-nogui and python3-reportlab. The producers stamp
 * dates and ids into their files, so regenerating changes the bytes; the tests check what
 * the files hold, not their bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaw, chromiumProfile } from './chromium.mjs';
import { lawContent, profileContent } from './content.mjs';
import { libreofficeLaw, libreofficeProfile } from './libreoffice.mjs';
import { reportlabLaw, reportlabProfile } from './reportlab.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Each producer prints a different number of the profile's rows, so the tables end at different places. */
const PRODUCERS = [
  { producer: 'chromium', rows: 14, profile: chromiumProfile, law: chromiumLaw, hyphenates: true },
  {
    producer: 'chromium-unruled',
    rows: 16,
    profile: (content) => chromiumProfile(content, { ruled: false }),
    law: null,
  },
  { producer: 'libreoffice', rows: 11, profile: libreofficeProfile, law: libreofficeLaw, hyphenates: false },
  { producer: 'reportlab', rows: 13, profile: reportlabProfile, law: reportlabLaw, hyphenates: false },
];

const PROFILE = 'coe-cybercrime-legislation-profile-serbia';
const LAW = 'rs-law-cybercrime-authorities-2005-2009';

async function main() {
  const written = [];
  for (const { producer, rows, profile, law, hyphenates } of PRODUCERS) {
    const outputs = [{ source: PROFILE, file: `test/fixtures/pdf/${producer}/${PROFILE}.pdf`, rows, bytes: await profile(profileContent(root, rows)) }];
    if (law) outputs.push({ source: LAW, file: `test/fixtures/pdf/${producer}/${LAW}.pdf`, hyphenates, bytes: await law(lawContent(root)) });
    for (const { bytes, ...entry } of outputs) {
      mkdirSync(dirname(join(root, entry.file)), { recursive: true });
      writeFileSync(join(root, entry.file), bytes);
      written.push({ producer, ...entry });
      process.stdout.write(`${entry.file}: ${bytes.length} bytes\n`);
    }
  }
  writeFileSync(join(root, 'test/fixtures/pdf/producers.json'), `${JSON.stringify(written, null, 2)}\n`);
}

await main();
