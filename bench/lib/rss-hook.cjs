// Preloaded (`node --require`) into measured processes: at exit, record the process's
// peak resident set (process.resourceUsage().maxRSS, kB) in $BENCH_RSS_FILE.
'use strict';
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // the measurement is optional; never change the measured process's outcome
    }
  });
}
