/**
 * The fuzz runner's worker: runs mutations `from`…`to` of sequence `seed` one after the other
 * and reports each to the runner (process.send), which watches for a hang.
 * argv: <repo> <seed> <from> <to> <ingestEvery> <killEvery>
 */
import { join } from 'node:path';
import { openHarness } from './harness.mjs';

const [repo, seed, from, to, ingestEvery, killEvery] = process.argv.slice(2);
const harness = await openHarness(repo, { ingestEvery: Number(ingestEvery), cli: join(repo, 'packages/cli/bin/cyberlex.js') });
process.send({ ready: true });
try {
  for (let i = Number(from); i < Number(to); i++) {
    const started = performance.now();
    const kill = Number(killEvery) > 0 && i % Number(killEvery) === Number(killEvery) - 1;
    let result;
    try {
      result = kill ? await harness.kill(i, Number(seed)) : await harness.run(i, Number(seed));
    } catch (error) {
      // the harness's own failure (not the pipeline's, which run() classifies): reported as a crash
      result = { kind: kill ? 'kill' : 'harness', source: '', outcome: 'crash', detail: `harness: ${error?.stack ?? error}`.split('\n').slice(0, 3).join(' | ') };
    }
    process.send({ i, ms: performance.now() - started, ...result });
  }
} finally {
  harness.close();
}
process.disconnect();
