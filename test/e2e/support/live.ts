/** Reading the live screen's state in a running page. */
import type { Page } from 'playwright-core';
import type { Keypoint } from '../../../src/shared/pose/types';
import { KP } from '../../../src/shared/pose/keypoints';

export interface LiveSample {
  pose: Keypoint[] | null;
  warnings: string[];
  people: number;
  direction: string;
}

/** Waits until the engine is ready and the overlay has drawn `frames` frames. */
export async function waitForLiveFrames(page: Page, frames: number, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(
    (n) => (window.__retrowalkDebug?.frames ?? 0) >= n,
    frames,
    { timeout: timeoutMs, polling: 200 },
  );
}

/** Samples the live state every `everyMs` for `durationMs`. */
export async function sampleLive(page: Page, durationMs: number, everyMs = 100): Promise<LiveSample[]> {
  const samples: LiveSample[] = [];
  const end = Date.now() + durationMs;
  while (Date.now() < end) {
    samples.push(
      await page.evaluate(() => {
        const d = window.__retrowalkDebug;
        return {
          pose: d?.lastPose ? d.lastPose.map((k) => [k[0], k[1], k[2]] as const) : null,
          warnings: [...(d?.warnings ?? [])],
          people: d?.people.length ?? 0,
          direction: document.querySelector('[data-testid="direction"]')?.textContent?.trim().toLowerCase() ?? '',
        };
      }),
    );
    await page.waitForTimeout(everyMs);
  }
  return samples;
}

export function hipMid(pose: Keypoint[]): { x: number; y: number } {
  const l = pose[KP.leftHip];
  const r = pose[KP.rightHip];
  return { x: (l[0] + r[0]) / 2, y: (l[1] + r[1]) / 2 };
}

export function share<T>(items: T[], pred: (t: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(pred).length / items.length;
}
