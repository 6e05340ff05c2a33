/**
 * The knee-past-toe story on Progress, Compare, the reports and People, at the two window sizes
 * people use (1440×900 and 1024×700): each screen fits the width (no sideways scrolling), and the
 * screens that lead with the knee past the toes show it in the first view, without scrolling.
 * Screenshots of each, at each size, in test-results/screenshots/story-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Person, SessionSummary } from '../../src/shared/api';
import { useApp } from './support/app-fixture';
import { openProgressOf } from './support/screens';
import { callApi, seedWalks } from './support/seed';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

/** Whether the page scrolls sideways (its content wider than the window). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Whether an element lies wholly in the first view of the page (scrolled to the top). */
async function inFirstView(page: Page, testId: string): Promise<boolean> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.getByTestId(testId).first().boundingBox();
  const { height } = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

describe('the knee-past-toe story at 1440×900 and 1024×700', () => {
  const app = useApp();
  const { server } = app;
  let page: Page;
  let ada: Person;
  let walks: SessionSummary[];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    ada = await callApi(page, 'people.create', { name: 'Ada', heightCm: 168 });
    await callApi(page, 'people.create', { name: 'Tom', heightCm: 131 });
    walks = await seedWalks(page, ada, [
      { daysAgo: 20, fixture: 'sports2d-walk-reversed', variant: 'flat' },
      { daysAgo: 8, fixture: 'sports2d-walk-reversed', variant: 'flat', title: 'Park, flat' },
      { daysAgo: 3, fixture: 'sports2d-walk', variant: 'flat' },
      { daysAgo: 1, fixture: 'sports2d-walk-reversed', variant: 'sled', loadKg: 20, title: 'Sled, 20 kg' },
    ]);
  });

  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;

    it(`Progress at ${tag}: the knee past the toes first, in view, nothing off the side`, async () => {
      await page.setViewportSize(size);
      await openProgressOf(page, ada.id);
      await page.getByTestId('progress-chart-knee-past-toe').locator('canvas').waitFor();
      expect(await inFirstView(page, 'knee-lead')).toBe(true);
      // the latest backward walk is the sled one; its last time, a flat walk, is another variant
      expect(await page.getByTestId('knee-lead').textContent()).toContain('the first walk of its kind');
      expect(await overflowsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, `story-progress-${tag}.png`), fullPage: true });
    });

    it(`Compare at ${tag}: the summary opens with each knee past the toes`, async () => {
      await page.getByTestId('nav-compare').click();
      await page.getByTestId('compare-summary').waitFor();
      const labels = await page.getByTestId('compare-summary').locator('tbody th').allTextContents();
      expect(labels.slice(4, 6)).toEqual([
        'Left knee past toes, typical step (cm)',
        'Right knee past toes, typical step (cm)',
      ]);
      expect(await overflowsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, `story-compare-${tag}.png`), fullPage: true });
    });

    it(`the session report at ${tag}: the knee past the toes first, with its change since the last flat walk`, async () => {
      const park = walks[1]; // the flat backward walk after another flat backward walk
      await page.goto(`${server().url}#/report/session/${park.id}`);
      await page.locator('[data-testid="session-report"][data-ready="true"]').waitFor({ timeout: 30_000 });
      expect(await inFirstView(page, 'knee-lead')).toBe(true);
      // the same clip as last time: no change, said as such
      await expect.poll(() => page.getByTestId('knee-lead-left-change').textContent()).toBe('±0.0 cm since last time');
      // under 60 % readable frames (this clip: about half), the report says so plainly
      const readable = (park.analysis as { quality: { confident_frames_pct: number } }).quality.confident_frames_pct;
      expect(readable).toBeLessThan(60);
      expect(await page.getByTestId('report-unreadable').textContent()).toMatch(
        new RegExp(`^(Half|${Math.round(100 - readable)} %) of this walk was unreadable`),
      );
      expect(await overflowsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, `story-report-session-${tag}.png`), fullPage: true });
    });

    it(`the person report at ${tag}: the knee past the toes first`, async () => {
      await page.goto(`${server().url}#/report/person/${ada.id}`);
      await page.locator('[data-testid="person-report"][data-ready="true"]').waitFor({ timeout: 30_000 });
      expect(await inFirstView(page, 'knee-lead')).toBe(true);
      expect(await overflowsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, `story-report-person-${tag}.png`), fullPage: true });
      await page.getByTestId('report-back').click();
    });

    it(`People at ${tag}: Delete only for Tom (no sessions), the reason for Ada`, async () => {
      await page.goto(server().url);
      await page.getByTestId('nav-people').click();
      const card = (name: string) => page.locator('[data-testid="person-card"]', { hasText: name });
      await expect.poll(() => card('Ada').getByTestId('person-delete-blocked').count()).toBe(1);
      await expect.poll(() => card('Tom').getByRole('button', { name: 'Delete Tom' }).count()).toBe(1);
      expect(await card('Ada').getByRole('button', { name: 'Delete Ada' }).count()).toBe(0);
      expect(await overflowsSideways(page)).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, `story-people-${tag}.png`), fullPage: true });
    });
  }
});
