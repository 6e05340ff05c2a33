// The unit tests that exercise src/shared/gait and src/shared/progress, for mutation testing
// (stryker.config.mjs): no e2e project (it starts browsers), no tests that spawn processes or read
// ../shared/footage (a child process reports no coverage, so they could never kill a mutant).
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@mediapipe/pose': resolve(import.meta.dirname, 'src/shared/stubs/mediapipe-pose.ts') } },
  test: {
    include: [
      'test/unit/gait/**/*.test.ts',
      'test/unit/progress/**/*.test.ts',
      'test/unit/compare/**/*.test.ts',
      'test/unit/display/**/*.test.ts',
      'test/unit/export/**/*.test.ts',
      'test/unit/replay/**/*.test.ts',
      'test/unit/renderer/progress-*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
