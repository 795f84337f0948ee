import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Child-process tests start tsx; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
