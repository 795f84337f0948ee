import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Hooks start child processes (tsx, the app, Redis); on a loaded CI machine that took over
    // vitest's default 10 s once, so they get the same budget as a test.
    hookTimeout: 60_000,
    // Child-process tests start tsx; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
