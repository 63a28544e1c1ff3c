import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // The test files of a worker share one copy of the library instead of loading it (and building its lexicons)
    // once each: half the suite's CPU time. No test mocks or stubs anything, and the library's module state is
    // caches whose answers belong to the caller (test/ownership.test.ts), so a file cannot change another's.
    isolate: false,
    // vitest runs cores − 1 files at a time: one at a time on a 2-core machine, where many files wait on Chromium,
    // worker threads or child processes. Two at a time there takes the suite from about 84 s to about 72 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
