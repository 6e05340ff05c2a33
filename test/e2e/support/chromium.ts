/** The system Chromium the end-to-end tests drive. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for every test Chromium: no sandbox or GPU (a container), nothing fetched or synced in the
 * background, no first-run screens, shared memory not taken from a small /dev/shm.
 */
export const TEST_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
