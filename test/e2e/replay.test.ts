/**
 * Replay of an import, end to end in browser mode: import a real clip through the UI (file chooser, chunked
 * upload, progress), then review it frame by frame — the overlay and the charts' playhead follow
 * the keyboard, the picture shown is the frame the overlay names, Thunder re-analysis keeps both
 * results, and a session whose video is gone still replays its skeleton.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app-fixture';
import { waitForExplained } from './support/explained-wait';
import { mp4Clip } from './support/footage';
import { decodedGrey, meanAbsDiff, shownGrey } from './support/picture';
import { useTempDir } from './support/temp-dir';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const CLIP_FRAMES = 90; // 3 s at 30 fps
/** How long the Thunder re-analysis of the clip may take. */
const THUNDER_MS = 360_000;
const temp = useTempDir('replay');

/** Where the woman walks around 1.4 s into the clip (in the 640×480 picture): the part that changes. */
const WALKER_BOX = { x: 200, y: 230, width: 200, height: 200 };
/** The walker's box is compared as 80×80 greyscale. */
const COMPARED = { width: 80, height: 80 };

async function overlayFrame(page: Page): Promise<number> {
  return Number(await page.getByTestId('replay-overlay').getAttribute('data-frame-index'));
}

/**
 * The frame shown once a pause has settled: the video paused, no seek under way (a loop may have
 * been sending it back to the step's start), and the overlay on the video's frame.
 */
async function settledFrame(page: Page): Promise<number> {
  const video = page.getByTestId('replay-video');
  await expect
    .poll(async () => {
      const v = await video.evaluate((el: HTMLVideoElement) => ({
        paused: el.paused,
        seeking: el.seeking,
        frame: el.currentTime * 30,
      }));
      return v.paused && !v.seeking && Math.abs((await overlayFrame(page)) - v.frame) < 1;
    })
    .toBe(true);
  return overlayFrame(page);
}

async function playheads(page: Page): Promise<Array<{ timeS: number; transform: string }>> {
  return page.getByTestId('chart-playhead').evaluateAll((lines) =>
    lines.map((l) => ({
      timeS: Number((l as HTMLElement).dataset.timeS),
      transform: (l as HTMLElement).style.transform,
    })),
  );
}

/** Waits for both charts' playheads to reach `frame`: they move in an effect after the overlay's render. */
async function playheadsReach(page: Page, frame: number): Promise<void> {
  for (const chart of [0, 1])
    await expect.poll(async () => (await playheads(page))[chart]?.timeS).toBeCloseTo(frame / 30, 1);
}

const translateX = (transform: string) => Number(/translateX\(([-\d.]+)px\)/.exec(transform)?.[1]);

describe('replay of an imported walk', () => {
  const app = useApp();
  const { server, context } = app;
  let page: Page;
  let clip: string;

  beforeAll(async () => {
    // 3 s of the woman walking (from 2.5 s)
    clip = mp4Clip(join(temp, 'walk 3s.mp4'), { source: 'sports2d-walk.mp4', startS: 2.5, durationS: 3 }, 12);
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    await page.getByTestId('nav-sessions').click();
  });

  it('imports the clip chosen in the file chooser, shows the progress to the end, then opens the replay', async () => {
    // Record every state of the progress bar from inside the page (it is replaced by the replay once done).
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { progressLog: string[] }).progressLog = log;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid="job-progress-bar"]');
        const phase = document.querySelector<HTMLElement>('[data-testid="job-progress"]')?.dataset.phase;
        if (bar) log.push(`${phase} ${bar.dataset.done ?? ''}/${bar.dataset.total ?? ''} ${bar.value}/${bar.max}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByTestId('import-file-input').setInputFiles(clip);
    await page
      .waitForFunction(
        () => Number(document.querySelector('[data-testid="job-progress-bar"]')?.getAttribute('data-done')) >= 20,
        null,
        { timeout: 60_000 },
      )
      .then(() => page.screenshot({ path: join(SCREENSHOTS, 'import-progress.png') }))
      .catch(() => console.log('the analysis ended before a screenshot of its progress could be taken'));
    await waitForExplained(page.getByTestId('replay-screen'), 120_000, context);
    await page.getByTestId('replay-overlay').waitFor();

    const log = await page.evaluate(() => (window as unknown as { progressLog: string[] }).progressLog);
    console.log(`progress states seen: ${[...new Set(log)].join(' | ')}`);
    const analysing = log.filter((l) => l.startsWith('analysing ')).map((l) => l.split(' ')[1].split('/').map(Number));
    expect(log.some((l) => l.startsWith('uploading'))).toBe(true);
    expect(analysing.length).toBeGreaterThan(1);
    expect(new Set(analysing.map(([, total]) => total))).toEqual(new Set([CLIP_FRAMES]));
    const done = analysing.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b)); // frames done only go up
    expect(log).toContain(`done ${CLIP_FRAMES}/${CLIP_FRAMES} ${CLIP_FRAMES}/${CLIP_FRAMES}`); // the bar full at the end
    await expect.poll(() => page.getByTestId('replay-time').textContent()).toContain(`/ ${CLIP_FRAMES}`);
    expect(await page.getByTestId('replay-direction').textContent()).toBe('forward');
  });

  it("steps frames with the arrow keys: the overlay, the picture and the charts' playhead follow", async () => {
    const video = page.getByTestId('replay-video');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    await page.locator('body').click({ position: { x: 5, y: 5 } }); // focus on the page, not a control
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => overlayFrame(page)).toBe(40);
    await playheadsReach(page, 40);
    const before = await playheads(page);
    expect(before).toHaveLength(2);
    for (const p of before) expect(p.timeS).toBeCloseTo(40 / 30, 1);

    for (const expected of [41, 42, 43]) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => overlayFrame(page)).toBe(expected);
    }
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => overlayFrame(page)).toBe(42);
    await playheadsReach(page, 42);
    const after = await playheads(page);
    for (let c = 0; c < 2; c++) {
      expect(after[c].timeS).toBeCloseTo(42 / 30, 1);
      expect(translateX(after[c].transform)).toBeGreaterThan(translateX(before[c].transform));
    }
    expect(await page.getByTestId('replay-overlay').getAttribute('data-has-pose')).toBe('true');

    // The picture on screen is the frame the overlay names (closest of it and its neighbours).
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.seeking)).toBe(false);
    // Polled: on a busy machine the element can still paint the frame before the seek just after `seeked`.
    const decoded = [41, 42, 43].map((n) => decodedGrey(clip, n, WALKER_BOX, COMPARED));
    const closestFrame = async () => {
      const shown = await shownGrey(page, 'replay-video', WALKER_BOX, COMPARED);
      const diffs = decoded.map((frame) => meanAbsDiff(shown, frame));
      console.log(`picture vs ffmpeg frames 41/42/43: ${diffs.map((d) => d.toFixed(2)).join(' / ')}`);
      return 41 + diffs.indexOf(Math.min(...diffs));
    };
    await expect.poll(closestFrame).toBe(42);

    // The skeleton is drawn: the overlay canvas has coloured pixels.
    const painted = await page.getByTestId('replay-overlay').evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-frame-42.png'), fullPage: true });
  });

  it('plays and pauses with Space, seeks from a step row and from a chart click', async () => {
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('replay-play').getAttribute('aria-label')).toBe('Pause');
    await expect.poll(() => overlayFrame(page)).toBeGreaterThan(50);
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('replay-play').getAttribute('aria-label')).toBe('Play');

    const rows = page.getByTestId('step-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const second = rows.nth(1);
    const stepTime = Number((await second.locator('td').nth(2).textContent())!.replace(' s', ''));
    await second.getByRole('button').click();
    await expect.poll(() => overlayFrame(page)).toBe(Math.round(stepTime * 30));
    expect(await second.getAttribute('aria-current')).toBe('step');

    // Loop that step at half speed: playback stays within it and comes back to its start.
    const nextStep = Number((await rows.nth(2).locator('td').nth(2).textContent())!.replace(' s', ''));
    const loop = page.getByRole('button', { name: 'Loop step' });
    await loop.click();
    expect(await loop.getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Playback speed').selectOption('0.5');
    expect(await page.getByTestId('replay-video').evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(0.5);
    await page.getByTestId('replay-play').click();
    // every frame the overlay shows, recorded in the page
    await page.evaluate(() => {
      const overlay = document.querySelector<HTMLCanvasElement>('[data-testid="replay-overlay"]')!;
      const seen: number[] = [];
      (window as unknown as { loopSeen: number[] }).loopSeen = seen;
      new MutationObserver(() => seen.push(Number(overlay.dataset.frameIndex))).observe(overlay, {
        attributes: true,
        attributeFilter: ['data-frame-index'],
      });
    });
    // until the loop has gone back to the step's start at least once, however slowly frames come
    await page.waitForFunction(
      () => (window as unknown as { loopSeen: number[] }).loopSeen.some((f, i, all) => i > 0 && f < all[i - 1]),
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    await page.getByTestId('replay-play').click();
    const seen = await page.evaluate(() => (window as unknown as { loopSeen: number[] }).loopSeen);
    const first = Math.round(stepTime * 30);
    console.log(`looping step 2 (from frame ${first}, next step at ${nextStep} s): ${seen.join(' ')}`);
    expect(Math.min(...seen)).toBe(first);
    expect(seen.some((f, i) => i > 0 && f < seen[i - 1])).toBe(true); // it went back to the start
    // a frame step inside the step keeps the loop; going to the next step leaves it, and turns it off
    const paused = await settledFrame(page);
    const inside = paused > Math.round(stepTime * 30) ? 'Previous frame' : 'Next frame';
    await page.getByRole('button', { name: inside }).click();
    await expect.poll(() => overlayFrame(page)).not.toBe(paused);
    expect(await loop.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => overlayFrame(page)).toBeGreaterThan(Math.max(...seen));
    const nextFrame = await overlayFrame(page);
    expect(Math.abs(nextFrame - nextStep * 30)).toBeLessThanOrEqual(1);
    expect(await loop.getAttribute('aria-pressed')).toBe('false');
    // exactly [contact, next contact): every frame of the step, up to the one before the next step's
    expect(Math.max(...seen)).toBe(nextFrame - 1);
    await page.getByLabel('Playback speed').selectOption('1');

    const chart = page.getByTestId('chart-knee-flexion').locator('.u-over');
    const box = (await chart.boundingBox())!;
    await chart.click({ position: { x: box.width * 0.25, y: box.height / 2 } });
    // a quarter of the way along the x axis (the axis runs from the first frame to the last)
    await expect
      .poll(async () => Math.abs((await overlayFrame(page)) - 0.25 * (CLIP_FRAMES - 1)))
      .toBeLessThanOrEqual(2);
    const before = await overlayFrame(page);
    await page.getByRole('button', { name: "Go to the left leg's step with the largest knee past toes" }).click();
    // its peak frame: a stance frame where the left leg was measured, so the skeleton and its reading show
    await expect.poll(() => overlayFrame(page)).not.toBe(before);
    expect(await page.getByTestId('replay-overlay').getAttribute('data-has-pose')).toBe('true');
    expect(await page.getByTestId('frame-kpt-left').getAttribute('data-value')).not.toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-peak-left.png'), fullPage: true });
  });

  it('re-analyses with Thunder and keeps both results, labelled', { timeout: THUNDER_MS + 60_000 }, async () => {
    await page.getByTestId('reanalyse-thunder').click();
    await page.getByTestId('job-progress').waitFor();
    // Thunder runs MoveNet's larger model on every frame: minutes on a loaded 2-core machine
    await waitForExplained(page.getByTestId('result-thunder'), THUNDER_MS, context);
    await expect.poll(() => page.getByTestId('result-thunder').isChecked()).toBe(true);
    expect(await page.getByRole('radiogroup', { name: 'Analysis shown' }).textContent()).toMatch(
      /Lightning \(fast\).*Thunder \(accurate\), re-analysed/,
    );
    await page.getByTestId('replay-overlay').waitFor();
    // switching the result keeps the moment on screen (the video is not reloaded)
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // the overlay takes the frame on `seeked`, a task after `seeking` turns false
    const frameBefore = await settledFrame(page);
    const timeBefore = await page.getByTestId('replay-video').evaluate((v: HTMLVideoElement) => v.currentTime);
    expect(timeBefore).toBeGreaterThan(0.5);
    await page.getByTestId('result-lightning').check();
    await expect.poll(() => page.getByTestId('result-lightning').isChecked()).toBe(true);
    await expect
      .poll(() => page.getByRole('radiogroup', { name: 'Analysis shown' }).locator('label.checked').textContent())
      .toMatch(/^Lightning/);
    expect(await page.getByTestId('replay-video').evaluate((v: HTMLVideoElement) => v.currentTime)).toBe(timeBefore);
    expect(await overlayFrame(page)).toBe(frameBefore);
  });

  it('replays the skeleton alone, and says so, when the video file is gone', async () => {
    const videos = join(server().dataDir, 'videos');
    for (const f of readdirSync(videos)) rmSync(join(videos, f));
    await page.reload();
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('session-replay').first().click();
    await expect
      .poll(() => page.getByTestId('replay-stage-message').textContent(), { timeout: 15_000 })
      .toMatch(/cannot be played .*skeleton is replayed on its own/);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 45; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => overlayFrame(page)).toBe(45);
    expect(await page.getByTestId('replay-overlay').getAttribute('data-has-pose')).toBe('true');
    expect(await playheads(page).then((p) => p[0].timeS)).toBeCloseTo(45 / 30, 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-no-video.png'), fullPage: true });
  });
});
