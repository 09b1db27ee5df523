import { defineConfig } from 'vitest/config';

/** The collector's tests: Node, real SQLite files and a throwaway PostgreSQL cluster (global setup). */
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/server/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
