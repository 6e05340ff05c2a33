/**
 * The sessions list, the session page and the replay as a person with four walks sees them, in
 * browser mode: knee past toes first, with the change since the previous walk of the same
 * direction and variant; every score with its scale and meaning on the page; one name for a
 * session in the list and the replay; the date editable; step clicks that keep the picture in view
 * and keys that do what they say after any click. Screenshots at 1440×900 and 1024×700.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person, SessionListItem, SessionSummary } from '../../src/shared/api';
import { READABLE_FRAMES_WARNING_BELOW_PCT } from '../../src/shared/display/data-quality';
import { formatKneePastToe, KNEE_PAST_TOE_LABELS } from '../../src/shared/display/knee-past-toe';
import type { GaitAnalysis, Side } from '../../src/shared/gait';
import { useApp } from './support/app-fixture';
import { callApi, seedAdaWhoGrew } from './support/seed';
import { openSessionPage, openSessions as openSessionsTab, sessionRow, shownValue } from './support/screens';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 1024, height: 700 };
const SIDES: Side[] = ['left', 'right'];

describe('sessions list, session page and replay', () => {
  const app = useApp();
  let page: Page;
  let ada: Person;
  /** Oldest first: backward (168 cm), forward, backward (180 cm), standing uphill. */
  let walks: SessionSummary[];
  let list: SessionListItem[];

  const row = (id: number) => sessionRow(page, id);
  const openSessions = () => openSessionsTab(page);
  const openSession = (id: number) => openSessionPage(page, id);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    ({ ada, walks } = await seedAdaWhoGrew(
      page,
      [{ daysAgo: 9, fixture: 'sports2d-walk-reversed', variant: 'flat' }],
      [
        { daysAgo: 4, fixture: 'sports2d-walk', variant: 'flat', title: 'Park, forward' },
        { daysAgo: 2, fixture: 'sports2d-walk-reversed', variant: 'flat' },
        { daysAgo: 1, fixture: 'pose2sim-balance', variant: 'uphill' },
      ],
    ));
    list = await callApi(page, 'sessions.list', { personId: ada.id });
    await page.setViewportSize(WIDE);
    await page.reload();
  });

  it('lists knee past toes first, per leg, with the change since the previous walk of the same kind', async () => {
    await openSessions();
    const heads = (await page.locator('.sessions-table thead th').allTextContents()).map((h) => h.trim());
    expect(heads.slice(0, 2)).toEqual(['Session', KNEE_PAST_TOE_LABELS.session]);
    expect(heads).not.toContain('Frames');
    const [older, , newer] = walks;
    const item = (id: number) => list.find((s) => s.id === id)!;
    for (const side of SIDES) {
      const before = item(older.id).metrics!.peakKneePastToeCm[side]!;
      const now = item(newer.id).metrics!.peakKneePastToeCm[side]!;
      expect(await shownValue(row(newer.id).getByTestId(`session-kpt-${side}`))).toEqual({
        text: formatKneePastToe(now, 'cm'),
        value: now,
      });
      // 180 / 168 of the same walk: longer
      const change = Math.round((now - before) * 10) / 10;
      expect(change).toBeGreaterThan(0);
      expect(await shownValue(row(newer.id).getByTestId(`session-kpt-change-${side}`))).toEqual({
        text: formatKneePastToe(change, 'cm', 'metric', 'change'),
        value: change,
      });
      // the first backward walk on the flat, and the only forward one: nothing to compare with
      for (const first of [older, walks[1]])
        expect(await shownValue(row(first.id).getByTestId(`session-kpt-change-${side}`))).toEqual({
          text: 'first',
          value: null,
        });
    }
    const olderName = (await row(older.id).getByTestId('session-open').textContent())!;
    expect(await row(newer.id).getByTestId('session-kpt-change-left').getAttribute('title')).toBe(
      `Change since ${olderName}`,
    );
    for (const s of list)
      expect(await row(s.id).getByTestId('session-balance').textContent()).toBe(`${s.metrics!.balanceScore}/100`);
    await page.screenshot({ path: join(SCREENSHOTS, 'sessions-list-1440x900.png') });
    await page.setViewportSize(NARROW);
    await page.screenshot({ path: join(SCREENSHOTS, 'sessions-list-1024x700.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize(WIDE);
  });

  it('session page: knee past toes first with its target and the change since last time, scores with scale and meaning', async () => {
    const [older, , newer] = walks;
    const analysis = newer.analysis as GaitAnalysis;
    // a target between the legs' values: one leg reached it, the other not yet
    const { left, right } = analysis.knee_past_toe.peak as Record<Side, number>;
    const [low, high] = [Math.min(left, right), Math.max(left, right)];
    const target = Math.round(((low + high) / 2) * 10) / 10;
    await callApi(page, 'people.update', {
      id: ada.id,
      goals: { kneePastToe: { value: target, unit: 'cm' }, backwardMinPerWeek: null },
    });
    await page.reload();
    await openSession(newer.id);
    for (const side of SIDES) {
      const reached = analysis.knee_past_toe.peak[side]! >= target;
      const goal = page.getByTestId(`detail-kpt-target-${side}`);
      expect(await goal.getAttribute('data-met')).toBe(String(reached));
      const toGo = formatKneePastToe(Math.round((target - low) * 10) / 10, 'cm');
      expect(await goal.textContent()).toBe(
        reached
          ? `Target ${formatKneePastToe(target, 'cm')} reached`
          : `Target ${formatKneePastToe(target, 'cm')}: ${toGo} to go`,
      );
    }
    const listed = list.find((s) => s.id === newer.id)!;
    for (const side of SIDES) {
      const value = analysis.knee_past_toe.peak[side]!;
      expect(value).toBe(listed.metrics!.peakKneePastToeCm[side]);
      expect(await shownValue(page.getByTestId(`detail-kpt-${side}`))).toEqual({
        text: formatKneePastToe(value, 'cm'),
        value,
      });
      // the change is worked out from the person's list, read apart from the session
      const changeShown = () => shownValue(page.getByTestId(`detail-kpt-change-${side}`));
      const before = list.find((s) => s.id === older.id)!.metrics!.peakKneePastToeCm[side]!;
      await expect.poll(async () => (await changeShown()).value).toBe(Math.round((value - before) * 10) / 10);
      const change = await changeShown();
      expect(change.text).toMatch(/^\+\d+\.\d cm since Session of /);
    }
    // the card comes first, before the walk's other numbers
    const order = await page
      .locator('.session-main')
      .evaluate((main) => Array.from(main.children, (c) => c.querySelector('h2')?.textContent ?? c.tagName));
    expect(order[0]).toBe(KNEE_PAST_TOE_LABELS.session);

    // every score with its scale, and a visible line saying what it means
    expect(await page.getByTestId('detail-balance').textContent()).toBe(`${analysis.balance.score}/100`);
    for (const [key, score] of Object.entries(analysis.balance.subscores)) {
      const fact = page.getByTestId(`detail-balance-${key}`);
      expect(await fact.textContent()).toBe(score === null ? '—' : `${score}/100`);
      expect(await fact.locator('xpath=following-sibling::dd[@class="meaning"]').isVisible()).toBe(true);
    }
    await expect.poll(() => page.getByText('higher = steadier', { exact: false }).first().isVisible()).toBe(true);
    const text = (await page.getByTestId('session-detail').textContent())!;
    for (const jargon of ['Stumbles stops', 'shank lengths', 'Confident frames', 'Leg swaps repaired'])
      expect(text).not.toContain(jargon);

    // this walk was poorly seen: said plainly, with the filming tips
    const readable = analysis.quality.confident_frames_pct;
    expect(readable).toBeLessThan(READABLE_FRAMES_WARNING_BELOW_PCT);
    expect(await page.getByTestId('detail-readable').textContent()).toBe(`${readable.toFixed(0)} %`);
    const warning = page.getByTestId('detail-unreadable');
    expect(await warning.textContent()).toMatch(/of this walk was unreadable.*see Filming tips/);
    expect(await warning.getByText('Camera at hip height', { exact: false }).isVisible()).toBe(true);

    // the width used: analysis and details side by side at 1440, one above the other at 1024
    const boxes = async () => ({
      main: (await page.locator('.session-main').boundingBox())!,
      side: (await page.locator('.session-side').boundingBox())!,
    });
    const wide = await boxes();
    expect(wide.side.x).toBeGreaterThanOrEqual(wide.main.x + wide.main.width);
    expect(wide.main.width + wide.side.width).toBeGreaterThan(WIDE.width * 0.8);
    await page.screenshot({ path: join(SCREENSHOTS, 'session-page-1440x900.png'), fullPage: true });
    await page.setViewportSize(NARROW);
    const narrow = await boxes();
    expect(narrow.side.y).toBeGreaterThanOrEqual(narrow.main.y + narrow.main.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'session-page-1024x700.png'), fullPage: true });
    await page.setViewportSize(WIDE);
  });

  it('edits the date: refused in the future, saved, still there after a reload, the list reordered', async () => {
    const standing = walks[3];
    await openSession(standing.id);
    const date = page.getByTestId('details-date');
    await date.fill('2099-01-01T10:00');
    await page.getByTestId('details-save').click();
    await expect.poll(() => page.getByTestId('details-status').textContent()).toContain('Not saved');
    expect(await page.getByRole('alert').filter({ hasText: 'in the future' }).count()).toBe(1);

    // 20 days ago at 07:45 on the page's clock: before every other walk
    const typed = await page.evaluate(() => {
      const d = new Date(Date.now() - 20 * 86_400_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T07:45`;
    });
    await date.fill(typed);
    await page.getByTestId('details-save').click();
    await expect.poll(() => page.getByTestId('details-status').textContent()).toBe('Saved.');
    const instant = await page.evaluate((t) => new Date(t).toISOString(), typed);
    expect((await callApi(page, 'sessions.get', { id: standing.id }))!.startedAt).toBe(instant);

    await page.reload();
    await page.locator(`[data-testid="session-detail"][data-loaded="true"]`).waitFor();
    expect(await page.getByTestId('details-date').inputValue()).toBe(typed);
    const title = (await page.locator('#session-title').textContent())!;
    expect(title).toMatch(/^Session of /);
    await openSessions();
    const ids = await page
      .getByTestId('session-row')
      .evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.sessionId)));
    expect(ids.at(-1)).toBe(standing.id);
    expect(await row(standing.id).getByTestId('session-open').textContent()).toBe(title);
  });

  it("replay: the same name as the list, each leg's typical step in the summary, the frame readout", async () => {
    for (const walk of [walks[1], walks[2]]) {
      await openSessions();
      const name = (await row(walk.id).getByTestId('session-open').textContent())!;
      await row(walk.id).getByTestId('session-replay').click();
      await page.getByTestId('replay-overlay').waitFor();
      expect(await page.locator('#replay-title').textContent()).toBe(`Replay: ${name}`);
      for (const side of SIDES)
        expect((await shownValue(page.getByTestId(`replay-kpt-${side}`))).value).toBe(
          (await callApi(page, 'sessions.list', { personId: ada.id })).find((s) => s.id === walk.id)!.metrics!
            .peakKneePastToeCm[side],
        );
    }
    expect(await page.getByTestId('frame-readout').textContent()).toContain(KNEE_PAST_TOE_LABELS.frame);
    expect(await page.getByTestId('replay-balance').textContent()).toMatch(/^\d+\/100$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-1440x900.png') });
  });

  it('replay: a step click keeps the picture in view, and Space then plays; the peak buttons land on a skeleton', async () => {
    await page.setViewportSize(NARROW);
    const overlay = page.getByTestId('replay-overlay');
    const frame = async () => Number(await overlay.getAttribute('data-frame-index'));
    const stepButton = page.getByTestId('step-row').nth(2).getByRole('button');
    await stepButton.scrollIntoViewIfNeeded();
    const stageInView = () =>
      page.getByTestId('replay-stage').evaluate((el) => {
        const r = el.getBoundingClientRect();
        // within a pixel: a scroll lands on whole CSS pixels, the layout has fractions
        return r.top > -1 && r.bottom < window.innerHeight + 1;
      });
    expect(await stageInView()).toBe(false); // the table is below the picture
    const stepTime = Number(
      (await page.getByTestId('step-row').nth(2).locator('td').nth(2).textContent())!.replace(' s', ''),
    );
    await stepButton.click();
    const times = (await callApi(page, 'sessions.frames', { id: walks[2].id })).map((f) => f.t / 1000);
    const stepFrame = times.reduce(
      (best, t, i) => (Math.abs(t - stepTime) < Math.abs(times[best] - stepTime) ? i : best),
      0,
    );
    await expect.poll(frame).toBe(stepFrame);
    await expect.poll(stageInView).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-step-clicked-1024x700.png') });

    // Space plays (not the step button again), and pauses
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('replay-play').getAttribute('aria-label')).toBe('Pause');
    await expect.poll(frame, { timeout: 10_000 }).toBeGreaterThan(stepFrame + 3);
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('replay-play').getAttribute('aria-label')).toBe('Play');
    // and the arrows step frames after a click on a peak button
    for (const side of SIDES) {
      await page.getByTestId(`largest-step-${side}`).click();
      await expect.poll(() => overlay.getAttribute('data-has-pose')).toBe('true');
      expect((await shownValue(page.getByTestId(`frame-kpt-${side}`))).value).not.toBeNull();
      const at = await frame();
      await page.keyboard.press('ArrowRight');
      await expect.poll(frame).toBe(at + 1);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-1024x700.png') });
    expect(app.pageErrors()).toEqual([]);
  });
});
