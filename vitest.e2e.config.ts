import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real browsers. Expects `npm run build` first. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
