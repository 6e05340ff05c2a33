/** Importing a video as the user does: the import panel's file chooser on the Sessions screen. */
import type { Page } from 'playwright-core';
import { waitForExplained } from './explained-wait';

/** Chooses `path` in the file chooser and waits for the import to end in its replay; `context` is added to a failure. */
export async function importThroughUi(page: Page, path: string, context: () => string): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles(path);
  await waitForExplained(page.getByTestId('replay-screen'), 180_000, context);
}
