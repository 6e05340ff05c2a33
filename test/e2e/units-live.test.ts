/**
 * Imperial on the live side, in browser mode with the fake camera (real footage of a backward walk,
 * the real MoveNet): the result card of a take and the distance view write the knee past the toes
 * in inches (the stored cm / 2.54, to 0.1). Expected texts are worked out here from the stored
 * values, not with the app's formatter. Screenshot of the result card in imperial at 1440×900.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Person } from '../../src/shared/api';
import type { GaitAnalysis } from '../../src/shared/gait/types';
import { useApp } from './support/app-fixture';
import { CLIPS, prepareClip } from './support/footage';
import { recordTake, waitForLiveFrames } from './support/live';
import { earlierWalks } from '../../src/shared/progress';
import { callApi, seedLastWeeksWalk } from './support/seed';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
/** Drawn frames recorded in the take: a few steps of the walk at any frame rate. */

/** "2.4 in", "−0.3 in": a length stored in cm as imperial shows it, to 0.1 in. */
function inches(cm: number | null): string {
  if (cm === null) return '—';
  const text = Math.abs(cm / 2.54).toFixed(1);
  return `${cm < 0 && Number(text) !== 0 ? '−' : ''}${text} in`;
}
const cmOf = (value: string | null) => (value === null || value === '' ? null : Number(value));

describe('units: imperial on the result card and the distance view', () => {
  const app = useApp({ cameraFile: prepareClip('walk-reversed', CLIPS.walkReversed) });
  let page: Page;
  let ada: Person;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    ada = await callApi(page, 'people.create', { name: 'Ada', heightCm: 132 });
    await callApi(page, 'settings.update', { personId: ada.id, units: 'imperial' });
    await seedLastWeeksWalk(page, ada.id); // so the card's "last time" column has numbers
    await page.reload();
  });

  it("the result card: this take's and last time's knee past the toes in inches", async () => {
    await waitForLiveFrames(page, 20, 180_000).catch((e) => {
      throw new Error(`${e}${app.context()}`);
    });
    const take = await recordTake(page);
    const card = page.getByTestId('result-card');
    const analysis = take.analysis as GaitAnalysis;
    expect(analysis.knee_past_toe.unit).toBe('cm'); // she has a height
    // last time is the week-old walk when the take reads as the same direction (the clip may be caught
    // turning or walking forward), as the card's own rule says
    const earlier = earlierWalks(await callApi(page, 'sessions.list', { personId: ada.id }), take, 'cm');
    for (const side of ['left', 'right'] as const) {
      const value = analysis.knee_past_toe.peak[side];
      await expect
        .poll(() => card.getByTestId(`result-knee-${side}`).getAttribute('data-value'))
        .toBe(value === null ? '' : String(value));
      expect(await card.getByTestId(`result-knee-${side}`).textContent()).toContain(inches(value));
      await expect
        .poll(() => card.getByTestId(`result-last-${side}`).textContent())
        .toBe(earlier.last ? inches(earlier.last.values[side]) : '—');
    }
    console.log(
      `take: direction ${analysis.direction}, last time ${earlier.last ? 'compared' : 'none of that direction'}`,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'units-result-card-imperial-1440x900.png') });
  });

  it('the distance view: the last step per leg in inches', async () => {
    await page.reload();
    await waitForLiveFrames(page, 10, 180_000);
    await page.getByTestId('distance-toggle').click();
    const view = page.getByTestId('distance-view');
    await view.waitFor();
    // a step with a value on either leg, however slowly the frames come
    await expect
      .poll(
        async () =>
          (await view.getByTestId('distance-knee-left').getAttribute('data-value')) ||
          (await view.getByTestId('distance-knee-right').getAttribute('data-value')),
        { timeout: 240_000, interval: 500 },
      )
      .not.toBe('');
    // read value and text together, between two steps
    const shown = await view.evaluate((root) =>
      ['left', 'right'].map((side) => {
        const el = root.querySelector<HTMLElement>(`[data-testid="distance-knee-${side}"]`)!;
        return { value: el.dataset.value ?? '', text: el.textContent ?? '' };
      }),
    );
    for (const { value, text } of shown) expect(text).toBe(inches(cmOf(value)));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('distance-view').count()).toBe(0);
  });
});
