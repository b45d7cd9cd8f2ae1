import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests start their own server; they are grouped so they run after the unit tests.
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
