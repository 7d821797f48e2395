import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Saved states of built-in nodes are checked against the schema in tests only (src/persistence/run-writer.ts).
    env: { SLUICE_CHECK_SAVED_STATES: '1' },
    setupFiles: ['tests/setup/render-like-a-terminal.ts'],
    globalSetup: ['tests/setup/bundle-cli.ts', 'tests/setup/start-test-databases.ts', 'tests/setup/fresh-model-answer-cache.ts'],
  },
});
