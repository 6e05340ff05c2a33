/** Getting to a screen as the user does. */
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
