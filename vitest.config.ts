import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The console's components are Preact's, as web/vite.config.ts builds them.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/dynamodb-local-setup.ts'],
    setupFiles: ['test/support/handler-module-environment.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // .ci/moved-dates names a report per moved date; every other run writes the one CI reads.
    reporters: ['default', ['json', { outputFile: process.env.TEST_REPORT ?? 'test-results/report.json' }]],
  },
});
