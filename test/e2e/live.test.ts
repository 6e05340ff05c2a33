/**
 * Live screen, end to end in browser mode: the real server (out/main/browser.js) on a temporary data
 * folder, real Chromium with a fake camera playing real footage, the real MoveNet models.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KP } from '../../src/shared/pose/keypoints';
import { useApp } from './support/app-fixture';
import { callApi } from './support/seed';
import { CLIPS, prepareClip } from './support/footage';
import type { Keypoint } from '../../src/shared/pose/types';
import { hipMid, nextLiveFrames, share, waitForLiveFrames } from './support/live';

/** Drawn frames judged: about 3 s of the clip at the camera's 30 fps, longer where fewer are drawn. */
const FRAMES_CHECKED = 90;
/** Drawn frames recorded: over a second at the camera's 30 fps. */
const FRAMES_RECORDED = 40;
/**
 * Share of the judged frames with a skeleton. Measured over 49 windows of 90 drawn frames: 1.000 in 48,
 * 0.989 in one (40 windows just after the page loaded, 13 with two `yes` hogs besides; load average
 * 14–28 on 2 cores, 3–19 fps shown; 17 after the tracker's latest change). With the tracker made to
 * drop her whenever a scan misses her (as it did before it kept the walker over such a scan),
 * 0.58–1.00 over 9 windows, 7 of them below 0.9. 0.9 leaves room for one loss and refind (about 10
 * frames) in a window.
 */
const TRACKED_AT_LEAST = 0.9;

/**
 * In the page from its first moment: every state the engine badge shows, with the frames drawn by
 * then ("status|text|frames"), so a test sees the order of what happened however fast it went.
 */
function watchEngineBadge(): void {
  const seen: string[] = [];
  (window as unknown as { __engineBadges: string[] }).__engineBadges = seen;
  new MutationObserver(() => {
    const badge = document.querySelector<HTMLElement>('[data-testid="engine-status"]');
    if (!badge) return;
    const state = `${badge.dataset.status}|${badge.textContent}`;
    if (seen.at(-1)?.startsWith(`${state}|`)) return;
    seen.push(
      `${state}|${(window as unknown as { __retrowalkDebug?: { frames: number } }).__retrowalkDebug?.frames ?? 0}`,
    );
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

describe('live tracking and recording on sports2d-walk.mp4 (woman walking, man on a box)', () => {
  const app = useApp({ cameraFile: prepareClip('walk-ping-pong', CLIPS.walkPingPong), initScript: watchEngineBadge });
  const { server } = app;
  let page: Page;

  beforeAll(() => {
    page = app.page();
  });

  it('starts at once on the default backend, times the backends meanwhile and keeps the fastest', async () => {
    // first start: no backend saved; the measurement saves one when it is done
    await expect
      .poll(async () => (await callApi(page, 'settings.get', {})).backend, { timeout: 180_000 })
      .not.toBeNull();
    const settings = await callApi(page, 'settings.get', {});
    const timings = Object.entries(settings.backendTimings ?? {}).sort((a, b) => a[1] - b[1]);
    expect(timings.map(([name]) => name)).toContain('wasm');
    expect(settings.backend).toBe(timings[0]?.[0]);
    await expect.poll(() => page.getByTestId('engine-status').textContent()).not.toMatch(/measuring/);
    const badges = await page.evaluate(() => (window as unknown as { __engineBadges: string[] }).__engineBadges);
    console.log(`engine badge: ${badges.join(' → ')}; measured ${JSON.stringify(settings.backendTimings)}`);
    // the engine was up on the default, drawing frames, before any backend was saved
    const firstReady = badges.findIndex((b) => b.startsWith('ready|'));
    expect(badges.slice(0, firstReady).every((b) => /^(waiting|loading)\|/.test(b))).toBe(true);
    expect(badges[firstReady]).toMatch(/^ready\|wasm \(measuring…\)/);
    const lastMeasuring = badges.findLastIndex((b) => b.includes('measuring'));
    const after = badges.slice(lastMeasuring + 1);
    // frames were drawn (the third field) by the time the measurement ended
    expect(Number(after[0]?.split('|')[2])).toBeGreaterThan(0);
    // no restart when the default is the fastest; a move to the fastest when it is not
    if (settings.backend === 'wasm') expect(after.every((b) => b.startsWith('ready|wasm'))).toBe(true);
    else expect(after.at(-1)).toMatch(new RegExp(`^ready\\|${settings.backend}`));
  });

  it('draws the skeleton on the walking woman, not on the man on the box', async () => {
    await waitForLiveFrames(page, 30).catch((e) => {
      throw new Error(`${e}${app.context()}`);
    });
    // Counted in drawn frames, never in time: a loaded machine draws fewer frames a second, and
    // each frame is judged on its own skeleton.
    const frames = await nextLiveFrames(page, FRAMES_CHECKED);
    const tracked = frames.filter((pose): pose is Keypoint[] => pose !== null);
    // Someone is tracked on nearly every frame: she is in view for the whole clip.
    const trackedShare = tracked.length / frames.length;
    expect(trackedShare, `share of frames with a skeleton: ${trackedShare}`).toBeGreaterThanOrEqual(TRACKED_AT_LEAST);
    // Her hips are on the grass (y ≈ 320); his are on the box (y ≈ 150) — see support/footage.ts.
    const onWoman = share(tracked, (pose) => hipMid(pose).y > 260);
    expect(onWoman, `share of skeletons on the woman: ${onWoman}`).toBeGreaterThan(0.9);
    // Knee keypoints are confident on most frames while she is in view. In a side view the far
    // knee is often hidden behind the near leg, so the near (better-seen) knee is the one checked.
    const kneesOk = share(tracked, (pose) => Math.max(pose[KP.leftKnee][2], pose[KP.rightKnee][2]) > 0.3);
    const stats = await page.evaluate(() => ({
      fps: window.__retrowalkDebug?.fps,
      latencyMs: window.__retrowalkDebug?.latencyMs,
    }));
    console.log(
      `live: ${frames.length} frames drawn, ${tracked.length} with a skeleton, on woman ${onWoman.toFixed(2)}, near knee > 0.3 ${kneesOk.toFixed(2)}, both knees > 0.3 ${share(tracked, (pose) => Math.min(pose[KP.leftKnee][2], pose[KP.rightKnee][2]) > 0.3).toFixed(2)}, fps ${stats.fps}, latency ${stats.latencyMs} ms`,
    );
    expect(kneesOk, `share with the near knee's score > 0.3: ${kneesOk}`).toBeGreaterThan(0.8);
    // The skeleton moves with her across the picture (right to left), it is not stuck on one spot.
    const xs = tracked.map((pose) => hipMid(pose).x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(150);
    const overlay = await page.getByTestId('overlay').boundingBox();
    expect(overlay!.width).toBeGreaterThan(100);
  });

  it('records a walk, keeps it after a reload, with its frames and its video on disk', async () => {
    const counts = () =>
      page.evaluate(() => ({
        drawn: window.__retrowalkDebug?.frames ?? 0,
        recorded: window.__retrowalkDebug?.framesRecorded ?? 0,
      }));
    const before = await counts();
    await page.getByTestId('record-button').click();
    await page.getByTestId('recording-indicator').waitFor({ timeout: 15_000 });
    const drawnWhenShown = (await counts()).drawn;
    // A number of drawn frames, not a time: however slowly they come.
    await waitForLiveFrames(page, drawnWhenShown + FRAMES_RECORDED);
    const fpsShown = await page.evaluate(() => window.__retrowalkDebug?.fps);
    await page.getByTestId('record-button').click(); // Stop
    await expect.poll(() => page.getByTestId('record-button').textContent(), { timeout: 30_000 }).toMatch(/Record/);
    const after = await counts();
    const framesRecorded = after.recorded - before.recorded;
    console.log(
      `recording: ${framesRecorded} of ${after.drawn - before.drawn} drawn frames recorded, fps shown ${fpsShown}`,
    );
    // the frames drawn from the indicator showing to the Stop click were all recorded, and no frame
    // drawn before Record or after Stop
    expect(framesRecorded).toBeGreaterThanOrEqual(FRAMES_RECORDED);
    expect(framesRecorded).toBeLessThanOrEqual(after.drawn - before.drawn);

    // the take is saved (finished and analysed) once main says so; the list after a reload shows that
    await expect
      .poll(async () => (await callApi(page, 'sessions.list', {})).map((s) => s.status), { timeout: 60_000 })
      .toEqual(['complete']);
    await page.reload();
    await page.getByTestId('nav-sessions').click();
    const rows = page.getByTestId('session-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    expect(await rows.first().getAttribute('data-status')).toBe('complete');
    // every frame handed to the recording is stored
    const [stored] = await callApi(page, 'sessions.list', {});
    expect(stored.frameCount).toBe(framesRecorded);

    const videos = readdirSync(join(server().dataDir, 'videos')).filter((f) => f.endsWith('.webm'));
    expect(videos).toHaveLength(1);
    expect(statSync(join(server().dataDir, 'videos', videos[0])).size).toBeGreaterThan(20_000);
    expect(existsSync(join(server().dataDir, 'retrowalk.db'))).toBe(true);
  });
});
