import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run the TypeScript sources directly, so they never see a stale build.
    alias: [
      { find: '@cyberlex/schema/calendar-date', replacement: here('./packages/schema/src/calendar-date.ts') },
      { find: '@cyberlex/schema/generate', replacement: here('./packages/schema/src/generate/index.ts') },
      { find: '@cyberlex/schema', replacement: here('./packages/schema/src/index.ts') },
      { find: '@cyberlex/pipeline/accessor', replacement: here('./pipeline/assets/accessor.js') },
      // the accessor imports the date parser beside it, as every package ships them: here, its source
      { find: /^\.\/calendar-date\.js$/, replacement: here('./packages/schema/src/calendar-date.ts') },
      { find: '@cyberlex/pipeline', replacement: here('./pipeline/src/index.ts') },
      // Scripts (scripts/pdf-fixtures) import the compiled pipeline; tests give them the sources.
      { find: /^(?:\.\.\/)+pipeline\/lib\/(.+)\.js$/, replacement: `${here('./pipeline/src/')}$1.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'pipeline/test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
