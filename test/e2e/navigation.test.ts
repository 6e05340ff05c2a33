/**
 * Moving between screens as the user does, in browser mode: the tabs are links, Back and Forward
 * walk the screens visited, the Sessions tab leaves a replay, and an address (the part after the
 * #) opens its screen in a fresh window: a session's replay, a comparison, a report, or a clear
 * "not found" with a way back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Person, SessionSummary } from '../../src/shared/api';
import { withBrowser } from './support/app';
import { useApp } from './support/app-fixture';
import { addressOf } from './support/screens';
import { callApi, seedSession } from './support/seed';

describe('navigation', () => {
  const app = useApp();
  let page: Page;
  /** Ada, her older and her newer session. */
  const seeded = {} as { ada: Person; older: SessionSummary; newer: SessionSummary };

  beforeAll(async () => {
    page = app.page();
    seeded.ada = await callApi(page, 'people.create', { name: 'Ada', heightCm: 168 });
    await callApi(page, 'settings.update', { personId: seeded.ada.id });
    seeded.older = await seedSession(page, { fixture: 'sports2d-walk-reversed', startedAt: '2026-04-01T09:00:00Z' });
    seeded.newer = await seedSession(page, { fixture: 'pose2sim-balance', startedAt: '2026-04-03T09:00:00Z' });
    await page.reload();
  });

  /** The tab marked as the current screen's. */
  const currentTab = () => page.locator('nav[aria-label="Screens"] [aria-current="page"]').getAttribute('data-testid');

  /** A fresh window opened on `address` (the app's start URL with that hash), as a link or a bookmark opens it. */
  const openFresh = <T>(address: string, use: (fresh: Page) => Promise<T>) =>
    withBrowser(`${app.server().url}#${address}`, {}, use);

  it('moves between screens with the tabs, and back and forward through them with Back and Forward', async () => {
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('sessions-list').waitFor();
    await page.getByTestId('nav-progress').click();
    await page.getByTestId('progress-screen').waitFor();
    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-list').waitFor();
    expect(addressOf(page)).toBe('/people');

    await page.goBack();
    await page.getByTestId('progress-screen').waitFor();
    expect(addressOf(page)).toBe('/progress');
    expect(await currentTab()).toBe('nav-progress');
    await page.goBack();
    await page.getByTestId('sessions-list').waitFor();
    expect(await currentTab()).toBe('nav-sessions');
    await page.goForward();
    await page.getByTestId('progress-screen').waitFor();
    expect(await page.getByTestId('sessions-list').count()).toBe(0);
    await page.goForward();
    await page.getByTestId('people-list').waitFor();
  });

  it('leaves a replay for the list with the Sessions tab, and Back returns into the replay', async () => {
    await page.getByTestId('nav-sessions').click();
    await page
      .locator(`[data-testid="session-row"][data-session-id="${seeded.older.id}"] [data-testid="session-replay"]`)
      .click();
    await page.getByTestId('replay-overlay').waitFor();
    expect(addressOf(page)).toBe(`/sessions/${seeded.older.id}/replay`);
    expect(await currentTab()).toBe('nav-sessions');

    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('sessions-list').waitFor();
    expect(await page.getByTestId('replay-screen').count()).toBe(0);
    expect(addressOf(page)).toBe('/sessions');

    await page.goBack();
    await page.getByTestId('replay-overlay').waitFor();
    expect(addressOf(page)).toBe(`/sessions/${seeded.older.id}/replay`);
  });

  it("opens a session's page, its report and back again, and the page again after a reload", async () => {
    await page.getByTestId('nav-sessions').click();
    await page
      .locator(`[data-testid="session-row"][data-session-id="${seeded.newer.id}"] [data-testid="session-open"]`)
      .click();
    await page
      .locator(`[data-testid="session-detail"][data-loaded="true"][data-session-id="${seeded.newer.id}"]`)
      .waitFor();
    await page.getByTestId('detail-report').click();
    await page.locator('[data-testid="session-report"][data-ready="true"]').waitFor();
    expect(addressOf(page)).toBe(`/report/session/${seeded.newer.id}`);
    await page.getByTestId('report-back').click();
    await page.locator(`[data-testid="session-detail"][data-session-id="${seeded.newer.id}"]`).waitFor();
    await page.reload();
    await page
      .locator(`[data-testid="session-detail"][data-loaded="true"][data-session-id="${seeded.newer.id}"]`)
      .waitFor();
  });

  it("opens a session's replay from its address in a fresh window", async () => {
    await openFresh(`/sessions/${seeded.older.id}/replay`, async (fresh) => {
      await fresh.getByTestId('replay-overlay').waitFor({ timeout: 30_000 });
      expect(await fresh.locator('#replay-title').textContent()).toMatch(/^Replay: Session of /);
      expect(await fresh.locator('nav [aria-current="page"]').getAttribute('data-testid')).toBe('nav-sessions');
      // the skeleton steps with the keys, as in a replay opened from the list
      await fresh.locator('body').click({ position: { x: 5, y: 5 } });
      await fresh.keyboard.press('ArrowRight');
      await expect.poll(() => fresh.getByTestId('replay-overlay').getAttribute('data-frame-index')).toBe('1');
    });
  });

  it('opens a session report and a progress report from their addresses in a fresh window; Back leads into the app', async () => {
    await openFresh(`/report/session/${seeded.newer.id}`, async (fresh) => {
      await fresh.locator('[data-testid="session-report"][data-ready="true"]').waitFor({ timeout: 30_000 });
      expect(await fresh.getByTestId('report-person').textContent()).toBe('Ada');
      expect(await fresh.locator('nav[aria-label="Screens"]').count()).toBe(0); // a page of its own
      // nothing of the app before it: Back goes to the sessions
      await fresh.getByTestId('report-back').click();
      await fresh.getByTestId('sessions-list').waitFor();
      expect(addressOf(fresh)).toBe('/sessions');
    });
    await openFresh(`/report/person/${seeded.ada.id}`, async (fresh) => {
      await fresh.locator('[data-testid="person-report"][data-ready="true"]').waitFor({ timeout: 30_000 });
      expect(await fresh.getByTestId('report-person').textContent()).toBe('Ada');
      await fresh.getByTestId('report-back').click();
      await fresh.getByTestId('progress-screen').waitFor();
    });
  });

  it('opens a comparison of the two sessions its address names, in their lanes', async () => {
    await openFresh(`/compare/${seeded.newer.id}/${seeded.older.id}`, async (fresh) => {
      await fresh.getByTestId('compare-view').waitFor({ timeout: 30_000 });
      expect(await fresh.getByLabel('Session A', { exact: true }).inputValue()).toBe(String(seeded.newer.id));
      expect(await fresh.getByLabel('Session B', { exact: true }).inputValue()).toBe(String(seeded.older.id));
      // choosing another session changes the address: it can be sent, or opened again
      await fresh.getByLabel('Session B', { exact: true }).selectOption(String(seeded.newer.id));
      await expect.poll(() => addressOf(fresh)).toBe(`/compare/${seeded.newer.id}/${seeded.newer.id}`);
    });
  });

  it('says a session that does not exist is not found, with a way back to the sessions', async () => {
    await openFresh('/sessions/987654/replay', async (fresh) => {
      await fresh.getByTestId('not-found').waitFor({ timeout: 30_000 });
      expect(await fresh.getByTestId('not-found').getByRole('alert').textContent()).toBe(
        'Session 987654 does not exist: it may have been deleted for good.',
      );
      await fresh.getByTestId('not-found-back').click();
      await fresh.getByTestId('sessions-list').waitFor();
    });
    for (const address of ['/sessions/987654', '/sessions/4x', '/nowhere']) {
      await page.goto(`${app.server().origin}/#${address}`);
      await page.getByTestId('not-found').waitFor();
    }
    expect(app.pageErrors()).toEqual([]);
  });
});
