/**
 * Whether the live skeleton is on its own picture: the fake camera plays sports2d-walk.mp4 with each
 * frame's number stamped into its letterbox (frameNumberedClip); what the screen shows is read for
 * that number together with the skeleton drawn, and her hips are compared with the keypoints
 * computed offline for that clip frame (test/fixtures/keypoints, the same model in Node). She walks
 * right to left at ~3.6 px a frame, so a skeleton k frames behind its picture sits ~3.6·k px right
 * of her. Used by test/e2e/live-own-frame.test.ts and bench/live.bench.ts.
 */
import type { Page } from 'playwright-core';
import { KP } from '../../../src/shared/pose/keypoints';
import { loadFixture } from '../../support/requirements';

/** Clip frames where the offline keypoints are on the walking woman and she is whole in view. */
export const HER_FRAMES = { from: 60, to: 190 };
/** Her mean speed across the picture, px per clip frame (~470 px over frames 54–180). */
export const HER_PX_PER_FRAME = 3.6;
/** Where the clip frame number is stamped: `bits` blocks `block` px wide in row 8 (at 640 px wide), bright for a 1. */
export const STAMP = { bits: 9, block: 32 };

const offline = loadFixture('sports2d-walk.lightning.json');

/** Her hips' x in clip frame `clipFrame` by the offline keypoints, null where not both confident. */
export function offlineHipX(clipFrame: number): number | null {
  const k = offline.frames[clipFrame]?.keypoints;
  if (!k || Math.min(k[KP.leftHip][2], k[KP.rightHip][2]) < 0.3) return null;
  return (k[KP.leftHip][0] + k[KP.rightHip][0]) / 2;
}

/**
 * Read in the page in one task: the clip frame number of the picture on top and the live skeleton's
 * hips. Live: the overlay canvas where it has drawn a picture, else the live video under it. Replay:
 * the replay's video, first sought to `seekMs` (no skeleton read: the caller has the stored frames).
 */
function readScreen(page: Page, seekMs: number | null): Promise<{ clipFrame: number; hipX: number | null }> {
  return page.evaluate(
    async ({ seekMs, bits, block }) => {
      // no named helper functions in here: tsx (the benchmark's runner) would wrap them in __name()
      let source: CanvasImageSource;
      let width: number, height: number;
      if (seekMs === null) {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="overlay"]')!;
        ({ width, height } = canvas);
        const drawn = canvas.getContext('2d')!.getImageData(0, 0, 1, 1).data[3] !== 0;
        source = drawn ? canvas : document.querySelector<HTMLVideoElement>('[data-testid="live-video"]')!;
      } else {
        const video = document.querySelector<HTMLVideoElement>('[data-testid="replay-video"]')!;
        await new Promise((seeked) => {
          video.addEventListener('seeked', seeked, { once: true });
          video.currentTime = seekMs / 1000;
        });
        [width, height, source] = [video.videoWidth, video.videoHeight, video];
      }
      const scale = width / 640;
      const scratch = new OffscreenCanvas(width, height).getContext('2d')!;
      scratch.drawImage(source, 0, 0, width, height);
      const row = scratch.getImageData(0, Math.round(8 * scale), width, 1).data;
      let clipFrame = 0;
      for (let bit = 0; bit < bits; bit += 1)
        if (row[4 * Math.round((bit * block + block / 2) * scale)] > 128) clipFrame |= 1 << bit;
      const pose = seekMs === null ? window.__retrowalkDebug?.lastPose : null;
      return { clipFrame, hipX: pose ? (pose[11][0] + pose[12][0]) / 2 / scale : null };
    },
    { seekMs, ...STAMP },
  );
}

/** Screen readings while her clip frames are shown: gaps (px) where the skeleton is on her. */
export interface HerReadings {
  /** Skeleton hips − offline hips, one per reading with the skeleton on her (within 60 px). */
  gaps: number[];
  /** Readings of her clip frames (offline hips known), with the skeleton on her or not. */
  readings: number;
}

/**
 * Reads the screen at moments spread ~0.1 s apart while her clip frames are shown, until `count`
 * readings have the skeleton on her (`until: 'on-her'`) or `count` readings of her frames were
 * taken in all (`until: 'readings'`: the share on her is then how well the live tracker keeps to
 * her); counted, never timed.
 */
export async function liveHipGaps(
  page: Page,
  count: number,
  until: 'on-her' | 'readings' = 'on-her',
): Promise<HerReadings> {
  const gaps: number[] = [];
  let readings = 0;
  for (let tries = 0; (until === 'on-her' ? gaps.length : readings) < count && tries < 40 * count; tries++) {
    await page.waitForTimeout(97); // a spread of moments, not a frame rate
    const { clipFrame, hipX } = await readScreen(page, null);
    const reference = offlineHipX(clipFrame);
    if (clipFrame < HER_FRAMES.from || clipFrame > HER_FRAMES.to || reference === null) continue;
    readings++;
    if (hipX !== null && Math.abs(hipX - reference) <= 60) gaps.push(hipX - reference); // else not on her
  }
  return { gaps, readings };
}

/** The clip frame number of the live picture on top now. */
export async function liveClipFrame(page: Page): Promise<number> {
  return (await readScreen(page, null)).clipFrame;
}

/** Seeks the replay's video to `timeMs` and reads the clip frame number there. */
export async function replayClipFrameAt(page: Page, timeMs: number): Promise<number> {
  return (await readScreen(page, timeMs)).clipFrame;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
};
