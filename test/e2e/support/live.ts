/** Reading the live screen's state in a running page. */
import type { Page } from 'playwright-core';
import type { SessionSummary } from '../../../src/shared/api';
import { callApi } from './seed';
import type { Keypoint } from '../../../src/shared/pose/types';
import { KP } from '../../../src/shared/pose/keypoints';

export interface LiveSample {
  /** When it was read (Date.now(), ms). */
  at: number;
  pose: Keypoint[] | null;
  warnings: string[];
  people: number;
  direction: string;
}

/** Waits until the engine is ready and the overlay has drawn `frames` frames. */
export async function waitForLiveFrames(page: Page, frames: number, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction((n) => (window.__retrowalkDebug?.frames ?? 0) >= n, frames, {
    timeout: timeoutMs,
    polling: 200,
  });
}

/**
 * The walker's keypoints (null: nobody tracked) in each of the next `count` frames the live screen
 * draws, however long they take: read from its history, so no frame is missed or read twice.
 */
export async function nextLiveFrames(page: Page, count: number, timeoutMs = 180_000): Promise<(Keypoint[] | null)[]> {
  const from = await page.evaluate(() => window.__retrowalkDebug?.frames ?? 0);
  await page.waitForFunction(([start, n]) => (window.__retrowalkDebug?.frames ?? 0) >= start + n, [from, count], {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate(
    ([start, n]) => {
      const d = window.__retrowalkDebug!;
      const end = d.history.length - (d.frames - (start + n)); // frames drawn since the count was reached are left out
      if (end - n < 0) throw new Error(`the history keeps ${d.history.length} frames, ${n} were asked for`);
      return d.history.slice(end - n, end).map((f) => f.keypoints?.map((k) => [k[0], k[1], k[2]] as Keypoint) ?? null);
    },
    [from, count] as const,
  );
}

/**
 * The live state as each frame the live screen draws leaves it, read in the page (at each animation
 * frame where the drawn-frame count moved on), until at least `seconds` of the clip have played and
 * at least `frames` frames were read: the same number of frames on a fast or a loaded machine, and
 * the same stretch of footage.
 */
export async function sampleLive(
  page: Page,
  { seconds, frames }: { seconds: number; frames: number },
  timeoutMs = 180_000,
): Promise<LiveSample[]> {
  return page.evaluate(
    ({ seconds, frames, timeoutMs }) =>
      new Promise<LiveSample[]>((resolve, reject) => {
        const samples: LiveSample[] = [];
        const start = performance.now();
        let drawn = window.__retrowalkDebug?.frames ?? 0;
        requestAnimationFrame(function read(now) {
          const d = window.__retrowalkDebug;
          if (d && d.frames !== drawn) {
            drawn = d.frames;
            samples.push({
              at: Date.now(),
              pose: d.lastPose ? d.lastPose.map((k) => [k[0], k[1], k[2]] as [number, number, number]) : null,
              warnings: [...d.warnings],
              people: d.people.length,
              direction: document.querySelector('[data-testid="direction"]')?.textContent?.trim().toLowerCase() ?? '',
            });
          }
          if (samples.length >= frames && now - start >= seconds * 1000) return resolve(samples);
          if (now - start > timeoutMs)
            return reject(new Error(`${samples.length} of ${frames} frames drawn in ${timeoutMs / 1000} s`));
          requestAnimationFrame(read);
        });
      }),
    { seconds, frames, timeoutMs },
  );
}

export function hipMid(pose: Keypoint[]): { x: number; y: number } {
  const l = pose[KP.leftHip];
  const r = pose[KP.rightHip];
  return { x: (l[0] + r[0]) / 2, y: (l[1] + r[1]) / 2 };
}

export function share<T>(items: T[], pred: (t: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(pred).length / items.length;
}

/** Drawn frames recorded in a take: a few steps of the walk at any frame rate. */
const FRAMES_RECORDED = 60;

/** Records one take with the Record button and returns the session the result card shows. */
export async function recordTake(page: Page): Promise<SessionSummary> {
  const drawn = () => page.evaluate(() => window.__retrowalkDebug?.frames ?? 0);
  await page.getByTestId('record-button').click();
  await page.getByTestId('recording-indicator').waitFor({ timeout: 20_000 });
  await waitForLiveFrames(page, (await drawn()) + FRAMES_RECORDED, 180_000);
  await page.getByTestId('record-button').click(); // Stop
  const card = page.locator('[data-testid="result-card"][data-session-id]');
  await card.waitFor({ timeout: 60_000 });
  const id = Number(await card.getAttribute('data-session-id'));
  const session = await callApi(page, 'sessions.get', { id });
  if (!session) throw new Error(`session ${id} is not stored`);
  return session;
}
