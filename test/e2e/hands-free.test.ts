/**
 * Hands-free recording, end to end: the real server and Chromium, the fake camera playing real
 * footage of the woman walking (played backward: she walks backward, left to right), the real
 * MoveNet model. Armed, a take starts when she walks and stops when she has stood still, with no
 * key press; what is stored is the walk, and the captions show the cues in order.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { CUE_TEXT } from '../../src/shared/coaching/cues';
import { COACH_NOTICES } from '../../src/renderer/src/coaching/coach';
import { useApp } from './support/app-fixture';
import { prepareClip, type ClipRecipe } from './support/footage';
import { callApi } from './support/seed';
import { hipMid, waitForLiveFrames } from './support/live';
import type { Keypoint } from '../../src/shared/pose/types';

/** Seconds of the walk cut from the footage: she walks, whole and side-on, all through it (longer as seen on a loaded machine). */
const WALK_S = 3.8;
/** Seconds she stands still before the walk and after it (the first and the last frame held). */
const STILL_BEFORE_S = 3;
const STILL_AFTER_S = 5;
/** The stored take may differ from the walk by this much (s): issue 14's bound. */
const SPAN_TOLERANCE_S = 0.5;

/**
 * The reversed walk from 1.7 s, where the man is on his box or in the air above it: the strip
 * above the box's top (y < 232 of 480) is painted over so that only she is in view (no walker to
 * choose), then still frames before and after the walk; played forward and back so the fake
 * camera's loop never makes her jump.
 */
const HANDS_FREE_WALK: ClipRecipe = {
  source: 'sports2d-walk-reversed.mp4',
  startS: 1.7,
  durationS: WALK_S,
  format: 'y4m',
  pingPong: true,
  filter: `drawbox=x=0:y=0:w=640:h=232:color=0x6a7a6a:t=fill,tpad=start_duration=${STILL_BEFORE_S}:start_mode=clone:stop_duration=${STILL_AFTER_S}:stop_mode=clone`,
};

/** Hip midpoints (px) of the last `n` drawn frames with a pose. */
async function recentHips(page: Page, n: number): Promise<number[]> {
  const poses = await page.evaluate(
    (count) =>
      (window.__retrowalkDebug?.history ?? [])
        .slice(-count)
        .map((f) => f.keypoints?.map((k) => [k[0], k[1], k[2]] as Keypoint) ?? null),
    n,
  );
  return poses.filter((p): p is Keypoint[] => p !== null).map((p) => hipMid(p).x);
}

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Hip displacement (px) that counts as having moved: three times MoveNet's jitter on her still frames. */
const MOVED_PX = 9;

/**
 * The walk as the live screen saw it, in its own clock (the fake camera slows down on a loaded
 * machine): from the first drawn frame whose hip left her still place before the walk, to the
 * last one before it reached her still place after it, each end halfway to the neighbouring frame.
 * (On a machine loaded so much that the fake camera stalls mid-walk, she stands in the picture for
 * a moment and the take leaves that out: this span then includes it, and the take is shorter.)
 */
async function walkSeen_s(
  page: Page,
  sinceMs: number,
  xBefore: number,
): Promise<{ walk_s: number; frameInterval_s: number }> {
  const frames = await page.evaluate(
    (since) =>
      (window.__retrowalkDebug?.history ?? [])
        .filter((f) => f.t >= since && f.keypoints !== null)
        .map((f) => ({ t: f.t, kps: f.keypoints!.map((k) => [k[0], k[1], k[2]] as Keypoint) })),
    sinceMs,
  );
  const xs = frames.map((f) => hipMid(f.kps).x);
  const xAfter = median(xs.slice(-5));
  const first = xs.findIndex((x) => Math.abs(x - xBefore) > MOVED_PX);
  const last = xs.findLastIndex((x) => Math.abs(x - xAfter) > MOVED_PX);
  if (first < 1 || last < first || last + 1 >= frames.length) throw new Error(`no whole walk seen in ${xs.join(' ')}`);
  const t = (i: number) => frames[i].t / 1000;
  const intervals = frames.slice(1).map((f, i) => (f.t - frames[i].t) / 1000);
  return {
    walk_s: (t(last) + t(last + 1)) / 2 - (t(first - 1) + t(first)) / 2,
    // each end is known to half a frame either side: the span to one frame
    frameInterval_s: median(intervals),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

describe('hands-free takes on real footage', () => {
  const app = useApp({ cameraFile: prepareClip('hands-free-walk', HANDS_FREE_WALK) });
  let page: Page;

  beforeAll(() => {
    page = app.page();
  });

  it('arms, starts and stops a take with no key press, stores the walk, and captions the cues in order', async () => {
    await waitForLiveFrames(page, 10).catch((e: unknown) => {
      throw new Error(`no live frames drawn: ${String(e)}${app.context()}`);
    });
    await page.getByTestId('hands-free-toggle').click();
    await expect.poll(async () => (await callApi(page, 'settings.get', {})).handsFree).toBe(true);

    // the first take may begin mid-walk (armed whenever the clip was there); the second one begins
    // when she walks off from standing still, which she does for 7 s after a take has stopped
    const list = () => callApi(page, 'sessions.list', { trash: false });
    const completeTakes = async (n: number): Promise<void> =>
      expect
        .poll(async () => (await list()).map((s) => s.status), { timeout: 90_000 })
        .toEqual(Array.from({ length: n }, () => 'complete'))
        .catch(async (e: unknown) => {
          const state = await page.evaluate(() => ({
            status: document.querySelector('[data-testid="guidance"]')?.getAttribute('data-hands-free'),
            captions: [...document.querySelectorAll('[data-testid="caption"]')].map((c) => c.textContent),
            fps: window.__retrowalkDebug?.fps,
            events: window.__retrowalkDebug?.handsFree,
          }));
          throw new Error(`${String(e)} ${JSON.stringify(state)}`);
        });
    // She stands still from the first take's stop (its caption) for 7 s; saving it may take longer
    // under load, so the stop, not the save, marks where the second walk's still start is read.
    await page.locator('[data-testid="caption"][data-kind="take-stopped"]').first().waitFor({ timeout: 90_000 });
    const standingFrom = await page.evaluate(() => performance.now());
    const xBefore = median(await recentHips(page, 5));
    await completeTakes(1);
    await completeTakes(2);
    const sessions = await list();
    const id = Math.max(...sessions.map((s) => s.id));
    const session = (await callApi(page, 'sessions.get', { id }))!;
    const stored_s = session.durationMs / 1000;
    const frames = await callApi(page, 'sessions.frames', { id });
    const lastFrame_s = (frames.at(-1)?.t ?? 0) / 1000;
    const { walk_s, frameInterval_s } = await walkSeen_s(page, standingFrom, xBefore);
    console.log(
      `hands-free take: stored ${stored_s.toFixed(2)} s, ${frames.length} frames up to ${lastFrame_s.toFixed(2)} s; walk seen ${walk_s.toFixed(2)} s ± ${frameInterval_s.toFixed(2)} s (${WALK_S} s in the clip); ${await page.evaluate(() => window.__retrowalkDebug?.fps)} fps; ${await page.evaluate(() => window.__retrowalkDebug?.handsFree.join(', '))}`,
    );
    const events = await page.evaluate(() => window.__retrowalkDebug?.handsFree.join(', '));
    // issue 14's bound, widened by how finely the walk seen is measured at the frame rate the machine gave
    expect(Math.abs(stored_s - walk_s), `stored ${stored_s} s; ${events}`).toBeLessThanOrEqual(
      SPAN_TOLERANCE_S + frameInterval_s,
    );
    // the keypoints end with the video: none after the stored length
    expect(lastFrame_s).toBeLessThanOrEqual(stored_s);
    expect(stored_s - lastFrame_s).toBeLessThan(0.5);
    // both takes tagged with the visit's one outing, just after they were saved
    const outingTags = async (): Promise<string[][]> =>
      Promise.all(
        sessions.map(async (s) =>
          ((await callApi(page, 'sessions.get', { id: s.id }))?.tags ?? []).filter((t) => t.startsWith('outing ')),
        ),
      );
    await expect.poll(outingTags).toEqual([[expect.any(String)], [expect.any(String)]]);
    const [first, second] = await outingTags();
    expect(first).toEqual(second);

    const captions = await page
      .getByTestId('caption')
      .evaluateAll((els) => els.map((el) => ({ kind: (el as HTMLElement).dataset.kind, text: el.textContent })));
    // the looping clip has her walk off again ~3 s after the second stop: a third take may have begun
    const takeCues = captions
      .filter((c) => c.kind === 'take-started' || c.kind === 'take-stopped')
      .map((c) => c.text)
      .slice(0, 4);
    expect(takeCues).toEqual([
      CUE_TEXT.takeStarted,
      CUE_TEXT.takeStopped.still,
      CUE_TEXT.takeStarted,
      CUE_TEXT.takeStopped.still,
    ]);
    const voices = await page.evaluate(() => window.speechSynthesis.getVoices().length);
    if (voices === 0)
      expect(
        captions.filter((c) => c.text === COACH_NOTICES.noVoices),
        'said once',
      ).toHaveLength(1);
  });

  it('keeps the hands-free and coaching settings, and shows the take and its captions', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'hands-free-live.png') });
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-stop-after').fill('5');
    await page.getByTestId('settings-cue-stepCount').click();
    await expect
      .poll(async () => {
        const settings = await callApi(page, 'settings.get', {});
        return [settings.stopAfterStillS, settings.coaching.cues.includes('stepCount'), settings.handsFree];
      })
      .toEqual([5, false, true]);
    await page.getByTestId('coaching-settings').screenshot({ path: resolve(SCREENSHOTS, 'settings-coaching.png') });
  });
});
