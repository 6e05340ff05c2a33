/**
 * A phone video with rotation metadata, end to end in browser mode: a portrait walk stored
 * sideways (landscape pixels) with a 90° display rotation, as phones write it, is imported through
 * the UI and replayed upright: the <video> shows the portrait picture, the stored result has the
 * portrait size, and the skeleton lands where the same walk imported upright puts it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SessionListItem } from '../../src/shared/api';
import { useApp } from './support/app-fixture';
import { h264, mp4Clip } from './support/footage';
import { importThroughUi } from './support/import-ui';
import { decodedGrey, meanAbsDiff, shownGrey } from './support/picture';
import { callApi } from './support/seed';
import { useTempDir } from './support/temp-dir';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const temp = useTempDir('rotated');
const H264 = h264(14);
/** The upright picture: 3 s of the woman walking, cropped to portrait 360×480. */
const UPRIGHT = { width: 360, height: 480 };
const FRAME = 45;

const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);

/** The walk in portrait, and the same walk as a phone stores it: pixels turned 90° clockwise, a 90° rotation to show them upright. */
function makeClips(): { upright: string; phone: string } {
  const upright = join(temp, 'walk upright.mp4');
  const sideways = join(temp, 'sideways.mp4');
  const phone = join(temp, 'walk phone.mp4');
  mp4Clip(
    upright,
    { source: 'sports2d-walk.mp4', startS: 2.5, durationS: 3, filter: `crop=${UPRIGHT.width}:${UPRIGHT.height}:100:0` },
    14,
  );
  ffmpeg(['-i', upright, '-vf', 'transpose=1', ...H264, sideways]);
  // ffmpeg 5.1 has no -display_rotation: the rotate tag becomes the MP4 display matrix
  ffmpeg(['-i', sideways, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', phone]);
  return { upright, phone };
}

function probe(path: string): { width: number; height: number; rotation: number | null } {
  const out = JSON.parse(
    execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_streams', '-of', 'json', path], {
      encoding: 'utf8',
    }),
  );
  const s = out.streams[0];
  const matrix = (s.side_data_list ?? []).find(
    (d: { side_data_type: string }) => d.side_data_type === 'Display Matrix',
  );
  return { width: s.width, height: s.height, rotation: matrix ? Number(matrix.rotation) : null };
}

/** The upright picture is compared as 90×120 greyscale. */
const COMPARED = { width: 90, height: 120 };
const hipMid = (k: [number, number, number][]) => [(k[11][0] + k[12][0]) / 2, (k[11][1] + k[12][1]) / 2] as const;

describe('replay of a rotated phone video', () => {
  const app = useApp();
  let page: Page;
  let clips: { upright: string; phone: string };

  /** Imports through the UI; the newest session is the one imported. */
  async function importClip(path: string): Promise<SessionListItem> {
    await importThroughUi(page, path, app.context);
    const sessions = await callApi(page, 'sessions.list', {});
    return sessions.reduce((a, b) => (a.id > b.id ? a : b));
  }

  beforeAll(async () => {
    clips = makeClips();
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    await page.getByTestId('nav-sessions').click();
  });

  it('makes a clip that carries the rotation (landscape pixels, a 90° display matrix)', () => {
    expect(probe(clips.phone)).toEqual({ width: UPRIGHT.height, height: UPRIGHT.width, rotation: 90 });
    expect(probe(clips.upright)).toEqual({ ...UPRIGHT, rotation: null });
  });

  it('imports it and replays it upright, the skeleton where the upright import puts it', async () => {
    const upright = await importClip(clips.upright);
    await page.getByRole('button', { name: '← All sessions' }).click();
    const phone = await importClip(clips.phone);
    expect(phone.id).not.toBe(upright.id);

    // stored upright: the result's size is the portrait one
    expect(phone.results[0]).toMatchObject(UPRIGHT);
    expect(phone).toMatchObject(UPRIGHT);

    // shown upright: the video element is portrait, and its picture is the upright clip's
    const video = page.getByTestId('replay-video');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    const size = await video.evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, height: v.videoHeight }));
    expect(size).toEqual(UPRIGHT);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < FRAME; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('replay-overlay').getAttribute('data-frame-index')).toBe(String(FRAME));
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.seeking)).toBe(false);
    // Polled: on a busy machine the element can still paint the frame before the seek just after `seeked`.
    const uprightFrame = decodedGrey(clips.upright, FRAME, null, COMPARED);
    await expect
      .poll(async () => meanAbsDiff(await shownGrey(page, 'replay-video', null, COMPARED), uprightFrame))
      .toBeLessThan(6);
    const shown = await shownGrey(page, 'replay-video', null, COMPARED);
    const diffs = [uprightFrame, decodedGrey(clips.upright, 0, null, COMPARED)].map((f) => meanAbsDiff(shown, f));
    const turned = meanAbsDiff(Buffer.from(shown).reverse(), uprightFrame);
    console.log(
      `picture vs upright frame ${FRAME}: ${diffs[0].toFixed(2)}, vs frame 0: ${diffs[1].toFixed(2)}, turned 180°: ${turned.toFixed(2)}`,
    );
    expect(diffs[0]).toBeLessThan(6);
    expect(diffs[0]).toBeLessThan(turned / 3);

    // the overlay covers the video exactly, in the keypoints' pixel space
    const overlay = page.getByTestId('replay-overlay');
    expect(await overlay.evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }))).toEqual(UPRIGHT);
    const [videoBox, overlayBox] = [await video.boundingBox(), await overlay.boundingBox()];
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(videoBox![key] - overlayBox![key])).toBeLessThan(1);
    // ... and is not stretched: the stage keeps the portrait shape
    expect(videoBox!.width / videoBox!.height).toBeCloseTo(UPRIGHT.width / UPRIGHT.height, 2);

    // the skeleton: upright (head above hips above ankles) and where the upright import puts it
    const [mine, reference] = await Promise.all([
      callApi(page, 'sessions.frames', { id: phone.id }),
      callApi(page, 'sessions.frames', { id: upright.id }),
    ]);
    expect(mine).toHaveLength(reference.length);
    const distances: number[] = [];
    let standing = 0;
    mine.forEach((f, i) => {
      const k = f.keypoints,
        r = reference[i].keypoints;
      if (!k || !r || k[11][2] < 0.3 || k[12][2] < 0.3 || r[11][2] < 0.3 || r[12][2] < 0.3) return;
      const [a, b] = [hipMid(k), hipMid(r)];
      distances.push(Math.hypot(a[0] - b[0], a[1] - b[1]));
      if (k[0][1] < k[11][1] && k[11][1] < k[15][1]) standing++;
    });
    distances.sort((x, y) => x - y);
    const median = distances[distances.length >> 1];
    console.log(
      `hip midpoints vs the upright import over ${distances.length} frames: median ${median.toFixed(1)} px, 90th percentile ${distances[Math.floor(distances.length * 0.9)].toFixed(1)} px`,
    );
    expect(distances.length).toBeGreaterThan(60);
    expect(median).toBeLessThan(4);
    expect(standing).toBeGreaterThan(0.9 * distances.length);

    // the hip midpoint drawn on screen is inside the drawn skeleton
    const k = mine[FRAME].keypoints!;
    const [hx, hy] = hipMid(k);
    const painted = await overlay.evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let i = 3; i < data.length; i += 4) {
        if (data[i] === 0) continue;
        const x = ((i - 3) / 4) % c.width,
          y = Math.floor((i - 3) / 4 / c.width);
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
      return { x0, y0, x1, y1 };
    });
    console.log(
      `frame ${FRAME}: hip midpoint (${hx.toFixed(0)}, ${hy.toFixed(0)}), skeleton drawn in x ${painted.x0}–${painted.x1}, y ${painted.y0}–${painted.y1}`,
    );
    expect(hx).toBeGreaterThan(painted.x0);
    expect(hx).toBeLessThan(painted.x1);
    expect(hy).toBeGreaterThan(painted.y0);
    expect(hy).toBeLessThan(painted.y1);
    expect(painted.y1 - painted.y0).toBeGreaterThan(painted.x1 - painted.x0); // a standing person: taller than wide
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-rotated.png'), fullPage: true });
  });
});
