/** `cyberlex ingest [--frozen]`: build every package and dist/ from raw/. */
import { parseArgs } from 'node:util';
import { ingest } from '@cyberlex/pipeline';
import { repoRoot } from '../repo.js';

export default async function ingestCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { frozen: { type: 'boolean' }, 'no-frozen': { type: 'boolean' }, quiet: { type: 'boolean', default: false } },
  });
  // Like a lockfile in CI (pnpm's frozen-lockfile), CI refuses sources that differ from the manifest.
  const frozen = values.frozen ?? (process.env.CI === 'true' && !values['no-frozen']);
  const root = repoRoot();
  const log = values.quiet ? undefined : (line: string) => console.log(line);
  const summary = await ingest({ root, frozen, ...(log ? { log } : {}) });
  for (const c of summary.checks.filter((c) => c.status !== 'unchanged')) {
    console.log(`source   raw/${c.file}: ${c.status}${c.status === 'changed' ? ` (sha256 ${c.recorded?.slice(0, 12)}… → ${c.sha256?.slice(0, 12)}…, recorded in raw/manifest.json)` : ''}`);
  }
  console.log(
    `done     ${summary.checks.length} sources, ${summary.nodes} nodes, ${summary.packages.length} packages, ${summary.written.length} files written, ${Math.round(summary.ms)} ms`,
  );
  return 0;
}
