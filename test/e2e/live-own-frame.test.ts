/**
 * The live skeleton is drawn over the very frame it was computed from, never over a later one, and
 * stored so: the screen's picture and the replay's video frames are read for the clip frame number
 * stamped in them and her hips compared with the offline keypoints of that frame (support/own-frame.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KP } from '../../src/shared/pose/keypoints';
import { useApp } from './support/app-fixture';
import { waitForLiveFrames } from './support/live';
import {
  HER_FRAMES,
  HER_PX_PER_FRAME,
  liveClipFrame,
  liveHipGaps,
  median,
  offlineHipX,
  replayClipFrameAt,
} from './support/own-frame';
import { frameNumberedClip } from './support/pose-harness';
import { callApi } from './support/seed';
import { readStoredVideo } from './support/stored-video';
import { FrameTimeline } from '../../src/renderer/src/replay/frame-timeline';

/** Samples of the screen (picture and skeleton read together) on her. */
const SAMPLES = 30;
/** Frames drawn while recording: over 2 s at the camera's 30 fps, more where fewer are drawn. */
const RECORDED_FRAMES = 60;
/** Her clip frames the screen must have shown while recording, so the take has her to compare. */
const RECORDED_ON_HER = 20;

describe('the live skeleton on its own frame (sports2d-walk.mp4, frames numbered)', () => {
  const app = useApp({ cameraFile: frameNumberedClip('sports2d-walk.mp4') });
  let page: Page;
  /** The take recorded by the second test: its stored poses' times and each one's own picture. */
  let take: { times: number[]; ownClipFrame: (number | null)[] } | null = null;
  beforeAll(() => {
    page = app.page();
  });

  it('draws each skeleton over the picture it was computed from: her hips where the offline model puts them in that frame', async () => {
    await waitForLiveFrames(page, 10);
    const { gaps } = await liveHipGaps(page, SAMPLES);
    console.log(`skeleton − offline hip x on the frame shown (px): ${gaps.map((g) => g.toFixed(1)).join(' ')}`);
    expect(gaps.length, 'screen samples with the skeleton on her').toBeGreaterThanOrEqual(SAMPLES);
    // A skeleton k frames behind its picture sits ~3.6·k px right of her. Measured: median 1.0 and
    // 2.1 px (load average 6 and 10; live smoothing lags a little behind the offline run's); with the
    // pose drawn over the live video instead, 36.9 px (~10 frames: the frame → result latency). Less
    // than two frames of her walk:
    expect(Math.abs(median(gaps))).toBeLessThan(2 * HER_PX_PER_FRAME);
  });

  it('records it so: stepping the replay, each stored skeleton is on the video frame it came from', async () => {
    await page.getByTestId('record-button').click();
    await page.getByTestId('recording-indicator').waitFor({ timeout: 15_000 });
    const drawn = await page.evaluate(() => window.__retrowalkDebug?.frames ?? 0);
    await waitForLiveFrames(page, drawn + RECORDED_FRAMES);
    // The camera loops a 7.7-s clip with her in view for about 4 s of it, and the take starts after
    // the countdown: it goes on until the screen has shown her, wherever in the loop it began.
    const onHer = new Set<number>();
    await expect
      .poll(
        async () => {
          const f = await liveClipFrame(page);
          if (f >= HER_FRAMES.from && f <= HER_FRAMES.to) onHer.add(f);
          return onHer.size;
        },
        { timeout: 30_000, interval: 30 },
      )
      .toBeGreaterThanOrEqual(RECORDED_ON_HER);
    await page.getByTestId('record-button').click();
    await expect.poll(() => page.getByTestId('record-button').textContent(), { timeout: 60_000 }).toMatch(/Record/);
    const [session] = await callApi(page, 'sessions.list', {});
    const frames = await callApi(page, 'sessions.frames', { id: session.id });

    await page.evaluate((id) => (location.hash = `#/sessions/${id}/replay`), session.id);
    await page.getByTestId('replay-overlay').waitFor();
    await expect
      .poll(() => page.getByTestId('replay-video').evaluate((v: HTMLVideoElement) => v.readyState))
      .toBeGreaterThanOrEqual(2);
    const stored = readStoredVideo(session.videoPath!, session.width);
    take = {
      times: frames.map((f) => f.t),
      ownClipFrame: frames.map((f) => stored.find((v) => Math.abs(v.timeMs - f.t) <= 0.5)?.clipFrame ?? null),
    };
    const timeline = new FrameTimeline(take.times);
    const gaps: number[] = [];
    let landed = 0;
    const missed: string[] = [];
    for (const [i, frame] of frames.entries()) {
      // where the replay seeks to show this stored frame
      const clipFrame = await replayClipFrameAt(page, timeline.seekTimeMs(i));
      if (clipFrame === take.ownClipFrame[i]) landed++;
      else missed.push(`${i}: ${take.ownClipFrame[i]} → ${clipFrame}`);
      const reference = offlineHipX(clipFrame);
      if (!frame.keypoints || reference === null || clipFrame < HER_FRAMES.from || clipFrame > HER_FRAMES.to) continue;
      const hipX = (frame.keypoints[KP.leftHip][0] + frame.keypoints[KP.rightHip][0]) / 2;
      if (Math.abs(hipX - reference) <= 60) gaps.push(hipX - reference);
    }
    console.log(
      `replay: stored skeleton − offline hip x on the video frame shown (px): ${gaps.map((g) => g.toFixed(1)).join(' ')}`,
    );
    console.log(
      `replay: the take holds clip frames ${take.ownClipFrame[0]}–${take.ownClipFrame.at(-1)}; ${landed} of ${frames.length} seeks showed the stored frame sought (${take.ownClipFrame.filter((c) => c === null).length} poses without a picture); missed (pose: its picture → shown): ${missed.join(', ')}`,
    );
    expect(gaps.length, 'replay frames with the skeleton on her').toBeGreaterThanOrEqual(10);
    expect(Math.abs(median(gaps))).toBeLessThan(2 * HER_PX_PER_FRAME);
    // Where each seek lands is Chromium's (sought 5 ms into a frame: 81 of 86 quiet; in the middle:
    // all, quiet, and about half on a loaded machine, a frame or two early): logged, not asserted.
    // What the app decides is checked below: the skeleton drawn is always the picture's own.
  });

  it('steps the replay frame by frame with each skeleton over its own picture, whatever the decoder shows', async () => {
    expect(take, 'the take recorded by the test before').not.toBeNull();
    const { ownClipFrame } = take!;
    const video = page.getByTestId('replay-video');
    const overlay = page.getByTestId('replay-overlay');
    await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 0));
    await expect.poll(() => overlay.getAttribute('data-frame-index')).toBe('0');
    let mismatched = 0;
    let advanced = 0;
    let backwards = 0;
    let before = 0;
    const steps = Math.min(40, ownClipFrame.length - 1);
    for (let step = 0; step < steps; step++) {
      await page.keyboard.press('ArrowRight');
      // the overlay's frame and the picture, read together once the seek has settled
      const read = () =>
        page.evaluate(
          ({ bits, block }) => {
            const v = document.querySelector<HTMLVideoElement>('[data-testid="replay-video"]')!;
            const index = Number(
              document.querySelector('[data-testid="replay-overlay"]')!.getAttribute('data-frame-index'),
            );
            if (v.seeking) return null;
            const scratch = new OffscreenCanvas(v.videoWidth, v.videoHeight).getContext('2d')!;
            scratch.drawImage(v, 0, 0);
            const scale = v.videoWidth / 640;
            const row = scratch.getImageData(0, Math.round(8 * scale), v.videoWidth, 1).data;
            let clipFrame = 0;
            for (let bit = 0; bit < bits; bit += 1)
              if (row[4 * Math.round((bit * block + block / 2) * scale)] > 128) clipFrame |= 1 << bit;
            return { index, clipFrame };
          },
          { bits: 9, block: 32 },
        );
      // settled: the overlay's frame is the picture's, and still so 150 ms later
      const consistent = (r: Awaited<ReturnType<typeof read>>) => r !== null && ownClipFrame[r.index] === r.clipFrame;
      let settled: { index: number; clipFrame: number } | null = null;
      const deadline = Date.now() + 5_000;
      while (!settled && Date.now() < deadline) {
        const first = await read();
        if (!consistent(first)) {
          await page.waitForTimeout(20);
          continue;
        }
        await page.waitForTimeout(150);
        const again = await read();
        if (consistent(again) && again!.index === first!.index) settled = again;
      }
      if (!settled) {
        mismatched++;
        continue;
      }
      if (settled.index === before + 1) advanced++;
      if (settled.index < before) backwards++;
      before = settled.index;
    }
    console.log(
      `replay steps: ${advanced} of ${steps} advanced one frame, ${backwards} went back; ${mismatched} left a skeleton off its picture`,
    );
    expect(mismatched, 'steps where the skeleton was not over its own picture').toBe(0);
    // the steps get somewhere (where each lands is Chromium's: on a loaded machine a frame or two early)
    expect(before, 'the frame shown after all the steps').toBeGreaterThan(0);
  });
});
