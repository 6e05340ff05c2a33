/**
 * The walker tracker with background scans, as the live engine runs it: the multi-person scan runs
 * elsewhere (a second worker) and finishes some frames later, while every frame is followed by
 * the single-pose model without waiting for it.
 */
import { describe, expect, it } from 'vitest';
import { createWalkerTracker } from '../../../src/shared/tracking/walker-tracker';
import type { PoseModels, TrackResult } from '../../../src/shared/tracking/types';
import { hipX, IMAGE, manOnBox, parkScene, person, scriptedModels, womanX } from './synthetic';

const FRAME_MS = 1000 / 30;
/** A MultiPose scan (~90 ms) finishes about three camera frames after the frame it looked at. */
const SCAN_FRAMES_LATE = 3;

/** Scans answer `framesLate` frames after they start (never, for scan numbers in `hang`). */
function lateScans(models: PoseModels<number>, framesLate: number, hang: (scan: number) => boolean = () => false) {
  let frame = 0;
  let started = 0;
  const pending: Array<{ due: number; release: () => void }> = [];
  const late: PoseModels<number> = {
    ...models,
    detectAll(t) {
      started += 1;
      const scan = started;
      return new Promise((resolve, reject) => {
        if (hang(scan)) return;
        pending.push({ due: frame + framesLate, release: () => void models.detectAll(t).then(resolve, reject) });
      });
    },
  };
  /** Moves on one frame, releasing the scans due, and lets their results settle. */
  async function nextFrame(): Promise<void> {
    frame += 1;
    for (const p of pending.filter((p) => p.due <= frame)) {
      pending.splice(pending.indexOf(p), 1);
      p.release();
    }
    await new Promise((r) => setTimeout(r, 0));
  }
  return { models: late, nextFrame, started: () => started };
}

async function run(
  models: PoseModels<number>,
  nextFrame: () => Promise<void>,
  untilMs: number,
  onFrame?: (t: number, tracker: ReturnType<typeof createWalkerTracker<number>>) => void,
) {
  const tracker = createWalkerTracker(models, { scans: 'background' });
  const frames: Array<{ t: number; result: TrackResult }> = [];
  for (let t = 0; t < untilMs; t += FRAME_MS) {
    onFrame?.(t, tracker);
    frames.push({ t, result: await tracker.track(t, IMAGE, t) });
    await nextFrame();
  }
  return frames;
}

describe('createWalkerTracker with background scans', () => {
  it('switches to the walker who enters and follows her on every frame, scans arriving late', async () => {
    const { models, calls } = scriptedModels(parkScene);
    const late = lateScans(models, SCAN_FRAMES_LATE);
    const frames = await run(late.models, late.nextFrame, 5500);
    // Nobody is followed until the first scan's answer arrives: those frames say so.
    expect(frames.slice(0, SCAN_FRAMES_LATE).every((f) => f.result.pose === null)).toBe(true);
    for (const f of frames.filter((f) => f.t >= 200 && f.t < 1500))
      expect(Math.abs(hipX(f.result.pose)! - 230)).toBeLessThan(20);
    // Scans at 0 s, 0.2 s (a follow-up learns the man's speed), 0.9 s, 1.6 s: the one at 1.6 s sees
    // her first (before the man alone five times in a row would have made the scene calm), a
    // follow-up 0.2 s later learns her speed, and its answer (three frames later) switches to her.
    const switched = 1600 + 200 + (SCAN_FRAMES_LATE + 2) * FRAME_MS;
    for (const f of frames.filter((f) => f.t >= switched))
      expect(Math.abs(hipX(f.result.pose)! - womanX(f.t))).toBeLessThan(5);
    // Two people in view: a scan every 0.7 s (2.5, 3.2, 3.9, 4.6, 5.3 s).
    expect(calls.detectAll).toBe(10);
    // Each scan's answer is taken in exactly one frame (the last scan may still be running).
    expect(calls.detectAll - frames.filter((f) => f.result.scanned).length).toBeOneOf([0, 1]);
  });

  it('never waits for a scan: a scan that does not answer leaves every frame followed, one scan at a time', async () => {
    const { models, calls } = scriptedModels(() => [person({ x: 300, feetY: 420, height: 250 })]);
    const late = lateScans(models, SCAN_FRAMES_LATE, (scan) => scan >= 2);
    const frames = await run(late.models, late.nextFrame, 3000);
    for (const f of frames.slice(SCAN_FRAMES_LATE + 1)) expect(Math.abs(hipX(f.result.pose)! - 300)).toBeLessThan(1);
    expect(late.started()).toBe(2);
    expect(calls.detectOne).toBeGreaterThanOrEqual(frames.length - SCAN_FRAMES_LATE - 1);
  });

  it('follows the person the user clicks once the next scan has answered', async () => {
    const { models } = scriptedModels(parkScene);
    const late = lateScans(models, SCAN_FRAMES_LATE);
    const frames = await run(late.models, late.nextFrame, 5500, (t, tracker) => {
      if (Math.abs(t - 4000) < FRAME_MS / 2) tracker.selectPersonAt(230, 150);
    });
    // At most one scan in flight when clicking, then the click's own scan.
    const switched = 4000 + (2 * SCAN_FRAMES_LATE + 2) * FRAME_MS;
    for (const f of frames.filter((f) => f.t >= switched))
      expect(Math.abs(hipX(f.result.pose)! - 230)).toBeLessThan(20);
  });

  it('reports nobody while the person is gone (never a stale pose), then finds them again', async () => {
    const scene = (t: number) => (t >= 1000 && t < 1500 ? [] : [person({ x: 100 + 0.1 * t, feetY: 420, height: 250 })]);
    const { models } = scriptedModels(scene);
    const late = lateScans(models, SCAN_FRAMES_LATE);
    const frames = await run(late.models, late.nextFrame, 2500);
    for (const f of frames.filter((f) => f.t >= 1000 && f.t < 1500)) {
      expect(f.result.pose).toBeNull();
      expect(f.result.warnings).toContain('no_person');
    }
    const back = frames.filter((f) => f.t >= 1500 + 200 + (SCAN_FRAMES_LATE + 1) * FRAME_MS);
    for (const f of back) expect(Math.abs(hipX(f.result.pose)! - (100 + 0.1 * f.t))).toBeLessThan(5);
  });

  it('never reports someone else when the single-pose answer jumps to them', async () => {
    const { models } = scriptedModels(parkScene);
    // From 3 s on, once the tracker follows her (see the first test) and she is still far from him.
    const confused = {
      ...models,
      detectOne: async (t: number, region: Parameters<typeof models.detectOne>[1]) =>
        t >= 3000 ? manOnBox(t) : models.detectOne(t, region),
    };
    const late = lateScans(confused, SCAN_FRAMES_LATE);
    const frames = await run(late.models, late.nextFrame, 4000);
    const after = frames.filter((f) => f.t >= 3000);
    expect(after.every((f) => f.result.pose === null)).toBe(true);
    // The scans keep choosing her meanwhile.
    expect(after.filter((f) => f.result.scanned).length).toBeGreaterThanOrEqual(3);
  });

  it('catches up with a brisk walker when scans answer half a second late (a loaded machine)', async () => {
    // 0.2 px/ms with a 200 px body: one body height a second; the scan's view is 100 px behind her.
    const walkerX = (t: number) => 80 + 0.2 * t;
    const { models } = scriptedModels((t) => [person({ x: walkerX(t), feetY: 440, height: 200 })]);
    const late = lateScans(models, 15);
    const frames = await run(late.models, late.nextFrame, 2500);
    const afterFirstScan = frames.filter((f) => f.t > 16 * FRAME_MS);
    const onHer = afterFirstScan.filter((f) => f.result.pose && Math.abs(hipX(f.result.pose)! - walkerX(f.t)) < 5);
    expect(onHer.length / afterFirstScan.length).toBeGreaterThan(0.95);
  });

  const walker = (t: number) => person({ x: 100 + 0.05 * t, feetY: 420, height: 250 });
  const bystander = person({ x: 560, feetY: 400, height: 200 });
  const newcomer = person({ x: 420, feetY: 300, height: 120 });
  it.each([
    {
      calm: 'one walker is alone and tracked',
      change: 'someone else appears',
      scene: (t: number) => (t < 6000 ? [walker(t)] : [walker(t), bystander]),
    },
    {
      calm: 'the same bystander stays in view',
      change: 'someone new appears',
      scene: (t: number) => (t < 6000 ? [walker(t), bystander] : [walker(t), bystander, newcomer]),
    },
  ])('scans every 2 s while $calm, every 0.7 s again once $change', async ({ scene }) => {
    const { models } = scriptedModels(scene);
    const late = lateScans(models, SCAN_FRAMES_LATE);
    const scanTimes: number[] = [];
    const counted = { ...late.models, detectAll: (t: number) => (scanTimes.push(t), late.models.detectAll(t)) };
    const frames = await run(counted, late.nextFrame, 9000);
    // After the first scan: a follow-up learns the walker's speed (0.2 s), then 0.7 s four times;
    // the same people five times in a row, so calm: 2 s apart until a scan sees someone new (7 s), a
    // follow-up for them, then 0.7 s apart. Each scan starts at the first frame on or after it is due.
    const expectedGaps = [200, 700, 700, 700, 700, 2000, 2000, 200, 700, 700];
    const gaps = scanTimes.slice(1).map((t, i) => t - scanTimes[i]);
    expect(gaps).toHaveLength(expectedGaps.length);
    gaps.forEach((gap, i) => expect(gap - expectedGaps[i]).toBeGreaterThanOrEqual(-1e-6));
    gaps.forEach((gap, i) => expect(gap - expectedGaps[i]).toBeLessThan(FRAME_MS));
    for (const f of frames.slice(SCAN_FRAMES_LATE))
      expect(Math.abs(hipX(f.result.pose)! - (100 + 0.05 * f.t))).toBeLessThan(5);
  });

  it('never calms down while the one followed stands: a walker who comes in later is found as quickly', async () => {
    // the man jumping on his box alone for 3.3 s (six scans: calm after five, were he walking), then she walks in
    const enters = 3300;
    const herX = (t: number) => 600 - 0.11 * (t - enters);
    const scene = (t: number) =>
      t < enters ? [manOnBox(t)] : [manOnBox(t), person({ x: herX(t), feetY: 392, height: 150 })];
    const { models } = scriptedModels(scene);
    const late = lateScans(models, SCAN_FRAMES_LATE);
    const scanTimes: number[] = [];
    const counted = { ...late.models, detectAll: (t: number) => (scanTimes.push(t), late.models.detectAll(t)) };
    const frames = await run(counted, late.nextFrame, 8000);
    // He does not walk, so the scene is never calm: 0.7 s apart (after the first follow-up) up to her.
    const before = scanTimes.filter((t) => t < enters);
    before
      .slice(2)
      .forEach((t, i) => expect(t - before[i + 1] - 700, `scan gaps ${String(scanTimes)}`).toBeLessThan(FRAME_MS));
    // The first scan after she comes in sees her, a follow-up 0.2 s later learns her speed, and its
    // answer switches to her: within 0.7 + 0.2 s and the scans' lateness, not a calm 2 s.
    const seen = scanTimes.find((t) => t >= enters)!;
    expect(seen - enters).toBeLessThan(700);
    const switched = seen + 200 + (SCAN_FRAMES_LATE + 2) * FRAME_MS;
    for (const f of frames.filter((f) => f.t >= switched))
      expect(Math.abs(hipX(f.result.pose)! - herX(f.t))).toBeLessThan(5);
  });

  it('a failed scan fails the next frame with its error', async () => {
    const { models } = scriptedModels(parkScene);
    const failing = {
      ...models,
      detectAll: () => Promise.reject(new Error('scan worker crashed')),
    };
    const tracker = createWalkerTracker(failing, { scans: 'background' });
    await tracker.track(0, IMAGE, 0);
    await new Promise((r) => setTimeout(r, 0));
    await expect(tracker.track(33, IMAGE, 33)).rejects.toThrow('scan worker crashed');
  });
});
