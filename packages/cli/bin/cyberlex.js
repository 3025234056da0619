#!/usr/bin/env node
// The CLI is TypeScript compiled to lib/ by `npm run build`.
import module from 'node:module';

// Node 22.1+ keeps the code it compiles for the next run (a no-op on Node 20, which has no such cache).
module.enableCompileCache?.();

import('../lib/main.js').then(
  (m) => m.cli(),
  (error) => {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/lib/main.js')) {
      console.error('cyberlex: not built yet; run `npm run build` in the repository first');
    } else {
      console.error(`cyberlex: cannot start: ${String(error?.message ?? error).split('\n')[0]}`);
    }
    process.exitCode = 1;
  },
);
