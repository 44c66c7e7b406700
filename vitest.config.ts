import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The console's components are Preact's, as web/vite.config.ts builds them.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/dynamodb-local-setup.ts'],
    setupFiles: ['test/support/handler-module-environment.ts'],
    // CI's machines have two cores and run DynamoDB Local, the runtime and Chromium beside the tests:
    // a synthesizing or end-to-end test that takes 10–30 s here must not fail for being slow there.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // .ci/moved-dates names a report per moved date; every other run writes the one CI reads.
    reporters: ['default', ['json', { outputFile: process.env.TEST_REPORT ?? 'test-results/report.json' }]],
  },
});
