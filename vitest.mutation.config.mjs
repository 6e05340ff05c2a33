// The unit tests that exercise src/shared/gait and src/shared/progress, for mutation testing
// (stryker.config.mjs; docs/testing.md). Left out: the e2e project (it starts browsers), the
// modules that only use an analysis as their input (compare, export, replay, renderer: they run
// analyzeSession for every mutant they cover without checking its maths), and the slow accuracy
// and robustness suites (many synthetic walks each: seconds per test, run again for every mutant
// they cover; on two cores they alone would take the run past several hours). What those check
// is pinned for mutation by small tests with hand-worked answers.
import { resolve } from 'node:path';
import { BaseSequencer } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Test files that analyse whole walks or build a thousand sessions: slower, so they run last. */
const SLOW_FILES = [
  'gait/real-footage',
  'gait/edge-cases',
  'gait/person-switches',
  'gait/headline-peaks',
  'gait/geometry',
  'progress/session-metrics',
  'progress/report',
];

/**
 * Small tests first: a mutant's run stops at its first failing test, so a mutant a small test
 * kills never waits for the slow files (vitest's own order puts the slowest first).
 */
class SmallTestsFirst extends BaseSequencer {
  async sort(files) {
    const rank = (file) => (SLOW_FILES.some((name) => file.moduleId.includes(`/test/unit/${name}.`)) ? 1 : 0);
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  resolve: { alias: { '@mediapipe/pose': resolve(import.meta.dirname, 'src/shared/stubs/mediapipe-pose.ts') } },
  test: {
    include: ['test/unit/gait/**/*.test.ts', 'test/unit/progress/**/*.test.ts'],
    exclude: [
      'test/unit/gait/synthetic-truth.test.ts',
      'test/unit/gait/properties.test.ts',
      'test/unit/gait/swap-robust.test.ts',
      'test/unit/gait/live.test.ts',
      'test/unit/gait/live-offline-agreement.test.ts',
      'test/unit/gait/cycle.test.ts',
    ],
    sequence: { sequencer: SmallTestsFirst },
    // the maths is pure functions: test files may share one module graph instead of importing
    // the instrumented sources again for each file (half the time of a run)
    isolate: false,
    environment: 'node',
    testTimeout: 60_000,
  },
});
