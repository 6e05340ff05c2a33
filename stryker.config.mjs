// Mutation testing of the gait maths and the progress numbers: `npm run mutation` (not part of
// `npm test`: a full run takes tens of minutes). How to read it: docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs' },
  // The gait modules behind events, steps, balance and direction, and the progress numbers (the
  // whole of src/shared/gait is ~5,700 mutants: more than 90 minutes on a 2-core machine).
  mutate: [
    'src/shared/gait/events.ts',
    'src/shared/gait/step-events.ts',
    'src/shared/gait/steps.ts',
    'src/shared/gait/step-records.ts',
    'src/shared/gait/balance.ts',
    'src/shared/gait/balance-stats.ts',
    'src/shared/gait/direction.ts',
    'src/shared/gait/walk-events.ts',
    'src/shared/progress/**/*.ts',
    '!src/shared/progress/types.ts',
    '!src/shared/progress/index.ts',
  ],
  // module-level mutants (constant tables) would need every test for each: left out of the score
  ignoreStatic: true,
  dryRunTimeoutMinutes: 30,
  // Stryker's TypeScript checker stays off: the vitest runner transpiles without type checking.
  checkers: [],
  coverageAnalysis: 'perTest',
  // two cores shared with other work
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  thresholds: { high: 80, low: 60, break: null },
};
