/**
 * The live skeleton is drawn over the very frame it was computed from, never over a later one.
 * The fake camera plays sports2d-walk.mp4 with each frame's number stamped into its top letterbox
 * (support/pose-harness.ts); the picture on screen (the overlay canvas, which covers the live video
 * once poses come) is read for that number, and the skeleton drawn with it is compared with the
 * keypoints computed offline for that same clip frame (test/fixtures/keypoints, the same model in
 * Node). She walks right to left at ~3.6 px a frame, so a skeleton from k frames before the picture
 * sits ~3.6·k px to the right of her.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KP } from '../../src/shared/pose/keypoints';
import { loadFixture } from '../support/requirements';
import { useApp } from './support/app-fixture';
import { waitForLiveFrames } from './support/live';
import { callApi } from './support/seed';
import { frameNumberedClip } from './support/pose-harness';

/** Clip frames where the offline keypoints are on the walking woman and she is whole in view. */
const HER_FRAMES = { from: 60, to: 190 };
/** Samples of the screen (picture and skeleton read together) on her, counted, never timed. */
const SAMPLES = 30;
/** Frames drawn while recording: over 2 s at the camera's 30 fps, more where fewer are drawn. */
const RECORDED_FRAMES = 60;
const STAMP_BITS = 9;
const STAMP_BLOCK = 32;

interface ScreenSample {
  clipFrame: number;
  hip: [number, number] | null;
}

/**
 * What the screen shows, read in one task: the clip frame number of the picture on top (the overlay
 * canvas where it has drawn a picture, else the live video under it) and the skeleton drawn.
 */
function readScreen(page: Page): Promise<ScreenSample> {
  return page.evaluate(
    ({ bits, block }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="overlay"]')!;
      const video = document.querySelector<HTMLVideoElement>('[data-testid="live-video"]')!;
      const scale = canvas.width / 640;
      const y = Math.round(8 * scale);
      let row = canvas.getContext('2d')!.getImageData(0, y, canvas.width, 1).data;
      if (row[3] === 0) {
        const scratch = new OffscreenCanvas(canvas.width, canvas.height).getContext('2d')!;
        scratch.drawImage(video, 0, 0, canvas.width, canvas.height);
        row = scratch.getImageData(0, y, canvas.width, 1).data;
      }
      let clipFrame = 0;
      for (let bit = 0; bit < bits; bit += 1)
        if (row[4 * Math.round((bit * block + block / 2) * scale)] > 128) clipFrame |= 1 << bit;
      const pose = window.__retrowalkDebug?.lastPose;
      const hip: [number, number] | null = pose
        ? [(pose[11][0] + pose[12][0]) / 2 / scale, (pose[11][1] + pose[12][1]) / 2 / scale]
        : null;
      return { clipFrame, hip };
    },
    { bits: STAMP_BITS, block: STAMP_BLOCK },
  );
}

/** Seeks the replay's video to `timeMs` (as the replay does to show a stored frame) and reads the clip frame number there. */
function clipFrameAt(page: Page, timeMs: number): Promise<number> {
  return page.evaluate(
    async ({ timeMs, bits, block }) => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="replay-video"]')!;
      await new Promise((seeked) => {
        video.addEventListener('seeked', seeked, { once: true });
        video.currentTime = timeMs / 1000;
      });
      const scale = video.videoWidth / 640;
      const scratch = new OffscreenCanvas(video.videoWidth, video.videoHeight).getContext('2d')!;
      scratch.drawImage(video, 0, 0);
      const row = scratch.getImageData(0, Math.round(8 * scale), video.videoWidth, 1).data;
      let clipFrame = 0;
      for (let bit = 0; bit < bits; bit += 1)
        if (row[4 * Math.round((bit * block + block / 2) * scale)] > 128) clipFrame |= 1 << bit;
      return clipFrame;
    },
    { timeMs, bits: STAMP_BITS, block: STAMP_BLOCK },
  );
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
};

describe('the live skeleton on its own frame (sports2d-walk.mp4, frames numbered)', () => {
  const app = useApp({ cameraFile: frameNumberedClip('sports2d-walk.mp4') });
  let page: Page;
  const offline = loadFixture('sports2d-walk.lightning.json');
  const offlineHipX = (clipFrame: number): number | null => {
    const k = offline.frames[clipFrame]?.keypoints;
    if (!k || Math.min(k[KP.leftHip][2], k[KP.rightHip][2]) < 0.3) return null;
    return (k[KP.leftHip][0] + k[KP.rightHip][0]) / 2;
  };

  beforeAll(() => {
    page = app.page();
  });

  it('draws each skeleton over the picture it was computed from: her hips where the offline model puts them in that frame', async () => {
    await waitForLiveFrames(page, 10);
    const gaps: number[] = [];
    for (let tries = 0; gaps.length < SAMPLES && tries < 40 * SAMPLES; tries++) {
      await page.waitForTimeout(97); // a spread of moments, not a frame rate
      const { clipFrame, hip } = await readScreen(page);
      if (!hip || clipFrame < HER_FRAMES.from || clipFrame > HER_FRAMES.to) continue;
      const reference = offlineHipX(clipFrame);
      if (reference === null || Math.abs(hip[0] - reference) > 60) continue; // not on her
      gaps.push(hip[0] - reference);
    }
    console.log(`skeleton − offline hip x on the frame shown (px): ${gaps.map((g) => g.toFixed(1)).join(' ')}`);
    expect(gaps.length, 'screen samples with the skeleton on her').toBeGreaterThanOrEqual(SAMPLES);
    // A skeleton k frames behind its picture sits ~3.6·k px right of her. Measured: median 1.0 and
    // 2.1 px (load average 6 and 10; live smoothing lags a little behind the offline run's); with the
    // pose drawn over the live video instead, 36.9 px (~10 frames: the frame → result latency). Less
    // than two frames of her walk:
    expect(Math.abs(median(gaps))).toBeLessThan(2 * 3.6);
  });

  it('records it so: stepping the replay, each stored skeleton is on the video frame it came from', async () => {
    await page.getByTestId('record-button').click();
    await page.getByTestId('recording-indicator').waitFor({ timeout: 15_000 });
    const drawn = await page.evaluate(() => window.__retrowalkDebug?.frames ?? 0);
    await waitForLiveFrames(page, drawn + RECORDED_FRAMES);
    await page.getByTestId('record-button').click();
    await expect.poll(() => page.getByTestId('record-button').textContent(), { timeout: 60_000 }).toMatch(/Record/);
    const [session] = await callApi(page, 'sessions.list', {});
    const frames = await callApi(page, 'sessions.frames', { id: session.id });

    await page.evaluate((id) => (location.hash = `#/sessions/${id}/replay`), session.id);
    await page.getByTestId('replay-overlay').waitFor();
    await expect
      .poll(() => page.getByTestId('replay-video').evaluate((v: HTMLVideoElement) => v.readyState))
      .toBeGreaterThanOrEqual(2);
    const gaps: number[] = [];
    for (const frame of frames) {
      // where the replay seeks to show this stored frame (FrameTimeline.seekTimeMs: 5 ms into it)
      const clipFrame = await clipFrameAt(page, frame.t + 5);
      const reference = offlineHipX(clipFrame);
      if (!frame.keypoints || reference === null || clipFrame < HER_FRAMES.from || clipFrame > HER_FRAMES.to) continue;
      const hipX = (frame.keypoints[KP.leftHip][0] + frame.keypoints[KP.rightHip][0]) / 2;
      if (Math.abs(hipX - reference) <= 60) gaps.push(hipX - reference);
    }
    console.log(
      `replay: stored skeleton − offline hip x on the video frame shown (px): ${gaps.map((g) => g.toFixed(1)).join(' ')}`,
    );
    expect(gaps.length, 'replay frames with the skeleton on her').toBeGreaterThanOrEqual(10);
    expect(Math.abs(median(gaps))).toBeLessThan(2 * 3.6);
  });
});
