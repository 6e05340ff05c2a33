/**
 * The answer after every take, end to end: a take recorded from the fake camera (real footage of a
 * backward walk, the real MoveNet) shows a result card whose numbers are the session's stored
 * analysis; goals edited on the Progress screen persist and show their progress; kids mode words;
 * the distance view holds its numbers per step. Screenshots at 1440×900 in test-results/screenshots.
 */
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Person, SessionSummary } from '../../src/shared/api';
import { formatKneePastToe, kneePastToeUnit, sessionKneePastToe } from '../../src/shared/display/knee-past-toe';
import type { GaitAnalysis } from '../../src/shared/gait/types';
import { earlierWalks, minutesGoalProgress, weekStartOf } from '../../src/shared/progress';
import { useApp } from './support/app-fixture';
import { CLIPS, prepareClip } from './support/footage';
import { recordTake, waitForLiveFrames } from './support/live';
import { callApi, seedLastWeeksWalk } from './support/seed';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

describe('result card, goals, kids mode and distance view on a recorded backward walk', () => {
  const app = useApp({ cameraFile: prepareClip('walk-reversed', CLIPS.walkReversed) });
  let page: Page;
  let ada: Person;
  let take: SessionSummary;

  beforeAll(async () => {
    page = app.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    ada = await callApi(page, 'people.create', {
      name: 'Ada',
      heightCm: 132,
      birthYear: 2016,
      goals: { kneePastToe: { value: 3, unit: 'cm' }, backwardMinPerWeek: 1 },
    });
    await callApi(page, 'settings.update', { personId: ada.id });
    await seedLastWeeksWalk(page, ada.id); // so the card's "last time" column has numbers
    await page.reload();
  });

  it("shows the take's stored analysis: knee past the toes per leg against last time and best, steps, cadence, balance", async () => {
    await waitForLiveFrames(page, 20, 180_000).catch((e) => {
      throw new Error(`${e}${app.context()}`);
    });
    take = await recordTake(page);
    const analysis = take.analysis as GaitAnalysis;
    const unit = kneePastToeUnit(analysis);
    expect(unit).toBe('cm'); // she has a height
    const card = page.getByTestId('result-card');
    // the card reads the list for last time and best: wait for its last-time cells to be filled
    const list = await callApi(page, 'sessions.list', { personId: ada.id });
    const earlier = earlierWalks(list, take, unit);
    for (const side of ['left', 'right'] as const) {
      const value = sessionKneePastToe(analysis, side, unit);
      await expect
        .poll(() => card.getByTestId(`result-knee-${side}`).getAttribute('data-value'))
        .toBe(value === null ? '' : String(value));
      expect(await card.getByTestId(`result-knee-${side}`).textContent()).toContain(formatKneePastToe(value, unit));
      await expect
        .poll(() => card.getByTestId(`result-last-${side}`).textContent())
        .toBe(earlier.last ? formatKneePastToe(earlier.last.values[side], unit) : '—');
      expect(await card.getByTestId(`result-best-${side}`).textContent()).toBe(
        earlier.best[side] ? formatKneePastToe(earlier.best[side].value, unit) : '—',
      );
      const met = value !== null && value >= 3;
      expect(await card.getByTestId(`result-goal-${side}`).getAttribute('data-met')).toBe(String(met));
    }
    console.log(
      `take ${take.id}: ${take.frameCount} frames, direction ${analysis.direction}, knee past toes ${JSON.stringify(analysis.knee_past_toe.peak)} cm, last time ${JSON.stringify(earlier.last?.values)}`,
    );
    expect(await card.getByTestId('result-steps').textContent()).toBe(String(analysis.steps.count));
    expect(await card.getByTestId('result-cadence').textContent()).toBe(
      analysis.cadence_spm === null ? '—' : `${analysis.cadence_spm.toFixed(0)} steps/min`,
    );
    expect(await card.getByTestId('result-direction').getAttribute('data-value')).toBe(analysis.direction);
    expect(await card.getByTestId('result-balance').getAttribute('data-value')).toBe(
      analysis.balance.score === null ? '' : String(analysis.balance.score),
    );
    expect((await card.getByTestId('result-balance-reason').textContent())?.trim()).toBe(analysis.balance.explanation);
    expect(await card.getByTestId('result-past-toes').textContent()).toBe(
      `${analysis.step_list.filter((s) => s.knee_past_toe === true).length} of ${analysis.steps.count}`,
    );
    // the weekly goal: this week's minutes and the streak from the stored progress
    const report = await callApi(page, 'progress.get', {
      personId: ada.id,
      direction: 'all',
      utcOffsetMin: await page.evaluate(() => -new Date().getTimezoneOffset()),
    });
    const offset = await page.evaluate(() => -new Date().getTimezoneOffset());
    const expected = minutesGoalProgress(report.weekly, 1, weekStartOf(Date.now(), offset));
    const goal = card.getByTestId('minutes-goal');
    await expect.poll(() => goal.getAttribute('data-minutes')).toBe(String(expected.minutes));
    expect(await card.getByTestId('goal-streak').getAttribute('data-weeks')).toBe(String(expected.streakWeeks));
    await page.screenshot({ path: join(SHOTS, 'result-card.png') });
  });

  it('Trim keeps a part of the take: main analyses it again and the card shows the new stored numbers', async () => {
    const end = Math.floor(take.durationMs / 1000) - 1;
    await page.getByTestId('result-trim').click();
    const form = page.getByTestId('trim-form');
    await form.getByLabel('Keep from (s)').fill('1');
    await form.getByLabel('to (s)').fill(String(end));
    await form.getByRole('button', { name: 'Keep this part and analyse again' }).click();
    await page.getByTestId('result-trimmed').waitFor({ timeout: 30_000 });
    const trimmed = (await callApi(page, 'sessions.get', { id: take.id }))!;
    expect(trimmed.trim).toEqual({ startS: 1, endS: end });
    const analysis = trimmed.analysis as GaitAnalysis;
    const frames = await callApi(page, 'sessions.frames', { id: take.id });
    expect(frames.every((f) => f.t >= 1000 && f.t <= end * 1000)).toBe(true);
    // the analysis covers the kept frames only: first to last, plus its last frame's own length
    const longestGap = Math.max(...frames.slice(1).map((f, i) => f.t - frames[i].t)) / 1000;
    expect(analysis.quality.duration_s!).toBeLessThanOrEqual(end - 1 + longestGap);
    expect(analysis.quality.duration_s!).toBeGreaterThanOrEqual((frames.at(-1)!.t - frames[0].t) / 1000);
    const card = page.getByTestId('result-card');
    const unit = kneePastToeUnit(analysis);
    for (const side of ['left', 'right'] as const)
      await expect
        .poll(() => card.getByTestId(`result-knee-${side}`).getAttribute('data-value'))
        .toBe(String(sessionKneePastToe(analysis, side, unit) ?? ''));
    expect(await card.getByTestId('result-steps').textContent()).toBe(String(analysis.steps.count));
    console.log(`trimmed to 1–${end} s: ${frames.length} of ${take.frameCount} frames, steps ${analysis.steps.count}`);
    take = trimmed;
  });

  it('Discard moves the take to the Trash, Undo brings it back, Keep closes the card', async () => {
    await page.getByTestId('result-discard').click();
    await page.getByTestId('result-discarded').waitFor();
    expect((await callApi(page, 'sessions.list', { personId: ada.id, trash: true })).map((s) => s.id)).toEqual([
      take.id,
    ]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => (await callApi(page, 'sessions.list', { personId: ada.id, trash: true })).length)
      .toBe(0);
    // the card is back with the take: Keep closes it, the take stays
    await page.getByTestId('result-keep').click();
    await expect.poll(() => page.getByTestId('result-card').count()).toBe(0);
  });

  it('goals edited on the Progress screen persist and show their progress', async () => {
    await page.getByTestId('nav-progress').click();
    const panel = page.getByTestId('goals-panel');
    await panel.getByTestId('goals-edit').click();
    await panel.getByLabel('Knee past the toes, each leg').fill('4,5');
    await panel.getByLabel('Backward minutes a week').fill('20');
    await panel.getByRole('button', { name: 'Save goals' }).click();
    await expect.poll(() => panel.getByTestId('goals-knee').textContent()).toContain('target 4.5 cm');
    await page.reload();
    await expect.poll(() => page.getByTestId('goals-knee').textContent(), { timeout: 30_000 }).toContain('4.5 cm');
    const [saved] = (await callApi(page, 'people.list', {})).filter((p) => p.id === ada.id);
    expect(saved.goals).toEqual({ kneePastToe: { value: 4.5, unit: 'cm' }, backwardMinPerWeek: 20 });
    const offset = await page.evaluate(() => -new Date().getTimezoneOffset());
    const report = await callApi(page, 'progress.get', { personId: ada.id, direction: 'all', utcOffsetMin: offset });
    const expected = minutesGoalProgress(report.weekly, 20, weekStartOf(Date.now(), offset));
    await expect
      .poll(() => page.getByTestId('minutes-goal').getAttribute('data-minutes'))
      .toBe(String(expected.minutes));
    expect(await page.getByTestId('minutes-goal').textContent()).toContain(`${expected.minutes.toFixed(1)} of 20 min`);
    // a target out of range is refused in the form, with main's words
    await page.getByTestId('goals-edit').click();
    await page.getByLabel('Knee past the toes, each leg').fill('80');
    await page.getByRole('button', { name: 'Save goals' }).click();
    await expect.poll(() => page.getByTestId('goals-form').textContent()).toContain('0 to 50 cm');
    await page.getByRole('button', { name: 'Cancel' }).click();
    // the person form holds the same goals, and saves a change of them
    await page.getByTestId('nav-people').click();
    await page.getByRole('button', { name: 'Edit Ada' }).click();
    const form = page.getByTestId('person-form');
    expect(await form.getByLabel('Knee past the toes, each leg').inputValue()).toBe('4.5');
    expect(await form.getByLabel('Backward minutes a week').inputValue()).toBe('20');
    await form.screenshot({ path: join(SHOTS, 'person-form-goals.png') });
    await form.getByLabel('Backward minutes a week').fill('25');
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(async () => (await callApi(page, 'people.list', {})).find((p) => p.id === ada.id)?.goals.backwardMinPerWeek)
      .toBe(25);
    await page.getByTestId('nav-progress').click();
    await expect.poll(() => page.getByTestId('minutes-goal').textContent()).toContain('of 25 min');
    await page.screenshot({ path: join(SHOTS, 'progress-goals.png') });
  });

  it('kids mode: plain words, a star per step past the toes, no cadence or balance grade', async () => {
    await page.getByTestId('goals-edit').click();
    await page.getByLabel(/Kids mode/).check();
    await page.getByRole('button', { name: 'Save goals' }).click();
    await expect
      .poll(async () => (await callApi(page, 'people.list', {})).find((p) => p.id === ada.id)?.kidsMode)
      .toBe(true);
    await page.getByTestId('nav-live').click();
    await waitForLiveFrames(page, (await page.evaluate(() => window.__retrowalkDebug?.frames ?? 0)) + 10, 180_000);
    // the live readout beside the picture is the kids' one: a step counter and stars, no knee angles
    await page.getByTestId('kids-readout').waitFor();
    expect(await page.getByTestId('knee-flexion-left').count()).toBe(0);
    const kidsTake = await recordTake(page);
    const analysis = kidsTake.analysis as GaitAnalysis;
    const card = page.getByTestId('result-card');
    expect(await card.getAttribute('data-kids')).toBe('true');
    expect(await card.getByRole('heading').first().textContent()).toContain('Well walked!');
    const stars = analysis.step_list.filter((s) => s.knee_past_toe === true).length;
    expect(await card.getByTestId('result-stars').getAttribute('data-count')).toBe(String(stars));
    expect(await card.getByTestId('result-steps').textContent()).toBe(String(analysis.steps.count));
    expect(await card.getByTestId('result-cadence').count()).toBe(0);
    expect(await card.getByTestId('result-balance').count()).toBe(0);
    const text = (await card.textContent()) ?? '';
    for (const jargon of ['Cadence', 'Balance grade', 'typical step', 'steps/min']) expect(text).not.toContain(jargon);
    await page.screenshot({ path: join(SHOTS, 'result-card-kids.png') });
  });

  it('the distance view holds the knee past the toes per step: a shown value changes only with a new step', async () => {
    // back to adult words for the distance view's screenshot
    await callApi(page, 'people.update', { id: ada.id, kidsMode: false });
    await page.reload();
    await waitForLiveFrames(page, 10, 180_000);
    await page.getByTestId('distance-toggle').click();
    const view = page.getByTestId('distance-view');
    await view.waitFor();
    // every change of what the view shows, with the step count at that moment
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __distanceChanges: string[] }).__distanceChanges = seen;
      const read = () => {
        const steps = document.querySelector<HTMLElement>('[data-testid="distance-steps"]')?.dataset.value ?? '';
        const left = document.querySelector<HTMLElement>('[data-testid="distance-knee-left"]')?.dataset.value ?? '';
        const right = document.querySelector<HTMLElement>('[data-testid="distance-knee-right"]')?.dataset.value ?? '';
        const entry = `${steps}|${left}|${right}`;
        if (seen.at(-1) !== entry) seen.push(entry);
      };
      read();
      new MutationObserver(read).observe(document.querySelector('[data-testid="distance-view"]')!, {
        subtree: true,
        attributes: true,
        characterData: true,
        childList: true,
      });
    });
    const framesAtStart = await page.evaluate(() => window.__retrowalkDebug?.frames ?? 0);
    // four steps shown, however slowly the frames come
    await expect
      .poll(async () => Number(await page.getByTestId('distance-steps').getAttribute('data-value')), {
        timeout: 240_000,
        interval: 500,
      })
      .toBeGreaterThanOrEqual(4);
    const framesDrawn = (await page.evaluate(() => window.__retrowalkDebug?.frames ?? 0)) - framesAtStart;
    const changes = await page.evaluate(() => (window as unknown as { __distanceChanges: string[] }).__distanceChanges);
    console.log(`distance view: ${framesDrawn} frames drawn, shown: ${changes.join(' → ')}`);
    // each change of a leg's value comes with a new step; the frames in between change nothing
    for (let i = 1; i < changes.length; i++) {
      const [stepsBefore] = changes[i - 1].split('|').map(Number);
      const [stepsNow] = changes[i].split('|').map(Number);
      expect(stepsNow, `${changes[i - 1]} → ${changes[i]}`).toBeGreaterThan(stepsBefore);
    }
    expect(changes.length).toBeLessThan(framesDrawn);
    // value and text read in one task: the view may show a new step between two separate reads
    const shownNow = () =>
      page.evaluate(() =>
        (['left', 'right'] as const).map((side) => {
          const cell = document.querySelector<HTMLElement>(`[data-testid="distance-knee-${side}"]`)!;
          return { value: cell.dataset.value ?? '', text: cell.textContent };
        }),
      );
    const [left, right] = await shownNow();
    expect([left.value, right.value].some((v) => v !== '')).toBe(true);
    expect(left.text).toBe(formatKneePastToe(left.value === '' ? null : Number(left.value), 'cm'));
    await page.screenshot({ path: join(SHOTS, 'distance-view.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('distance-view').count()).toBe(0);
  });
});
