/**
 * "One definition, one value", end to end in browser mode on one real walk: the whole of
 * sports2d-walk.mp4 imported through the UI for a person with a height (so values are in cm). Each
 * knee's typical step past the toes (the stored analysis's `knee_past_toe.peak`, the median of the
 * step peaks) reads the same on the sessions list, the session page, the replay summary, the
 * report, progress and both exports; each step's value in the step table is that step's value in
 * the exported JSON; "Largest step L/R" land on a frame with the skeleton and a reading of that leg.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../src/shared/api';
import { formatKneePastToe } from '../../src/shared/display/knee-past-toe';
import type { GaitAnalysis, Side, StepRecord } from '../../src/shared/gait';
import { useApp } from './support/app-fixture';
import { importThroughUi } from './support/import-ui';
import { openProgressOf, shownValue } from './support/screens';
import { callApi } from './support/seed';
import { requireFootage } from '../support/requirements';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const SIDES: Side[] = ['left', 'right'];
const HEIGHT_CM = 168;

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  return readFileSync(await (await download).path(), 'utf8');
}

describe('one knee-past-toe value on every screen (a real walk, imported)', () => {
  const app = useApp();
  let page: Page;
  let session: SessionSummary;
  let analysis: GaitAnalysis;
  /** The stored value of each leg, and how every screen must write it. */
  const typical = {} as Record<Side, { value: number; text: string }>;
  /** What the replay read at each Largest step's frame ("this frame"). */
  const readAt = {} as Record<Side, { frame: number; kneePastToe: number; flexion: number }>;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    const ada = await callApi(page, 'people.create', { name: 'Ada', heightCm: HEIGHT_CM });
    await callApi(page, 'settings.update', { personId: ada.id });
    await page.reload();
    await page.getByTestId('nav-sessions').click();
    await importThroughUi(page, requireFootage('sports2d-walk.mp4'), app.context);
    const [item] = await callApi(page, 'sessions.list', { personId: ada.id });
    session = (await callApi(page, 'sessions.get', { id: item.id }))!;
    analysis = session.analysis as GaitAnalysis;
    expect(session.heightCm).toBe(HEIGHT_CM);
    expect(analysis.knee_past_toe.unit).toBe('cm');
    for (const side of SIDES) {
      const value = analysis.knee_past_toe.peak[side];
      expect(value, `${side} knee: the walk has a measured stance`).not.toBeNull();
      typical[side] = { value: value!, text: formatKneePastToe(value, 'cm') };
    }
    console.log(
      `stored typical step past the toes: L ${typical.left.text}, R ${typical.right.text}; ${analysis.step_list.length} steps`,
    );
  });

  it("replay: the summary shows the stored value per leg; each step row shows that step's stored peak", async () => {
    await page.getByTestId('replay-overlay').waitFor();
    for (const side of SIDES) {
      expect(await shownValue(page.getByTestId(`replay-kpt-${side}`))).toEqual(typical[side]);
    }
    const cells = page.getByTestId('step-kpt');
    expect(await cells.count()).toBe(analysis.step_list.length);
    for (let i = 0; i < analysis.step_list.length; i++) {
      const s = analysis.step_list[i];
      const cell = await shownValue(cells.nth(i));
      expect(cell.value).toBe(s.peak_knee_past_toe ?? null);
      if (s.peak_knee_past_toe != null) expect(cell.text).toContain(formatKneePastToe(s.peak_knee_past_toe, 'cm'));
    }
    const header = await page.getByTestId('step-table').locator('thead').textContent();
    expect(header).toContain('Knee past toes, this step');
  });

  it('replay: "Largest step L/R" go to the largest step\'s peak frame, where the skeleton and that leg\'s reading show', async () => {
    const times = (await callApi(page, 'sessions.frames', { id: session.id })).map((f) => f.t / 1000);
    for (const side of SIDES) {
      const own = analysis.step_list.filter(
        (s): s is StepRecord & { peak_knee_past_toe: number } => s.side === side && s.peak_knee_past_toe != null,
      );
      const largest = own.reduce((a, b) => (b.peak_knee_past_toe > a.peak_knee_past_toe ? b : a));
      const button = page.getByTestId(`largest-step-${side}`);
      expect(await button.textContent()).toBe(`Largest step ${side === 'left' ? 'L' : 'R'}`);
      expect(await button.getAttribute('title')).toContain(formatKneePastToe(largest.peak_knee_past_toe, 'cm'));
      await button.click();
      const frame = times.findIndex((t) => Math.abs(t - largest.peak_knee_past_toe_t_s!) < 0.001);
      expect(frame).toBeGreaterThanOrEqual(0);
      await expect.poll(() => page.getByTestId('replay-overlay').getAttribute('data-frame-index')).toBe(String(frame));
      expect(await page.getByTestId('replay-overlay').getAttribute('data-has-pose')).toBe('true');
      const reading = await shownValue(page.getByTestId(`frame-kpt-${side}`));
      expect(reading.value).not.toBeNull();
      expect(reading.text).toBe(formatKneePastToe(reading.value, 'cm'));
      const flexion = (await shownValue(page.getByTestId(`frame-flexion-${side}`))).value;
      expect(flexion).not.toBeNull();
      readAt[side] = { frame, kneePastToe: reading.value!, flexion: flexion! };
      console.log(
        `Largest step ${side}: ${formatKneePastToe(largest.peak_knee_past_toe, 'cm')} at ${largest.peak_knee_past_toe_t_s} s (frame ${frame + 1}); this frame reads ${reading.text}`,
      );
      if (side === 'left')
        await page.screenshot({ path: join(SCREENSHOTS, 'one-value-replay-largest-left.png'), fullPage: true });
    }
  });

  it("replay: the knee-flexion chart spans a knee's range, −15° to 140°", async () => {
    const chart = page.getByTestId('chart-knee-flexion');
    expect([await chart.getAttribute('data-y-min'), await chart.getAttribute('data-y-max')]).toEqual(['-15', '140']);
    expect(await chart.locator('figcaption').textContent()).toContain(
      '+ = bent (flexion), − = bent backward (hyperextension)',
    );
  });

  it('sessions list and session page show the stored value per leg', async () => {
    await page.getByRole('button', { name: '← All sessions' }).click();
    const row = page.locator(`[data-testid="session-row"][data-session-id="${session.id}"]`);
    for (const side of SIDES) expect(await shownValue(row.getByTestId(`session-kpt-${side}`))).toEqual(typical[side]);
    expect(await page.locator('.sessions-table thead').textContent()).toContain('Knee past toes, typical step');
    await page.screenshot({ path: join(SCREENSHOTS, 'one-value-sessions.png') });
    await row.getByTestId('session-open').click();
    await page.locator('[data-testid="session-detail"][data-loaded="true"]').waitFor();
    for (const side of SIDES) expect(await shownValue(page.getByTestId(`detail-kpt-${side}`))).toEqual(typical[side]);
    await page.screenshot({ path: join(SCREENSHOTS, 'one-value-session.png'), fullPage: true });
  });

  it('Export JSON holds the same value and each step\'s; Export CSV the replay\'s "this frame" readings', async () => {
    const exported = JSON.parse(await downloaded(page, () => page.getByTestId('export-json').click())) as {
      summary: Pick<GaitAnalysis, 'knee_past_toe'>;
      steps: StepRecord[];
    };
    for (const side of SIDES) expect(exported.summary.knee_past_toe.peak[side]).toBe(typical[side].value);
    expect(exported.steps.map((s) => s.peak_knee_past_toe)).toEqual(
      analysis.step_list.map((s) => s.peak_knee_past_toe),
    );
    expect(exported.steps.map((s) => s.peak_knee_past_toe_t_s)).toEqual(
      analysis.step_list.map((s) => s.peak_knee_past_toe_t_s),
    );

    const frames = Papa.parse<Record<string, string>>(
      await downloaded(page, () => page.getByTestId('export-csv').click()),
      { header: true, skipEmptyLines: true },
    );
    expect(frames.errors).toEqual([]);
    for (const side of SIDES) {
      const row = frames.data[readAt[side].frame];
      expect(Math.abs(Number(row[`${side}_knee_past_toe_cm`]) - readAt[side].kneePastToe)).toBeLessThanOrEqual(
        0.005 + 1e-9,
      );
      expect(Math.abs(Number(row[`${side}_knee_flexion_deg`]) - readAt[side].flexion)).toBeLessThanOrEqual(
        0.005 + 1e-9,
      );
    }
  });

  it('the session report shows the same value', async () => {
    await page.getByTestId('detail-report').click();
    await page.locator('[data-testid="session-report"][data-ready="true"]').waitFor();
    for (const side of SIDES)
      expect((await page.getByTestId(`report-kpt-${side}`).textContent())!.trim()).toBe(typical[side].text);
    const chart = page.getByTestId('report-knee-chart');
    expect([await chart.getAttribute('data-y-min'), await chart.getAttribute('data-y-max')]).toEqual(['-15', '140']);
    await page.screenshot({ path: join(SCREENSHOTS, 'one-value-report.png'), fullPage: true });
    await page.getByTestId('report-back').click();
  });

  it('the sessions CSV and progress show the same value', async () => {
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('sessions-list').waitFor();
    const csv = Papa.parse<Record<string, string>>(
      await downloaded(page, () => page.getByTestId('export-person').click()),
      { header: true, skipEmptyLines: true },
    );
    expect(csv.errors).toEqual([]);
    const [row] = csv.data;
    expect(Number(row.peak_knee_past_toe_left_cm)).toBe(typical.left.value);
    expect(Number(row.peak_knee_past_toe_right_cm)).toBe(typical.right.value);

    // sports2d-walk is a forward walk: Progress shows backward walks first, so ask for forward ones
    await openProgressOf(page, session.personId, 'progress-empty');
    await page.getByTestId('direction-filter').getByText('Forward walks', { exact: true }).click();
    await page.locator('[data-testid="progress-content"][data-direction="forward"]').waitFor();
    for (const [side, metric] of [
      ['left', 'peakKneePastToeCmLeft'],
      ['right', 'peakKneePastToeCmRight'],
    ] as const) {
      // one session: its value is the personal best, written under the chart's own label
      const best = page.locator(`[data-testid="best-value"][data-metric="${metric}"]`);
      expect(await shownValue(best)).toEqual(typical[side]);
    }
    // the caption opens with the label (a line of meaning may follow it)
    expect(await page.getByTestId('progress-chart-knee-past-toe').locator('figcaption').textContent()).toMatch(
      /^Knee past toes, typical step \(cm\)/,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'one-value-progress.png'), fullPage: true });
    expect(app.pageErrors()).toEqual([]);
  });
});
