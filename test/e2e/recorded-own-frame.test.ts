/**
 * What is recorded is what was analysed: on the fake camera (sports2d-walk.mp4, each frame's number
 * stamped in it) a take recorded under load is read back offline with ffmpeg, and each stored pose
 * is compared with the stored video's frame at its time: the same clip frame, her hips on her.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KP } from '../../src/shared/pose/keypoints';
import { useApp } from './support/app-fixture';
import { waitForLiveFrames } from './support/live';
import { HER_FRAMES, HER_PX_PER_FRAME, median, offlineHipX } from './support/own-frame';
import { frameNumberedClip } from './support/pose-harness';
import { callApi } from './support/seed';
import { readStoredVideo } from './support/stored-video';

/**
 * Poses stored: the clip (~7.7 s) shows her in 130 of its ~230 frames, and at 3–10 poses a second
 * (a third to all of them with their picture, as the loaded encoder keeps up) this spans a few
 * loops of it.
 */
const RECORDED_FRAMES = 200;

describe('a recording stores each pose with the picture it was computed from (under load)', () => {
  const app = useApp({ cameraFile: frameNumberedClip('sports2d-walk.mp4') });

  it("stores video frame k as keypoint frame k's picture, at its time: her hips on her", async () => {
    const page = app.page();
    await waitForLiveFrames(page, 10);
    // load: a process keeping one of the machine's cores busy while recording
    const hog = spawn('yes', { stdio: 'ignore' });
    try {
      await page.getByTestId('record-button').click();
      await page.getByTestId('recording-indicator').waitFor({ timeout: 15_000 });
      await page.waitForFunction((n) => (window.__retrowalkDebug?.framesRecorded ?? 0) >= n, RECORDED_FRAMES, {
        timeout: 240_000,
        polling: 200,
      });
      // the shortcut: on a page this loaded the button may not hold still for a click's checks
      await page.keyboard.press('r');
    } finally {
      hog.kill();
    }
    await expect
      .poll(() => page.getByTestId('record-button').textContent(), { timeout: 60_000 })
      .toMatch(/Record/)
      .catch((e: unknown) => {
        throw new Error(`the take was not saved: ${String(e)}${app.context()}`);
      });
    const [session] = await callApi(page, 'sessions.list', {});
    const frames = await callApi(page, 'sessions.frames', { id: session.id });
    expect(session.videoPath, 'the take has a stored video').not.toBeNull();
    const video = readStoredVideo(session.videoPath!, session.width);

    // Each pose's own picture: the video frame at its time (WebM keeps milliseconds).
    const gaps: number[] = [];
    const ownPicture = (tMs: number) => video.find((v) => Math.abs(v.timeMs - tMs) <= 0.5);
    for (const frame of frames) {
      const picture = ownPicture(frame.t);
      if (!picture || !frame.keypoints) continue;
      const reference = offlineHipX(picture.clipFrame);
      if (reference === null || picture.clipFrame < HER_FRAMES.from || picture.clipFrame > HER_FRAMES.to) continue;
      const scale = session.width / 640;
      const gap = (frame.keypoints[KP.leftHip][0] + frame.keypoints[KP.rightHip][0]) / 2 / scale - reference;
      if (Math.abs(gap) <= 60) gaps.push(gap); // else the pose is not on her (someone else, a miss)
    }
    const off = gaps.filter((g) => Math.abs(g) >= HER_PX_PER_FRAME).length;
    console.log(
      `${frames.length} poses, ${video.length} video frames (their pictures); stored hip x − offline hip x of the picture at its time (px): ` +
        `${gaps.map((g) => g.toFixed(1)).join(' ')}; ${off} of ${gaps.length} a frame or more off`,
    );

    // every video frame is a pose's picture, at the pose's time, in order, and every pose has its
    // picture: the tracking waits for the encoder rather than outrun it (before it did, with one core
    // kept busy: 27 of 72, 47 of 151 and 59 of 203 pictures taken)
    const owners = video.map((v) => frames.findIndex((f) => Math.abs(v.timeMs - f.t) <= 0.5));
    expect(owners, 'the pose of each video frame').not.toContain(-1);
    expect(owners).toEqual([...owners].sort((a, b) => a - b));
    expect(
      frames.filter((f) => !ownPicture(f.t)).map((f) => f.t),
      'poses without their picture',
    ).toEqual([]);
    expect(gaps.length, 'stored poses on her with their picture').toBeGreaterThanOrEqual(6);
    // A pose k frames off its picture sits ~3.6·k px from her. The live pose itself is not the
    // offline one on the same picture (the model's crop follows the previous frame, which under load
    // is many clip frames back, and live smoothing lags): measured on the pictures stored here,
    // within −2.3…4.9, −7.8…12.4 and −0.2…4.9 px (median 1.4, 3.0 and 1.5; load average 28–43, 13–18,
    // one core kept busy besides).
    expect(Math.abs(median(gaps))).toBeLessThan(2 * HER_PX_PER_FRAME);
  });
});
