/**
 * The progress screen end to end, in browser mode: a person with sessions of real-footage
 * keypoints on many dates (seeded through the real HTTP API) and several variants; every chart
 * plots as many points as the API's report has values, the variant filter changes them, personal
 * bests are drawn as stars, the weekly bars cover every session's week, another person's sessions
 * stay out, and a person without sessions gets an empty state. Backward walks by default,
 * a direction filter, bests per direction (a forward walk never gets the star), date axes that
 * span weeks around few sessions, not years.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApiRequest, Person, SessionSummary, Variant } from '../../src/shared/api';
import { parseKeypointsFile } from '../../src/shared/pose/keypoints-file';
import { metricValue, type DirectionFilter, type ProgressMetric, type ProgressReport } from '../../src/shared/progress';
import { useApp } from './support/app-fixture';
import { openProgressOf } from './support/screens';
import { callApi, seedWalks, type KeypointsFixture, type PastWalk } from './support/seed';
import { loadFixture } from '../support/requirements';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const DAY_MS = 86_400_000;

/**
 * Ada's walks: days before today, keypoints, variant (the app's default variant is flat).
 * 'sports2d-walk' is a forward walk, 'sports2d-walk-reversed' the same clip backward (its right
 * knee past the toes: 10.2 cm at 168 cm, the forward one's 15.9 cm), 'pose2sim-balance' standing.
 */
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

const BACKWARD = 'sports2d-walk-reversed';
const FORWARD = 'sports2d-walk';
const WEEK_S = 7 * 86_400;

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
  return page
    .getByTestId(`progress-chart-${chartId}`)
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - 0xff) < 12 && Math.abs(data[i + 1] - 0xd5) < 12 && Math.abs(data[i + 2] - 0x4a) < 12)
          n++;
      }
      return n;
    });
}

describe('progress screen', () => {
  const app = useApp();
  const { context } = app;
  let page: Page;
  let ada: Person;
  let utcOffsetMin: number;
  let seeded: SessionSummary[];
  const idsOf = (fixture: KeypointsFixture) =>
    seeded.filter((_, i) => ADA_SESSIONS[i].fixture === fixture).map((s) => s.id);
  const shownIds = async () =>
    ((await page.getByTestId('progress-content').getAttribute('data-session-ids')) ?? '')
      .split(' ')
      .filter(Boolean)
      .map(Number);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    ada = await callApi(page, 'people.create', { name: 'Ada', heightCm: 168 });
    const ben = await callApi(page, 'people.create', { name: 'Ben', heightCm: 140 });
    seeded = await seedWalks(page, ada, ADA_SESSIONS);
    // someone else's walk on the same days must not show on Ada's charts
    await seedWalks(page, ben, [{ daysAgo: 6, fixture: 'sports2d-walk', variant: 'flat' }]);
    utcOffsetMin = await page.evaluate(() => -new Date().getTimezoneOffset());
    await openProgressOf(page, ada.id);
  });
  const apiReport = (variant: Variant | null, direction: DirectionFilter = 'backward') =>
    callApi(page, 'progress.get', { personId: ada.id, variant, direction, utcOffsetMin });
  const chooseDirection = async (label: string, direction: DirectionFilter) => {
    await page.getByTestId('direction-filter').getByText(label, { exact: true }).click();
    await page.locator(`[data-testid="progress-content"][data-direction="${direction}"]`).waitFor();
  };

  async function expectChartsMatch(report: ProgressReport): Promise<void> {
    for (const [id, metrics] of Object.entries(CHART_METRICS)) {
      const chart = page.getByTestId(`progress-chart-${id}`);
      expect(Number(await chart.getAttribute('data-points')), `${id}${context()}`).toBe(valuesOf(report, metrics));
      // one star per metric and variant with a best
      const starred = report.bests.filter((b) => metrics.includes(b.metric)).length;
      expect(Number(await chart.getAttribute('data-bests')), id).toBe(starred);
    }
    const weekly = page.getByTestId('progress-chart-weekly');
    expect(Number(await weekly.getAttribute('data-points'))).toBe(report.weekly.filter((w) => w.backwardS > 0).length);
    const weeks = (await weekly.getAttribute('data-weeks'))!.split(' ');
    for (const p of report.points) expect(weeks).toContain(localMonday(p.startedAt));
  }

  it('shows Ada’s backward walks by default, each that has a value, and nobody else’s', async () => {
    const report = await apiReport(null);
    expect(report).toMatchObject({ direction: 'backward', recordsDirection: 'backward' });
    expect(report.points.map((p) => p.sessionId)).toEqual(idsOf(BACKWARD));
    expect(report.points.every((p) => p.direction === 'backward')).toBe(true);
    const content = page.getByTestId('progress-content');
    expect(await content.getAttribute('data-direction')).toBe('backward');
    expect(await shownIds()).toEqual(idsOf(BACKWARD));
    expect(await page.getByTestId('direction-filter').locator('input:checked').getAttribute('value')).toBe('backward');
    await expect.poll(() => page.locator('#progress-title').textContent()).toBe('Progress: Ada');
    // Ada has a height: knee-past-toe is in cm, and the real walks give values
    expect(await page.getByTestId('progress-chart-knee-past-toe').locator('figcaption').textContent()).toContain(
      '(cm)',
    );
    expect(valuesOf(report, CHART_METRICS['knee-past-toe'])).toBeGreaterThan(0);
    await expectChartsMatch(report);
    // every chart has something to show for these walks
    for (const id of Object.keys(CHART_METRICS))
      expect(Number(await page.getByTestId(`progress-chart-${id}`).getAttribute('data-points')), id).toBeGreaterThan(0);
    expect(report.weekly.length).toBeGreaterThanOrEqual(2); // the backward walks are 13 days apart
  });

  it('leads with each knee past the toes of the latest backward walk; a sled walk is not last time for a flat one', async () => {
    const report = await apiReport(null);
    const latest = report.points.at(-1)!; // the flat backward walk 6 days ago
    expect([latest.variant, latest.direction]).toEqual(['flat', 'backward']);
    const lead = page.getByTestId('knee-lead');
    for (const side of ['left', 'right'] as const) {
      const value = lead.getByTestId(`knee-lead-${side}-value`);
      expect(await value.getAttribute('data-value')).toBe(String(latest.metrics.peakKneePastToeCm[side]));
      expect(await value.textContent()).toBe(`${latest.metrics.peakKneePastToeCm[side]!.toFixed(1)} cm`);
      // the only earlier backward walk is a sled walk: another variant, so no "since last time"
      expect(await lead.getByTestId(`knee-lead-${side}-change`).count()).toBe(0);
    }
    expect(await lead.textContent()).toContain('the first walk of its kind');
    // the lead comes first, before the trend and the bests
    const order = await page
      .getByTestId('progress-content')
      .evaluate((c) => [...c.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')));
    expect(order.indexOf('knee-lead')).toBeLessThan(order.indexOf('progress-bests'));
    // under "Sled", the sled walk leads, also the first of its kind
    await page.getByTestId('variant-filter').getByText('Sled', { exact: true }).click();
    await page.locator('[data-testid="progress-content"][data-variant="sled"]').waitFor();
    const sled = (await apiReport('sled')).points.at(-1)!;
    expect(await lead.getByTestId('knee-lead-right-value').getAttribute('data-value')).toBe(
      String(sled.metrics.peakKneePastToeCm.right),
    );
    await page.getByTestId('variant-filter').getByText('All variants', { exact: true }).click();
    await page.locator('[data-testid="progress-content"][data-variant="all"]').waitFor();
  });

  it('keeps a personal best per variant: the flat walk is the flat best though the sled walk reached as far', async () => {
    const report = await apiReport(null);
    const [sledWalk, flatWalk] = idsOf(BACKWARD); // the same clip: the same values, sled first
    const right = report.bests.filter((b) => b.metric === 'peakKneePastToeCmRight');
    expect(right.map((b) => [b.variant, b.sessionId])).toEqual([
      ['sled', sledWalk],
      ['flat', flatWalk],
    ]);
    const starred = (await page.getByTestId('progress-chart-knee-past-toe').getAttribute('data-best-sessions'))!;
    expect(starred.split(' ').map(Number).sort()).toEqual([sledWalk, sledWalk, flatWalk, flatWalk].sort());
    const bests = page.getByTestId('progress-bests');
    expect(await bests.locator('caption').textContent()).toContain('per variant');
    expect(
      await bests
        .locator('[data-testid="best-value"][data-metric="peakKneePastToeCmRight"]')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-variant'))),
    ).toEqual(['sled', 'flat']);
  });

  it('says the trend in words, as the API words it, and lists the personal bests', async () => {
    const report = await apiReport(null);
    if (report.trend.length > 0) {
      expect(await page.getByTestId('progress-trend').locator('li').allTextContents()).toEqual(
        report.trend.map((t) => t.text),
      );
      // every variant shown: the sentences are of the latest walk's variant, and say which
      expect(await page.getByTestId('progress-trend-variant').getAttribute('data-variant')).toBe(report.trendVariant);
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
    expect(text).toContain(
      await page.evaluate(
        (iso) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }),
        session.startedAt,
      ),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'progress-hover.png') });
    await page.mouse.move(0, 0);
  });

  it('stars no forward walk, even one with a larger value; “All walks” shows it, still without the star', async () => {
    const backward = await apiReport(null);
    const best = backward.bests.find((b) => b.metric === 'peakKneePastToeCmRight')!;
    expect(idsOf(BACKWARD)).toContain(best.sessionId);
    const forwardIds = idsOf(FORWARD);
    for (const id of forwardIds) expect(await shownIds()).not.toContain(id);

    await chooseDirection('All walks', 'all');
    const all = await apiReport(null, 'all');
    expect(all.points).toHaveLength(ADA_SESSIONS.length);
    expect(await shownIds()).toEqual(seeded.map((s) => s.id));
    await expectChartsMatch(all);
    // the forward walks reach further past the toes (15.9 cm on the right) than the backward best…
    const forwardRight = all.points
      .filter((p) => forwardIds.includes(p.sessionId))
      .map((p) => p.metrics.peakKneePastToeCm.right!);
    expect(Math.max(...forwardRight)).toBeGreaterThan(best.value);
    // …yet the records are the backward walks': the same bests, no star on a forward or standing walk
    expect(all.recordsDirection).toBe('backward');
    expect(all.bests).toEqual(backward.bests);
    for (const id of Object.keys(CHART_METRICS)) {
      const starred = ((await page.getByTestId(`progress-chart-${id}`).getAttribute('data-best-sessions')) ?? '')
        .split(' ')
        .filter(Boolean)
        .map(Number);
      for (const s of starred) expect(idsOf(BACKWARD), id).toContain(s);
    }
    expect(await page.getByTestId('progress-bests').locator('caption').textContent()).toContain('backward walks');

    // hovering the latest forward walk (2 days ago) names it forward, and not a personal best
    const chart = page.getByTestId('progress-chart-knee-past-toe');
    const [xMin, xMax] = [
      Number(await chart.getAttribute('data-x-min')),
      Number(await chart.getAttribute('data-x-max')),
    ];
    const latestForward = all.points.filter((p) => forwardIds.includes(p.sessionId)).at(-1)!;
    const over = chart.locator('.u-over');
    await over.scrollIntoViewIfNeeded();
    const box = (await over.boundingBox())!;
    await page.mouse.move(
      box.x + ((Date.parse(latestForward.startedAt) / 1000 - xMin) / (xMax - xMin)) * box.width,
      box.y + box.height / 2,
    );
    const hover = chart.getByTestId('progress-hover');
    await expect.poll(() => hover.isVisible()).toBe(true);
    const text = (await hover.textContent())!;
    expect(text).toContain(
      await page.evaluate(
        (iso) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }),
        latestForward.startedAt,
      ),
    );
    expect(text).toContain('forward');
    expect(text).toContain('15.9 cm');
    expect(text).not.toContain('personal best');
    await page.screenshot({ path: join(SCREENSHOTS, 'progress-all-walks.png'), fullPage: true });
    await page.mouse.move(0, 0);
  });

  it('gives forward walks their own bests in “Forward walks”, and goes back to backward', async () => {
    await chooseDirection('Forward walks', 'forward');
    const forward = await apiReport(null, 'forward');
    expect(forward.points.map((p) => p.sessionId)).toEqual(idsOf(FORWARD));
    expect(await shownIds()).toEqual(idsOf(FORWARD));
    await expectChartsMatch(forward);
    expect(forward.bests.find((b) => b.metric === 'peakKneePastToeCmRight')).toMatchObject({ value: 15.9 });
    expect(await page.getByTestId('progress-records-of').textContent()).toBe('(forward walks)');
    await chooseDirection('Backward walks', 'backward');
    expect(await shownIds()).toEqual(idsOf(BACKWARD));
  });

  it('spans the date axes over weeks around the walks, not years', async () => {
    const report = await apiReport(null);
    const first = Date.parse(report.points[0].startedAt) / 1000;
    const last = Date.parse(report.points.at(-1)!.startedAt) / 1000;
    for (const id of [...Object.keys(CHART_METRICS), 'weekly']) {
      const chart = page.getByTestId(`progress-chart-${id}`);
      const [lo, hi] = [Number(await chart.getAttribute('data-x-min')), Number(await chart.getAttribute('data-x-max'))];
      expect(lo, id).toBeLessThan(first);
      expect(hi, id).toBeGreaterThan(last);
      expect(hi - lo, id).toBeLessThanOrEqual(6 * WEEK_S); // 13 days of walks
    }
  });

  it('shows one variant only when filtered', async () => {
    const all = await apiReport(null);
    await page.getByTestId('variant-filter').getByText('Sled', { exact: true }).click();
    await page.locator('[data-testid="progress-content"][data-variant="sled"]').waitFor();
    const sled = await apiReport('sled');
    expect(sled.points).toHaveLength(ADA_SESSIONS.filter((s) => s.variant === 'sled' && s.fixture === BACKWARD).length);
    expect(Number(await page.getByTestId('progress-content').getAttribute('data-sessions'))).toBe(sled.points.length);
    await expectChartsMatch(sled);
    const rom = (r: ProgressReport) => valuesOf(r, CHART_METRICS['knee-rom']);
    expect(Number(await page.getByTestId('progress-chart-knee-rom').getAttribute('data-points'))).toBeLessThan(
      rom(all),
    );
    // the sled's forward walk (2 days ago) shows with “All walks”
    await chooseDirection('All walks', 'all');
    expect((await apiReport('sled', 'all')).points).toHaveLength(
      ADA_SESSIONS.filter((s) => s.variant === 'sled').length,
    );
    expect(Number(await page.getByTestId('progress-content').getAttribute('data-sessions'))).toBe(2);
    await chooseDirection('Backward walks', 'backward');

    await page.getByTestId('variant-filter').getByText('Treadmill (switched off)').click();
    await page.getByTestId('progress-empty').waitFor();
    expect(await page.getByTestId('progress-empty').textContent()).toContain(
      'No backward treadmill (switched off) walks yet for Ada',
    );

    await page.getByTestId('variant-filter').getByText('All variants', { exact: true }).click();
    await page.locator('[data-testid="progress-content"][data-variant="all"]').waitFor();
    await expectChartsMatch(all);
    await page.screenshot({ path: join(SCREENSHOTS, 'progress.png'), fullPage: true });
  });

  it('shows knee-past-toe in degrees for a person without a height', async () => {
    const dan = await callApi(page, 'people.create', { name: 'Dan', heightCm: null });
    await seedWalks(page, dan, [{ daysAgo: 3, fixture: 'sports2d-walk-reversed', variant: 'flat' }]);
    await openProgressOf(page, dan.id);
    const report = await callApi(page, 'progress.get', {
      personId: dan.id,
      variant: null,
      direction: 'backward',
      utcOffsetMin,
    });
    expect(report.points).toHaveLength(1);
    const chart = page.getByTestId('progress-chart-knee-past-toe');
    expect(await chart.locator('figcaption').textContent()).toContain('degrees');
    const degrees = valuesOf(report, ['peakKneePastToeDegLeft', 'peakKneePastToeDegRight']);
    expect(degrees).toBeGreaterThan(0);
    expect(Number(await chart.getAttribute('data-points'))).toBe(degrees);
    // one session: every date axis spans at most six weeks around it (uPlot alone gives 1,000 days)
    const t = Date.parse(report.points[0].startedAt) / 1000;
    const spans: string[] = [];
    for (const id of [...Object.keys(CHART_METRICS), 'weekly']) {
      const c = page.getByTestId(`progress-chart-${id}`);
      await expect.poll(() => c.getAttribute('data-x-max')).not.toBeNull();
      const [lo, hi] = [Number(await c.getAttribute('data-x-min')), Number(await c.getAttribute('data-x-max'))];
      spans.push(`${id} ${((hi - lo) / 86_400).toFixed(1)} d`);
      expect(lo, id).toBeLessThan(t);
      expect(hi, id).toBeGreaterThan(t);
      expect(hi - lo, id).toBeLessThanOrEqual(6 * WEEK_S);
    }
    console.log(`one session's date axes: ${spans.join(', ')}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'progress-one-session.png'), fullPage: true });
  });

  it('tells a person without sessions that there are none yet', async () => {
    const cleo = await callApi(page, 'people.create', { name: 'Cleo', heightCm: null });
    await openProgressOf(page, cleo.id, 'progress-empty');
    expect(await page.getByTestId('progress-empty').textContent()).toContain('No backward walks yet for Cleo');
    expect(await page.getByTestId('progress-chart-balance').count()).toBe(0);
    expect(app.pageErrors()).toEqual([]);
  });
});

/** A real walk's keypoints (main analyses every finished session's stored keypoints). */
function fixtureFrames(fixture: KeypointsFixture) {
  const parsed = parseKeypointsFile(loadFixture(`${fixture}.lightning.json`));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.file;
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
    const files = fixtures.map(fixtureFrames);
    const start = Date.now() - (SESSIONS * DAY_MS) / 2; // two a day for 500 days
    const one = async (i: number) => {
      const { fps, width, height, frames } = files[i % files.length];
      const { id } = await callApi(page, 'sessions.create', {
        personId: person.id,
        startedAt: new Date(start + (i * DAY_MS) / 2).toISOString(),
        model: 'lightning',
        width,
        height,
        fps,
      });
      for (let k = 0; k < frames.length; k += 600) {
        await callApi(page, 'sessions.appendFrames', {
          id,
          frames: frames.slice(k, k + 600) as ApiRequest<'sessions.appendFrames'>['frames'],
        });
      }
      await callApi(page, 'sessions.finish', { id, durationMs: frames[frames.length - 1].t });
    };
    for (let i = 0; i < SESSIONS; i += 25)
      await Promise.all(Array.from({ length: Math.min(25, SESSIONS - i) }, (_, k) => one(i + k)));
    await callApi(page, 'settings.update', { personId: person.id });
    await page.reload();
  });

  it('plots every session, and says how long the screen took to open', async () => {
    await page.getByTestId('nav-progress').click();
    await page.getByTestId('direction-filter').waitFor();
    // forward, backward and standing sessions: every one shows under “All walks”
    const opened = Date.now();
    await page.getByTestId('direction-filter').getByText('All walks', { exact: true }).click();
    await page
      .locator('[data-testid="progress-content"][data-direction="all"]')
      .locator('[data-testid="progress-chart-weekly"] canvas')
      .waitFor({ timeout: 60_000 });
    console.log(
      `progress screen with ${SESSIONS} sessions: charts drawn ${Date.now() - opened} ms after the click (API + React + uPlot, headless Chromium)`,
    );
    expect(await page.getByTestId('progress-content').getAttribute('data-sessions')).toBe(String(SESSIONS));
    await page.screenshot({ path: join(SCREENSHOTS, 'progress-1000.png'), fullPage: true });
    const asked = Date.now();
    const report = await callApi(page, 'progress.get', {
      personId: person.id,
      variant: null,
      utcOffsetMin: await page.evaluate(() => -new Date().getTimezoneOffset()),
    });
    console.log(`progress.get alone, over HTTP: ${Date.now() - asked} ms`);
    for (const [id, metrics] of Object.entries(CHART_METRICS)) {
      expect(Number(await page.getByTestId(`progress-chart-${id}`).getAttribute('data-points')), id).toBe(
        valuesOf(report, metrics),
      );
    }
    expect(valuesOf(report, ['balanceScore'])).toBe(SESSIONS);
  });

  it('lists every session on the Sessions screen from light list items, and says how long it took', async () => {
    const opened = Date.now();
    await page.getByTestId('nav-sessions').click();
    await expect
      .poll(() => page.getByTestId('sessions-list').getAttribute('data-count'), { timeout: 60_000 })
      .toBe(String(SESSIONS));
    await page
      .getByTestId('session-row')
      .nth(SESSIONS - 1)
      .waitFor();
    console.log(
      `sessions screen with ${SESSIONS} sessions: every row shown ${Date.now() - opened} ms after the click (API + React, headless Chromium)`,
    );
    const listAsked = Date.now();
    const list = await callApi(page, 'sessions.list', {});
    const json = JSON.stringify(list).length;
    console.log(
      `sessions.list alone, over HTTP: ${Date.now() - listAsked} ms, ${(json / 1024 ** 2).toFixed(2)} MiB of JSON`,
    );
    expect(list).toHaveLength(SESSIONS);
    expect(list.every((s) => s.metrics !== null && !('analysis' in s))).toBe(true);
  });
});
