/** Getting to a screen as the user does: by its tab, or by its address (after the # of the page's URL). */
import type { Page } from 'playwright-core';
import { callApi } from './seed';

/** Makes `personId` the current person, reloads, opens Progress and waits for its content (or its empty state). */
export async function openProgressOf(
  page: Page,
  personId: number,
  shown: 'progress-content' | 'progress-empty' = 'progress-content',
): Promise<void> {
  await callApi(page, 'settings.update', { personId });
  await page.reload();
  await page.getByTestId('nav-progress').click();
  await page.getByTestId(shown).waitFor({ timeout: 30_000 });
}

/** The app's address of the screen the page shows: its URL's hash without the '#' (e.g. '/sessions/4/replay'). */
export function addressOf(page: Page): string {
  return new URL(page.url()).hash.slice(1);
}
