#!/usr/bin/env node
// The CLI is TypeScript compiled to lib/ by `npm run build`.
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
