/**
 * Imperial units after one switch in Settings, in browser mode: the sessions list, the session page
 * (with its details form's lb and ft), the replay's summary and step table, compare, progress and
 * the session report write inches, feet and inches and pounds; a height typed as 5'8" is kept as
 * 172.7 cm; switching back to metric writes cm again. Expected texts are worked out here from the
 * stored metric values (cm / 2.54, kg / 0.45359237, m / 0.3048), not with the app's formatters.
 * Screenshots of two screens in imperial at 1440×900.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person, SessionSummary } from '../../src/shared/api';
import type { GaitAnalysis, Side } from '../../src/shared/gait';
import { useApp } from './support/app-fixture';
import { callApi, seedAdaWhoGrew } from './support/seed';
import { openSessionPage, openSessions as openSessionsTab, sessionRow } from './support/screens';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const WIDE = { width: 1440, height: 900 };
const SIDES: Side[] = ['left', 'right'];

/** "4.8 in", "−1.6 in": a length stored in cm as imperial shows it, to 0.1 in. */
function inches(cm: number): string {
  const text = Math.abs(cm / 2.54).toFixed(1);
  return `${cm < 0 && Number(text) !== 0 ? '−' : ''}${text} in`;
}
/** "12.3 cm": the same value as metric shows it. */
function centimetres(cm: number): string {
  const text = Math.abs(cm).toFixed(1);
  return `${cm < 0 && Number(text) !== 0 ? '−' : ''}${text} cm`;
}
const text = async (locator: Locator) => (await locator.textContent())!.trim();

describe('units: imperial everywhere after one switch', () => {
  const app = useApp();
  let page: Page;
  let ada: Person;
  /** Oldest first: backward walk (168 cm), the same walk later (180 cm), a sled walk (180 cm). */
  let walks: SessionSummary[];

  const row = (id: number) => sessionRow(page, id);
  const kneeCm = (s: SessionSummary, side: Side) => (s.analysis as GaitAnalysis).knee_past_toe.peak[side]!;
  const openSessions = () => openSessionsTab(page);
  const openSession = (id: number) => openSessionPage(page, id);
  const go = async (address: string) => page.goto(new URL(`#${address}`, page.url()).href);
  const chooseUnits = async (units: 'metric' | 'imperial') => {
    await page.getByTestId('nav-settings').click();
    // the radio is checked once main has saved the choice
    await page.getByTestId(`units-${units}`).click();
    await expect.poll(() => page.getByTestId(`units-${units}`).isChecked()).toBe(true);
    expect((await callApi(page, 'settings.get', {})).units).toBe(units);
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    const seeded = await seedAdaWhoGrew(
      page,
      [{ daysAgo: 5, fixture: 'sports2d-walk-reversed', variant: 'flat' }],
      [
        { daysAgo: 3, fixture: 'sports2d-walk-reversed', variant: 'flat' },
        { daysAgo: 1, fixture: 'sports2d-walk', variant: 'sled', loadKg: 20, title: 'Sled in the park' },
      ],
    );
    ada = seeded.ada;
    const sled = await callApi(page, 'sessions.update', { id: seeded.walks[2].id, distanceM: 200 });
    walks = [seeded.walks[0], seeded.walks[1], sled];
    await page.setViewportSize(WIDE);
    await page.reload();
  });

  it("switches to imperial once, in Settings; the chime's knee target is then typed in inches", async () => {
    await chooseUnits('imperial');
    const target = page.getByTestId('settings-knee-target');
    // typed over the selection: one change, as a user types (fill() clears first, a second save)
    await target.selectText();
    await page.keyboard.type('2');
    await expect
      .poll(async () => (await callApi(page, 'settings.get', {})).coaching.kneePastToeTargetCm)
      .toBeCloseTo(2 * 2.54, 9);
    await expect.poll(() => target.inputValue()).toBe('2');
    await page.screenshot({ path: join(SCREENSHOTS, 'units-settings-imperial-1440x900.png') });
  });

  it('sessions list: knee past toes and the change since last time in inches', async () => {
    await openSessions();
    const [older, newer] = walks;
    for (const side of SIDES) {
      const [before, now] = [kneeCm(older, side), kneeCm(newer, side)];
      expect(await text(row(newer.id).getByTestId(`session-kpt-${side}`))).toBe(inches(now));
      // the change is between the inches shown, so the two numbers add up
      const shownInches = (cm: number) => Number((cm / 2.54).toFixed(1));
      const change = Math.round((shownInches(now) - shownInches(before)) * 10) / 10;
      expect(change).toBeGreaterThan(0);
      expect(await text(row(newer.id).getByTestId(`session-kpt-change-${side}`))).toBe(`+${change.toFixed(1)} in`);
    }
  });

  it("session page: inches, the walker's height in feet and inches, the sled's load in lb and distance in ft", async () => {
    const sled = walks[2];
    await openSession(sled.id);
    for (const side of SIDES)
      expect(await text(page.getByTestId(`detail-kpt-${side}`))).toBe(inches(kneeCm(sled, side)));
    // 180 cm = 70.9 in: 5 ft 11 in to the nearest inch
    expect(await text(page.getByTestId('session-height'))).toBe('5′ 11″');
    const form = page.getByTestId('details-form');
    expect(await form.getByLabel('Sled load (lb)').inputValue()).toBe((20 / 0.45359237).toFixed(1)); // 44.1
    expect(await form.getByLabel('Distance (ft)').inputValue()).toBe((200 / 0.3048).toFixed(1)); // 656.2
    await page.screenshot({ path: join(SCREENSHOTS, 'units-session-page-imperial-1440x900.png'), fullPage: true });

    // a load typed in lb is kept in kg; the distance left as shown keeps its 200 m exactly
    await form.getByLabel('Sled load (lb)').fill('50');
    await page.getByTestId('details-save').click();
    await expect.poll(() => page.getByTestId('details-status').textContent()).toBe('Saved.');
    const saved = (await callApi(page, 'sessions.get', { id: sled.id }))!;
    expect(saved.loadKg).toBeCloseTo(50 * 0.45359237, 9);
    expect(saved.distanceM).toBe(200);
    expect(await form.getByLabel('Sled load (lb)').inputValue()).toBe('50');
  });

  it('replay: the summary and every step of the step table in inches', async () => {
    const newer = walks[1];
    await go(`/sessions/${newer.id}/replay`);
    await page.getByTestId('step-table').waitFor({ timeout: 30_000 });
    for (const side of SIDES)
      expect(await text(page.getByTestId(`replay-kpt-${side}`))).toBe(inches(kneeCm(newer, side)));
    const steps = (newer.analysis as GaitAnalysis).step_list;
    const rows = page.getByTestId('step-row');
    expect(await rows.count()).toBe(steps.length);
    let measured = 0;
    for (const [i, step] of steps.entries()) {
      const cells = (await rows.nth(i).locator('td').allTextContents()).map((c) => c.trim());
      expect(cells[4]).toBe(step.step_length == null ? '—' : `${(step.step_length / 2.54).toFixed(1)} in`);
      if (step.knee_past_toe == null || step.peak_knee_past_toe == null) continue;
      measured++;
      expect(cells[6]).toBe(`${step.knee_past_toe ? 'Yes' : 'No'} (${inches(step.peak_knee_past_toe)})`);
    }
    expect(measured).toBeGreaterThan(0);
  });

  it('compare: knee past toes and B − A in inches, the sled load in lb', async () => {
    const [older, , sled] = walks;
    await go(`/compare/${older.id}/${sled.id}`);
    await page.getByTestId('compare-summary').waitFor({ timeout: 30_000 });
    for (const side of SIDES) {
      const cells = page.getByTestId(`compare-row-peak-kpt-dist-${side}`).locator('td');
      expect(await text(cells.nth(0))).toBe(inches(kneeCm(older, side)));
      expect(await text(cells.nth(1))).toBe(inches(kneeCm(sled, side)));
    }
    // the load saved above: 50 lb
    expect(await text(page.getByTestId('compare-row-variant').locator('td').nth(1))).toBe('Sled, 50 lb');
  });

  it("progress: the lead and the knee chart's title in inches", async () => {
    await page.getByTestId('nav-progress').click();
    await page.getByTestId('progress-content').waitFor({ timeout: 30_000 });
    // the latest backward walk is the second (the sled walk goes forward)
    const latest = walks[1];
    expect((latest.analysis as GaitAnalysis).direction).toBe('backward');
    for (const side of SIDES)
      expect(await text(page.getByTestId(`knee-lead-${side}-value`))).toBe(inches(kneeCm(latest, side)));
    expect(await page.getByTestId('progress-chart-knee-past-toe').locator('figcaption').textContent()).toContain(
      '(in)',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'units-progress-imperial-1440x900.png'), fullPage: true });
  });

  it("session report: the lead in inches, the walker's height in feet and inches", async () => {
    const newer = walks[1];
    await go(`/report/session/${newer.id}`);
    await page.locator('[data-testid="session-report"][data-ready="true"]').waitFor({ timeout: 30_000 });
    for (const side of SIDES)
      expect(await text(page.getByTestId(`report-kpt-${side}`))).toBe(inches(kneeCm(newer, side)));
    expect(await page.getByTestId('session-report').textContent()).toContain('5′ 11″');
    await page.getByTestId('report-back').click();
  });

  it(`people: a height typed as 5'8" is kept as 172.7 cm and shown as 5′ 8″`, async () => {
    await page.getByTestId('nav-people').click();
    await page.getByTestId('add-person').click();
    const form = page.getByTestId('person-form');
    expect(await form.getByLabel('Height (ft and in)').getAttribute('placeholder')).toBe(`5'8"`);
    await form.getByLabel('Name').fill('Ben');
    await form.getByLabel('Height (ft and in)').fill(`5'8"`);
    await form.getByRole('button', { name: 'Add' }).click();
    const card = page.locator('[data-testid="person-card"]', { hasText: 'Ben' });
    await card.waitFor();
    const ben = (await callApi(page, 'people.list', {})).find((p) => p.name === 'Ben')!;
    expect(ben.heightCm).toBe(172.7); // 68 in × 2.54
    expect(await card.textContent()).toContain('5′ 8″');
    await callApi(page, 'settings.update', { personId: ada.id });
  });

  it('back to metric: cm again on the list and the session page', async () => {
    await page.reload();
    await chooseUnits('metric');
    await openSessions();
    const newer = walks[1];
    for (const side of SIDES)
      expect(await text(row(newer.id).getByTestId(`session-kpt-${side}`))).toBe(centimetres(kneeCm(newer, side)));
    await openSession(walks[2].id);
    expect(await text(page.getByTestId('session-height'))).toBe('180 cm');
    expect(await page.getByTestId('details-form').getByLabel('Sled load (kg)').inputValue()).toBe(
      (50 * 0.45359237).toFixed(1),
    );
  });
});
