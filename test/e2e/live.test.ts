/**
 * Issue 2 end to end, in browser mode: the real server (out/main/browser.js) on a temporary data
 * folder, real Chromium with a fake camera playing real footage, the real MoveNet models.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KP } from '../../src/shared/pose/keypoints';
import { useApp } from './support/app-fixture';
import { CLIPS, prepareClip } from './support/footage';
import { hipMid, sampleLive, share, waitForLiveFrames } from './support/live';

describe('live tracking and recording on sports2d-walk.mp4 (woman walking, man on a box)', () => {
  const app = useApp({ cameraFile: prepareClip('walk-ping-pong', CLIPS.walkPingPong) });
  const { server } = app;
  let page: Page;

  beforeAll(() => {
    page = app.page();
  });

  it('draws the skeleton on the walking woman, not on the man on the box', async () => {
    await waitForLiveFrames(page, 30).catch((e) => {
      throw new Error(`${e}${app.context()}`);
    });
    const samples = await sampleLive(page, 5_000);
    const tracked = samples.filter((s) => s.pose !== null);
    // Someone is tracked on most samples: she is in view for the whole clip. (On a quiet machine
    // 0.83–1.00; with the two cores shared by other work the scans that find her run later, 0.71 seen.)
    expect(share(samples, (s) => s.pose !== null)).toBeGreaterThan(0.6);
    // Her hips are on the grass (y ≈ 320); his are on the box (y ≈ 150) — see support/footage.ts.
    const onWoman = share(tracked, (s) => hipMid(s.pose!).y > 260);
    expect(onWoman, `share of samples on the woman: ${onWoman}`).toBeGreaterThan(0.9);
    // Knee keypoints are confident on most frames while she is in view. In a side view the far
    // knee is often hidden behind the near leg, so the near (better-seen) knee is the one checked.
    const nearKnee = (p: NonNullable<typeof tracked[number]['pose']>) => Math.max(p[KP.leftKnee][2], p[KP.rightKnee][2]);
    const kneesOk = share(tracked, (s) => nearKnee(s.pose!) > 0.3);
    const stats = await page.evaluate(() => ({ fps: window.__retrowalkDebug?.fps, latencyMs: window.__retrowalkDebug?.latencyMs }));
    console.log(`live: ${samples.length} samples, ${tracked.length} tracked, on woman ${onWoman.toFixed(2)}, near knee > 0.3 ${kneesOk.toFixed(2)}, both knees > 0.3 ${share(tracked, (s) => Math.min(s.pose![KP.leftKnee][2], s.pose![KP.rightKnee][2]) > 0.3).toFixed(2)}, fps ${stats.fps}, latency ${stats.latencyMs} ms, scan saw ≥ 2 people ${share(samples, (s) => s.people >= 2).toFixed(2)}, several_people warning ${share(samples, (s) => s.warnings.includes('several_people')).toFixed(2)}`);
    expect(kneesOk, `share with the near knee's score > 0.3: ${kneesOk}`).toBeGreaterThan(0.8);
    // The skeleton moves with her across the picture (right to left), it is not stuck on one spot.
    const xs = tracked.map((s) => hipMid(s.pose!).x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(150);
    const overlay = await page.getByTestId('overlay').boundingBox();
    expect(overlay!.width).toBeGreaterThan(100);
  });

  it('records a walk, keeps it after a reload, with its frames and its video on disk', async () => {
    await page.getByTestId('record-button').click();
    await page.getByTestId('recording-indicator').waitFor({ timeout: 15_000 });
    const drawnAt = () => page.evaluate(() => window.__retrowalkDebug?.frames ?? 0);
    const framesBefore = await drawnAt();
    await page.waitForTimeout(4_000);
    const fpsShown = await page.evaluate(() => window.__retrowalkDebug?.fps);
    await page.getByTestId('record-button').click(); // Stop
    const framesDrawn = (await drawnAt()) - framesBefore;
    console.log(`recording: ${framesDrawn} frames drawn in ~4 s, fps shown ${fpsShown}`);
    await expect.poll(() => page.getByTestId('record-button').textContent(), { timeout: 30_000 }).toMatch(/Record/);

    await page.reload();
    await page.getByTestId('nav-sessions').click();
    const rows = page.getByTestId('session-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    const frames = Number(await rows.first().getByTestId('session-frames').textContent());
    // Every frame drawn while recording is stored (the counts are read a few frames apart at
    // start and stop), and the pipeline kept running: ≥ 4 fps even on a loaded 2-core machine.
    expect(frames).toBeGreaterThanOrEqual(16);
    expect(Math.abs(frames - framesDrawn)).toBeLessThanOrEqual(Math.max(6, framesDrawn * 0.1));
    expect(frames).toBeLessThanOrEqual(6 * 31);
    expect(await rows.first().getAttribute('data-status')).toBe('complete');

    const videos = readdirSync(join(server().dataDir, 'videos')).filter((f) => f.endsWith('.webm'));
    expect(videos).toHaveLength(1);
    expect(statSync(join(server().dataDir, 'videos', videos[0])).size).toBeGreaterThan(20_000);
    expect(existsSync(join(server().dataDir, 'retrowalk.db'))).toBe(true);
  });
});
