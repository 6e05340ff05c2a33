import type { Locator } from 'playwright-core';

/** Waits for `locator`; a failure carries `context()` (the server's and the page's output) to say why. */
export async function waitForExplained(locator: Locator, timeout: number, context: () => string): Promise<void> {
  await locator.waitFor({ timeout }).catch((e) => {
    throw new Error(`${e}${context()}`);
  });
}
