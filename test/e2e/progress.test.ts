/**
 * Issue 5's progress screen end to end, in browser mode: a person with sessions of real-footage
 * keypoints on many dates (seeded through the real HTTP API) and several variants; every chart
 * plots as many points as the API's report has values, the variant filter changes them, personal
 * bests are drawn as stars, the weekly bars cover every session's week, another person's sessions
 * stay out, and a person without sessions gets an empty state.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Person, Variant } from '../../src/shared/api';
import { analyzeSession } from '../../src/shared/gait';
import { parseKeypointsFile } from '../../src/shared/pose/keypoints-file';
import { metricValue, type ProgressMetric, type ProgressReport } from '../../src/shared/progress';
import { useApp } from './support/app-fixture';
import { openProgressOf } from './support/screens';
import { callApi, seedWalks, type KeypointsFixture, type PastWalk } from './support/seed';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const DAY_MS = 86_400_000;

/** Ada's walks: days before today, keypoints, variant (the app's default variant is flat). */
const ADA_SESSIONS: PastWalk[] = [
  { daysAgo: 29, fixture: 'sports2d-walk', variant: 'flat' },
  { daysAgo: 25, fixture: 'pose2sim-balance', variant: 'flat' },
  { daysAgo: 19, fixture: 'sports2d-walk-reversed', variant: 'sled', title: 'Sled in the park', loadKg: 20 },
  { daysAgo: 12, fixture: 'sports2d-walk', variant: 'uphill' },
  { daysAgo: 6, fixture: 'sports2d-walk-reversed', variant: 'flat', title: 'With the kids' },
  { daysAgo: 2, fixture: 'sports2d-walk', variant: 'sled', loadKg: 20 },
];

/** Each chart's lines, as the screen should draw them for a person with a height. */
const CHART_METRICS: Record<string, ProgressMetric[]> = {
  'knee-past-toe': ['peakKneePastToeCmLeft', 'peakKneePastToeCmRight'],
  'knee-rom': ['kneeRomDegLeft', 'kneeRomDegRight'],
  cadence: ['cadenceSpm'],
  'step-time-si': ['stepTimeSiPct'],
  balance: ['balanceScore'],
};

const valuesOf = (report: ProgressReport, metrics: ProgressMetric[]) =>
  metrics.reduce((n, m) => n + report.points.filter((p) => metricValue(p, m) !== null).length, 0);

/** A session's ISO-week Monday in the local time zone (the browser runs on this machine's clock). */
function localMonday(iso: string): string {
  const d = new Date(iso);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Pixels of the personal-best star's fill (#ffd54a) on a chart's canvas. */
async function starPixels(page: Page, chartId: string): Promise<number> {
  return page.getByTestId(`progress-chart-${chartId}`).locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - 0xff) < 12 && Math.abs(data[i + 1] - 0xd5) < 12 && Math.abs(data[i + 2] - 0x4a) < 12) n++;
    }
    return n;
  });
}

describe('progress screen', () => {
  const app = useApp();
  const { context, consoleLines } = app;
  let page: Page;
  let ada: Person;
  let utcOffsetMin: number;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    ada = await callApi(page, 'people.create', { name: 'Ada', heightCm: 168 });
    const ben = await callApi(page, 'people.create', { name: 'Ben', heightCm: 140 });
    await seedWalks(page, ada, ADA_SESSIONS);
    // someone else's walk on the same days must not show on Ada's charts
    await seedWalks(page, ben, [{ daysAgo: 6, fixture: 'sports2d-walk', variant: 'flat' }]);
    utcOffsetMin = await page.evaluate(() => -new Date().getTimezoneOffset());
    await openProgressOf(page, ada.id);
  });
  const apiReport = (variant: Variant | null) => callApi(page, 'progress.get', { personId: ada.id, variant, utcOffsetMin });

  async function expectChartsMatch(report: ProgressReport): Promise<void> {
    for (const [id, metrics] of Object.entries(CHART_METRICS)) {
      const chart = page.getByTestId(`progress-chart-${id}`);
      expect(Number(await chart.getAttribute('data-points')), `${id}${context()}`).toBe(valuesOf(report, metrics));
      const starred = metrics.filter((m) => report.bests.some((b) => b.metric === m)).length;
      expect(Number(await chart.getAttribute('data-bests')), id).toBe(starred);
    }
    const weekly = page.getByTestId('progress-chart-weekly');
    expect(Number(await weekly.getAttribute('data-points'))).toBe(report.weekly.filter((w) => w.backwardS > 0).length);
    const weeks = (await weekly.getAttribute('data-weeks'))!.split(' ');
    for (const p of report.points) expect(weeks).toContain(localMonday(p.startedAt));
  }

  it('plots each of Ada’s sessions that has a value, and nobody else’s', async () => {
    const report = await apiReport(null);
    expect(report.points).toHaveLength(ADA_SESSIONS.length);
    expect(await page.getByTestId('progress-content').getAttribute('data-sessions')).toBe(String(ADA_SESSIONS.length));
    await expect.poll(() => page.locator('#progress-title').textContent()).toBe('Progress: Ada');
    // Ada has a height: knee-past-toe is in cm, and the real walks give values
    expect(await page.getByTestId('progress-chart-knee-past-toe').locator('figcaption').textContent()).toContain('(cm)');
    expect(valuesOf(report, CHART_METRICS['knee-past-toe'])).toBeGreaterThan(0);
    await expectChartsMatch(report);
    // every chart has something to show for these walks
    for (const id of Object.keys(CHART_METRICS)) expect(Number(await page.getByTestId(`progress-chart-${id}`).getAttribute('data-points')), id).toBeGreaterThan(0);
    expect(report.weekly.length).toBeGreaterThanOrEqual(4); // the walks span five weeks
  });

  it('says the trend in words, as the API words it, and lists the personal bests', async () => {
    const report = await apiReport(null);
    if (report.trend.length > 0) {
      expect(await page.getByTestId('progress-trend').locator('li').allTextContents()).toEqual(report.trend.map((t) => t.text));
    } else {
      await page.getByTestId('progress-trend-none').waitFor();
    }
    const shownBests = report.bests.filter((b) => !b.metric.startsWith('peakKneePastToeDeg')).length;
    expect(Number(await page.getByTestId('progress-bests').getAttribute('data-count'))).toBe(shownBests);
  });

  it('draws a star on the personal bests, and none on cadence (no best there)', async () => {
    const report = await apiReport(null);
    expect(report.bests.some((b) => b.metric === 'balanceScore')).toBe(true);
    expect(await starPixels(page, 'balance')).toBeGreaterThan(20);
    expect(await starPixels(page, 'knee-rom')).toBeGreaterThan(20);
    expect(await starPixels(page, 'cadence')).toBe(0);
  });

  it('names the session under the cursor, with its personal bests', async () => {
    const report = await apiReport(null);
    const best = report.bests.find((b) => b.metric === 'balanceScore')!;
    const chart = page.getByTestId('progress-chart-balance');
    const over = chart.locator('.u-over');
    await over.scrollIntoViewIfNeeded();
    // the cursor snaps to the nearest session: walk across the plot until it names the best one
    const box = (await over.boundingBox())!;
    const hover = chart.getByTestId('progress-hover');
    let text = '';
    for (let x = 2; x < box.width; x += 6) {
      await page.mouse.move(box.x + x, box.y + box.height / 2);
      text = (await hover.textContent()) ?? '';
      if (text.includes('personal best')) break;
    }
    await expect.poll(() => hover.isVisible()).toBe(true);
    expect(text).toContain('★ personal best');
    const session = report.points.find((p) => p.sessionId === best.sessionId)!;
    expect(text).toContain(await page.evaluate((iso) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }), session.startedAt));
    await page.screenshot({ path: join(SCREENSHOTS, 'progress-hover.png') });
    await page.mouse.move(0, 0);
  });

  it('shows one variant only when filtered', async () => {
    const all = await apiReport(null);
    await page.getByTestId('variant-filter').getByText('Sled', { exact: true }).click();
    await page.locator('[data-testid="progress-content"][data-variant="sled"]').waitFor();
    const sled = await apiReport('sled');
    expect(sled.points).toHaveLength(ADA_SESSIONS.filter((s) => s.variant === 'sled').length);
    expect(Number(await page.getByTestId('progress-content').getAttribute('data-sessions'))).toBe(sled.points.length);
    await expectChartsMatch(sled);
    const rom = (r: ProgressReport) => valuesOf(r, CHART_METRICS['knee-rom']);
    expect(Number(await page.getByTestId('progress-chart-knee-rom').getAttribute('data-points'))).toBeLessThan(rom(all));

    await page.getByTestId('variant-filter').getByText('Treadmill (switched off)').click();
    await page.getByTestId('progress-empty').waitFor();
    expect(await page.getByTestId('progress-empty').textContent()).toContain('No treadmill (switched off) sessions yet for Ada');

    await page.getByTestId('variant-filter').getByText('All', { exact: true }).click();
    await page.locator('[data-testid="progress-content"][data-variant="all"]').waitFor();
    await expectChartsMatch(all);
    await page.screenshot({ path: join(SCREENSHOTS, 'progress.png'), fullPage: true });
  });

  it('shows knee-past-toe in degrees for a person without a height', async () => {
    const dan = await callApi(page, 'people.create', { name: 'Dan', heightCm: null });
    await seedWalks(page, dan, [{ daysAgo: 3, fixture: 'sports2d-walk-reversed', variant: 'flat' }]);
    await openProgressOf(page, dan.id);
    const report = await callApi(page, 'progress.get', { personId: dan.id, variant: null, utcOffsetMin });
    const chart = page.getByTestId('progress-chart-knee-past-toe');
    expect(await chart.locator('figcaption').textContent()).toContain('degrees');
    const degrees = valuesOf(report, ['peakKneePastToeDegLeft', 'peakKneePastToeDegRight']);
    expect(degrees).toBeGreaterThan(0);
    expect(Number(await chart.getAttribute('data-points'))).toBe(degrees);
  });

  it('tells a person without sessions that there are none yet', async () => {
    const cleo = await callApi(page, 'people.create', { name: 'Cleo', heightCm: null });
    await openProgressOf(page, cleo.id, 'progress-empty');
    expect(await page.getByTestId('progress-empty').textContent()).toContain('No sessions yet for Cleo');
    expect(await page.getByTestId('progress-chart-balance').count()).toBe(0);
    expect(consoleLines().filter((l) => l.includes('pageerror'))).toEqual([]);
  });
});

/** A real walk's analysis, stored with sessions that carry no keypoints (fast to seed by the thousand). */
function fixtureAnalysis(fixture: KeypointsFixture, heightCm: number) {
  const parsed = parseKeypointsFile(JSON.parse(readFileSync(resolve(import.meta.dirname, `../fixtures/keypoints/${fixture}.lightning.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  return analyzeSession(parsed.file, { heightCm });
}

describe('progress screen with a thousand sessions', () => {
  const app = useApp();
  const SESSIONS = 1000;
  let page: Page;
  let person: Person;

  beforeAll(async () => {
    page = app.page();
    person = await callApi(page, 'people.create', { name: 'Eve', heightCm: 172 });
    const fixtures: KeypointsFixture[] = ['sports2d-walk', 'sports2d-walk-reversed', 'pose2sim-balance'];
    const analyses = fixtures.map((f) => fixtureAnalysis(f, 172));
    const start = Date.now() - SESSIONS * DAY_MS / 2; // two a day for 500 days
    const one = async (i: number) => {
      const analysis = analyses[i % analyses.length];
      const { id } = await callApi(page, 'sessions.create', {
        personId: person.id, startedAt: new Date(start + i * DAY_MS / 2).toISOString(), model: 'lightning', width: 640, height: 480, fps: 30,
      });
      await callApi(page, 'sessions.finish', { id, durationMs: 5000 });
    };
    for (let i = 0; i < SESSIONS; i += 25) await Promise.all(Array.from({ length: Math.min(25, SESSIONS - i) }, (_, k) => one(i + k)));
    await callApi(page, 'settings.update', { personId: person.id });
    await page.reload();
  });

  it('plots every session, and says how long the screen took to open', async () => {
    const opened = Date.now();
    await page.getByTestId('nav-progress').click();
    await page.getByTestId('progress-chart-weekly').locator('canvas').waitFor({ timeout: 60_000 });
    console.log(`progress screen with ${SESSIONS} sessions: charts drawn ${Date.now() - opened} ms after the click (API + React + uPlot, headless Chromium)`);
    expect(await page.getByTestId('progress-content').getAttribute('data-sessions')).toBe(String(SESSIONS));
    await page.screenshot({ path: join(SCREENSHOTS, 'progress-1000.png'), fullPage: true });
    const asked = Date.now();
    const report = await callApi(page, 'progress.get', { personId: person.id, variant: null, utcOffsetMin: await page.evaluate(() => -new Date().getTimezoneOffset()) });
    console.log(`progress.get alone, over HTTP: ${Date.now() - asked} ms`);
    for (const [id, metrics] of Object.entries(CHART_METRICS)) {
      expect(Number(await page.getByTestId(`progress-chart-${id}`).getAttribute('data-points')), id).toBe(valuesOf(report, metrics));
    }
    expect(valuesOf(report, ['balanceScore'])).toBe(SESSIONS);
  });

  it('lists every session on the Sessions screen from light list items, and says how long it took', async () => {
    const opened = Date.now();
    await page.getByTestId('nav-sessions').click();
    await expect.poll(() => page.getByTestId('sessions-list').getAttribute('data-count'), { timeout: 60_000 }).toBe(String(SESSIONS));
    await page.getByTestId('session-row').nth(SESSIONS - 1).waitFor();
    console.log(`sessions screen with ${SESSIONS} sessions: every row shown ${Date.now() - opened} ms after the click (API + React, headless Chromium)`);
    const listAsked = Date.now();
    const list = await callApi(page, 'sessions.list', {});
    const json = JSON.stringify(list).length;
    console.log(`sessions.list alone, over HTTP: ${Date.now() - listAsked} ms, ${(json / 1024 ** 2).toFixed(2)} MiB of JSON`);
    expect(list).toHaveLength(SESSIONS);
    expect(list.every((s) => s.metrics !== null && !('analysis' in s))).toBe(true);
  });
});
