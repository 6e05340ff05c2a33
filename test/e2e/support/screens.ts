/** Getting to a screen as the user does: by its tab, or by its address (after the # of the page's URL). */
import type { Locator, Page } from 'playwright-core';
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

/** A session's row in the Sessions list. */
export function sessionRow(page: Page, id: number) {
  return page.locator(`[data-testid="session-row"][data-session-id="${id}"]`);
}

/** The Sessions tab, once its list is shown. */
export async function openSessions(page: Page): Promise<void> {
  await page.getByTestId('nav-sessions').click();
  await page.getByTestId('sessions-list').waitFor();
}

/** A session's page opened from its row in the list, once the whole session is loaded. */
export async function openSessionPage(page: Page, id: number): Promise<void> {
  await openSessions(page);
  await sessionRow(page, id).getByTestId('session-open').click();
  await page.locator(`[data-testid="session-detail"][data-session-id="${id}"][data-loaded="true"]`).waitFor();
}

/** A shown value: its text and the number in its data-value (null where it has none). */
export async function shownValue(locator: Locator): Promise<{ text: string; value: number | null }> {
  const raw = await locator.getAttribute('data-value');
  return { text: (await locator.textContent())!.trim(), value: raw === '' || raw === null ? null : Number(raw) };
}
