/**
 * Comparison, end to end in browser mode: two real clips imported through the import
 * panel, compared side by side. Both videos start at the same foot's contact and, played, advance
 * together: at every moment their times differ by the alignment offset. The cycle chart carries both
 * sessions' knee curves over 0–100 % of a gait cycle, and the summary their numbers and differences.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app-fixture';
import { waitForExplained } from './support/explained-wait';
import { CLIPS, mp4Clip } from './support/footage';
import { importThroughUi } from './support/import-ui';
import { callApi, seedSession } from './support/seed';
import { useTempDir } from './support/temp-dir';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const FRAME_S = 1 / 30;
const temp = useTempDir('compare');

/** Both videos' currentTime read in the same task (one instant). */
async function videoTimes(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const t = (lane: string) =>
      document.querySelector<HTMLVideoElement>(`[data-testid="compare-${lane}-video"]`)!.currentTime;
    return [t('a'), t('b')] as [number, number];
  });
}

/** Both videos have a frame to show and no seek under way (what a screenshot of them needs). */
const videosShowingFrames = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLVideoElement>('.compare-view video')].every(
          (v) => v.readyState >= 2 && !v.seeking,
        ),
      ),
    )
    .toBe(true);

const overlayFrame = async (page: Page, lane: 'a' | 'b') =>
  Number(await page.getByTestId(`compare-${lane}-overlay`).getAttribute('data-frame-index'));

describe('comparing two imported walks', () => {
  const app = useApp();
  const { context } = app;
  let page: Page;

  /** On a session's detail: "Compare with previous", then the ids of the pair it opened (A, B). */
  const compareWithPrevious = async (): Promise<[number, number]> => {
    await page.getByTestId('detail-compare').click();
    await waitForExplained(page.getByTestId('compare-view'), 30_000, context);
    return [
      Number(await page.getByLabel('Session A', { exact: true }).inputValue()),
      Number(await page.getByLabel('Session B', { exact: true }).inputValue()),
    ];
  };

  beforeAll(async () => {
    // the CLIPS recipes cut for the fake camera, as the MP4s a phone would give
    const forward = mp4Clip(join(temp, 'walk forward.mp4'), CLIPS.walkBothInView, 16);
    const backward = mp4Clip(join(temp, 'walk backward.mp4'), CLIPS.walkReversed, 16);
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = app.page();
    await page.getByTestId('nav-sessions').click();
    for (const clip of [forward, backward]) {
      await importThroughUi(page, clip, context);
      await page.getByRole('button', { name: '← All sessions' }).click();
    }
  });

  it("opens on the two latest sessions, both videos at the same foot's first contact", async () => {
    await page.getByTestId('nav-compare').click();
    const view = page.getByTestId('compare-view');
    await waitForExplained(view, 30_000, context);
    const pickA = await page.getByLabel('Session A', { exact: true }).locator('option:checked').textContent();
    const pickB = await page.getByLabel('Session B', { exact: true }).locator('option:checked').textContent();
    expect(pickA).toMatch(/forward/); // A the earlier import, B the later
    expect(pickB).toMatch(/backward/);
    for (const lane of ['a', 'b'] as const) {
      await expect
        .poll(() => page.getByTestId(`compare-${lane}-video`).evaluate((v: HTMLVideoElement) => v.readyState), {
          timeout: 15_000,
        })
        .toBeGreaterThanOrEqual(2);
    }
    const contactA = Number(await view.getAttribute('data-contact-a'));
    const contactB = Number(await view.getAttribute('data-contact-b'));
    console.log(
      `aligned contacts: A ${contactA} s, B ${contactB} s; ${await page.getByTestId('compare-alignment').textContent()}`,
    );
    expect(contactA).toBeGreaterThan(0);
    expect(contactB).toBeGreaterThan(0);
    const [a, b] = await videoTimes(page);
    expect(a).toBeCloseTo(contactA, 2);
    expect(b).toBeCloseTo(contactB, 2);
    expect(await page.getByTestId('compare-time').textContent()).toMatch(
      /^0\.00 s from the aligned (left|right) foot contact/,
    );
  });

  it('plays both in step: both advance and stay the alignment offset apart', async () => {
    const view = page.getByTestId('compare-view');
    const offset =
      Number(await view.getAttribute('data-contact-b')) - Number(await view.getAttribute('data-contact-a'));
    const ends = await page.evaluate(() =>
      ['a', 'b'].map((l) => document.querySelector<HTMLVideoElement>(`[data-testid="compare-${l}-video"]`)!.duration),
    );
    await page.getByTestId('compare-play').click();
    await expect.poll(() => page.getByTestId('compare-play').getAttribute('aria-label')).toBe('Pause');
    // sampled in the page (both times in one animation frame, at least 0.2 s apart) while both videos
    // still have frames ahead: A has only ~2.2 s after its contact, and samples read one by one over
    // the page's connection come too far apart on a loaded machine
    const samples = await page.evaluate(
      ({ ends, frameS, everyMs }) =>
        new Promise<Array<[number, number]>>((resolve) => {
          const time = (lane: string) =>
            document.querySelector<HTMLVideoElement>(`[data-testid="compare-${lane}-video"]`)!.currentTime;
          const taken: Array<[number, number]> = [];
          let last = performance.now();
          requestAnimationFrame(function sample(now) {
            const [a, b] = [time('a'), time('b')];
            if (a >= ends[0] - frameS || b >= ends[1] - frameS) return resolve(taken);
            if (now - last >= everyMs) {
              taken.push([a, b]);
              last = now;
            }
            requestAnimationFrame(sample);
          });
        }),
      { ends, frameS: FRAME_S, everyMs: 200 },
    );
    await page.getByTestId('compare-play').click();
    await expect.poll(() => page.getByTestId('compare-play').getAttribute('aria-label')).toBe('Play');
    const gaps = samples.map(([a, b]) => b - a - offset);
    console.log(
      `A/B times (s): ${samples.map(([a, b]) => `${a.toFixed(3)}/${b.toFixed(3)}`).join(' ')}; offset ${offset.toFixed(3)}; error (ms): ${gaps.map((g) => (g * 1000).toFixed(0)).join(' ')}`,
    );
    // both advanced over at least a second of playing, and stayed in step all along
    expect(samples.length).toBeGreaterThanOrEqual(4);
    expect(samples.at(-1)![0] - samples[0][0]).toBeGreaterThan(1);
    expect(samples.at(-1)![1] - samples[0][1]).toBeGreaterThan(1);
    for (const [a, b] of samples) expect(Math.abs(b - a - offset)).toBeLessThanOrEqual(1.5 * FRAME_S);
  });

  it("steps both one frame at a time, paused, each overlay on its own video's frame", async () => {
    // from the aligned contacts, where both videos have frames before and after (playing may have
    // run one to its last frame)
    await page.getByTestId('compare-scrubber').fill('0');
    await expect.poll(() => page.getByTestId('compare-time').textContent()).toMatch(/^0\.00 s/);
    // a first step lands on the start of a frame of A (the scrubber's time may fall anywhere in one),
    // so the steps below move each video by exactly one of its frames
    await page.getByRole('button', { name: 'Next frame' }).click();
    await expect.poll(() => page.getByTestId('compare-time').textContent()).toMatch(/^\+0\.0\d s/);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    // once both seeks have landed, each overlay names the frame at its video's time
    for (const [i, lane] of (['a', 'b'] as const).entries()) {
      await expect
        .poll(async () => {
          if (await page.getByTestId(`compare-${lane}-video`).evaluate((v: HTMLVideoElement) => v.seeking)) return null;
          const t = (await videoTimes(page))[i];
          return Math.floor(t * 30 + 1e-3) - (await overlayFrame(page, lane));
        })
        .toBe(0);
    }
    const before = [await overlayFrame(page, 'a'), await overlayFrame(page, 'b')];
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => overlayFrame(page, 'a')).toBe(before[0] + 1);
    await expect.poll(() => overlayFrame(page, 'b')).toBe(before[1] + 1);
    await page.getByRole('button', { name: 'Previous frame' }).click();
    await expect.poll(() => overlayFrame(page, 'a')).toBe(before[0]);
    await expect.poll(() => overlayFrame(page, 'b')).toBe(before[1]);
    for (const lane of ['a', 'b'] as const)
      expect(await page.getByTestId(`compare-${lane}-overlay`).getAttribute('data-has-pose')).toBe('true');
  });

  it('scrubs both to the same time since the contact', async () => {
    const view = page.getByTestId('compare-view');
    const contacts = [
      Number(await view.getAttribute('data-contact-a')),
      Number(await view.getAttribute('data-contact-b')),
    ];
    await page.getByTestId('compare-scrubber').fill('1');
    await expect.poll(() => page.getByTestId('compare-time').textContent()).toMatch(/^\+1\.00 s/);
    await expect
      .poll(async () => (await videoTimes(page)).map((t, i) => Number((t - contacts[i]).toFixed(3))))
      .toEqual([1, 1]);
  });

  it("charts both sessions' knee over one gait cycle (101 points each) and lists their numbers with the difference", async () => {
    const chart = page.getByTestId('compare-cycle-chart');
    await page.getByRole('radio', { name: 'Right leg' }).check();
    expect(await chart.getAttribute('data-series')).toBe('2');
    expect(await chart.getAttribute('data-points')).toBe('101,101');
    const known = (await chart.getAttribute('data-known-points'))!.split(',').map(Number);
    for (const k of known) expect(k).toBeGreaterThan(80);
    expect(await chart.locator('canvas').count()).toBe(1);

    const cadence = page.getByTestId('compare-row-cadence');
    const [a, b, diff] = await cadence.locator('td').allTextContents();
    expect(a).toMatch(/^\d+ steps\/min$/);
    expect(b).toMatch(/^\d+ steps\/min$/);
    expect(Number(await cadence.locator('td.diff').getAttribute('data-diff'))).toBeCloseTo(
      parseFloat(b) - parseFloat(a),
      -1,
    );
    expect(diff).toMatch(/^[+−±]\d+ steps\/min$/);
    expect(await page.getByTestId('compare-row-direction').locator('td').allTextContents()).toEqual([
      'forward',
      'backward',
      '',
    ]);
    await videosShowingFrames(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare.png'), fullPage: true });
  });

  it("compares with a session that has no video: its skeleton alone, said so, in step with the other's video", async () => {
    const seeded = await seedSession(page, { fixture: 'sports2d-walk-reversed', startedAt: new Date().toISOString() });
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('nav-compare').click();
    await page.getByTestId('compare-view').waitFor();
    expect(await page.getByLabel('Session B', { exact: true }).inputValue()).toBe(String(seeded.id)); // now the latest
    await expect
      .poll(() => page.getByTestId('compare-b-stage-message').textContent())
      .toMatch(/no video.*skeleton is replayed on its own/);
    expect(await page.getByTestId('compare-b-video').count()).toBe(0);
    const view = page.getByTestId('compare-view');
    const [contactA, contactB] = [
      Number(await view.getAttribute('data-contact-a')),
      Number(await view.getAttribute('data-contact-b')),
    ];

    await page.getByTestId('compare-play').click();
    // sample until A's video has played 25 frames on (a loaded machine may stall its decoding a while:
    // the skeleton must then wait with it, so only how B follows A is asserted, not how fast A plays)
    // (read in the page: a sample's three values in one animation frame, 0.25 s apart or more, 80 after the first at most)
    const samples = await page.evaluate(
      ({ frames, everyMs, most }) =>
        new Promise<Array<{ a: number; frameA: number; frameB: number }>>((resolve) => {
          const frameOf = (lane: string) =>
            Number(document.querySelector<HTMLElement>(`[data-testid="compare-${lane}-overlay"]`)!.dataset.frameIndex);
          const read = () => ({
            a: document.querySelector<HTMLVideoElement>('[data-testid="compare-a-video"]')!.currentTime,
            frameA: frameOf('a'),
            frameB: frameOf('b'),
          });
          const taken = [read()];
          let last = performance.now();
          requestAnimationFrame(function sample(now) {
            if (now - last >= everyMs) {
              taken.push(read());
              last = now;
            }
            if (taken.at(-1)!.frameA - taken[0].frameA > frames || taken.length >= most) return resolve(taken);
            requestAnimationFrame(sample);
          });
        }),
      { frames: 25, everyMs: 250, most: 81 },
    );
    await page.getByTestId('compare-play').click();
    console.log(
      `A video time / A frame / B skeleton frame: ${samples.map((x) => `${x.a.toFixed(3)}/${x.frameA}/${x.frameB}`).join(' ')}`,
    );
    expect(samples.at(-1)!.frameA - samples[0].frameA).toBeGreaterThan(25); // A played ~1 s on
    expect(samples.at(-1)!.frameB - samples[0].frameB).toBeGreaterThan(20); // and B's skeleton with it
    // the skeleton shows the frame at the same time since the contact as A's frame drawn with it (the
    // same render: the video's clock itself runs on while a slow machine renders)
    for (const { frameA, frameB } of samples)
      expect(Math.abs(frameB - Math.floor((contactB + (frameA + 0.5) / 30 - contactA) * 30))).toBeLessThanOrEqual(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-skeleton-only.png'), fullPage: true });
  });

  it('opens from a session\'s "Compare with previous": the one before it as A, it as B (its first session: it and the next)', async () => {
    const newestFirst = (await callApi(page, 'sessions.list', {})).map((s) => s.id);
    expect(newestFirst).toHaveLength(3);
    const compareFromDetail = async (row: number): Promise<[number, number]> => {
      await page.getByTestId('nav-sessions').click();
      // the list shown at once may be one read before the last seeding: wait for every session
      await expect
        .poll(() => page.getByTestId('sessions-list').getAttribute('data-count'))
        .toBe(String(newestFirst.length));
      const listedSteps = await page.getByTestId('session-steps').nth(row).textContent(); // from the list item's stored metrics
      await page.getByTestId('session-open').nth(row).click();
      const detail = page.getByTestId('session-detail');
      expect(await detail.getAttribute('data-session-id')).toBe(String(newestFirst[row]));
      await expect.poll(() => detail.getAttribute('data-loaded')).toBe('true'); // the whole session, from sessions.get
      expect(await page.getByTestId('detail-steps').textContent()).toMatch(
        new RegExp(`^${listedSteps} \\(left \\d+, right \\d+\\)$`),
      );
      return compareWithPrevious();
    };
    expect(await compareFromDetail(0)).toEqual([newestFirst[1], newestFirst[0]]);
    expect(await page.getByTestId('compare-pick-note').count()).toBe(0); // the previous backward walk: nothing to say
    // the forward walk is the only one of its kind: compared with the next walk, and said so
    expect(await compareFromDetail(2)).toEqual([newestFirst[2], newestFirst[1]]);
    expect(await page.getByTestId('compare-pick-note').textContent()).toBe(
      'No other forward walk (flat ground): compared with the next walk, a backward walk (flat ground).',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-from-session.png'), fullPage: true });
    // Back returns to the session; the Compare tab opens on its default pair again (the two latest).
    await page.getByRole('button', { name: '← Back' }).click();
    await page.getByTestId('session-detail').waitFor();
    await page.getByTestId('nav-compare').click();
    await page.getByTestId('compare-view').waitFor();
    expect(await page.getByLabel('Session A', { exact: true }).inputValue()).toBe(String(newestFirst[1]));
  });

  it('"Compare with previous" picks the previous walk of the same direction and variant: a forward walk in between is skipped', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const latest = Math.max(...(await callApi(page, 'sessions.list', {})).map((s) => Date.parse(s.startedAt)));
    const after = (s: number) => new Date(latest + s * 1000).toISOString();
    // newest first after these: backward, forward, then the three above
    const forward = await seedSession(page, { fixture: 'sports2d-walk', startedAt: after(1) });
    const backward = await seedSession(page, { fixture: 'sports2d-walk-reversed', startedAt: after(2) });
    expect([forward.direction, backward.direction]).toEqual(['forward', 'backward']);
    const newestFirst = await callApi(page, 'sessions.list', {});
    expect(newestFirst.slice(0, 2).map((s) => s.id)).toEqual([backward.id, forward.id]);
    const previousBackward = newestFirst.slice(2).find((s) => s.direction === 'backward' && s.variant === 'flat')!;
    const previousForward = newestFirst.slice(2).find((s) => s.direction === 'forward')!;

    const openCompareOf = async (row: number): Promise<[number, number]> => {
      await page.getByTestId('nav-sessions').click();
      // the list shown at once is the one read before the seeding: wait for the one read now
      await expect
        .poll(() => page.getByTestId('sessions-list').getAttribute('data-count'))
        .toBe(String(newestFirst.length));
      await page.getByTestId('session-open').nth(row).click();
      return compareWithPrevious();
    };
    // the newest backward walk: A is the previous backward walk, not the forward one just before it
    expect(await openCompareOf(0)).toEqual([previousBackward.id, backward.id]);
    expect(await page.getByTestId('compare-pick-note').count()).toBe(0);
    expect(await page.getByTestId('compare-row-direction').locator('td').allTextContents()).toEqual([
      'backward',
      'backward',
      '',
    ]);
    // every summary row has a label of its own (no two alike in different units)
    const labels = await page.getByTestId('compare-summary').locator('tbody th').allTextContents();
    expect(new Set(labels).size).toBe(labels.length);
    // knee past the toes first, in one unit (degrees: these walks have no height), once per leg
    expect(labels.slice(4, 6)).toEqual([
      'Left knee past toes, typical step (°)',
      'Right knee past toes, typical step (°)',
    ]);
    expect(labels.filter((l) => l.includes('knee past toes'))).toHaveLength(2);
    const cadence = await page.getByTestId('compare-row-cadence').locator('td').allTextContents();
    const shown = cadence.slice(0, 2).map((t) => parseInt(t, 10));
    const diff = shown[1] - shown[0];
    // the difference of the numbers as shown: "±0" only when they are equal
    expect(cadence[2]).toBe(`${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff)} steps/min`);
    await videosShowingFrames(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-previous-same-direction.png'), fullPage: true });

    // the newest forward walk: A is the previous forward walk, past the backward ones
    expect(await openCompareOf(1)).toEqual([previousForward.id, forward.id]);
    expect(await page.getByTestId('compare-row-direction').locator('td').allTextContents()).toEqual([
      'forward',
      'forward',
      '',
    ]);
    await page.getByRole('button', { name: '← Back' }).click();
  });
});
