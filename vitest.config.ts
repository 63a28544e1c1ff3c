import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // The test files of a worker share one copy of the library instead of loading it (and building its lexicons)
    // once each: half the suite's CPU time. No test mocks or stubs anything, and the library's module state is
    // caches whose answers belong to the caller (test/ownership.test.ts), so a file cannot change another's.
    isolate: false,
  },
});
