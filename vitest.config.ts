import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run the TypeScript sources directly, so they never see a stale build.
    alias: {
      '@cyberlex/schema/generate': here('./packages/schema/src/generate/index.ts'),
      '@cyberlex/schema': here('./packages/schema/src/index.ts'),
      '@cyberlex/pipeline/accessor': here('./pipeline/assets/accessor.js'),
      '@cyberlex/pipeline': here('./pipeline/src/index.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'pipeline/test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
