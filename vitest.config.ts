import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@mediapipe/pose': resolve(import.meta.dirname, 'src/shared/stubs/mediapipe-pose.ts') };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // a state the page reaches, waited for: a loaded 2-core machine may take seconds, not the default 1 s
          expect: { poll: { timeout: 15_000 } },
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
