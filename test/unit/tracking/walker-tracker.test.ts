import { describe, expect, it } from 'vitest';
import { createWalkerTracker } from '../../../src/shared/tracking/walker-tracker';
import type { DetectedPose, TrackResult } from '../../../src/shared/tracking/types';
import { hipX, IMAGE, manOnBox, parkScene, person, scriptedModels, womanX } from './synthetic';

const FRAME_MS = 1000 / 30;

async function run(
  scene: (t: number) => DetectedPose[],
  untilMs: number,
  onFrame?: (t: number, tracker: ReturnType<typeof createWalkerTracker<number>>) => void,
) {
  const { models, calls } = scriptedModels(scene);
  const tracker = createWalkerTracker(models);
  const frames: Array<{ t: number; result: TrackResult }> = [];
  for (let t = 0; t < untilMs; t += FRAME_MS) {
    onFrame?.(t, tracker);
    frames.push({ t, result: await tracker.track(t, IMAGE, t) });
  }
  return { frames, calls };
}

describe('createWalkerTracker', () => {
  it('tracks the only person, then switches to the walker who enters, and stays with her', async () => {
    const { frames, calls } = await run(parkScene, 5500);
    const onMan = frames.filter((f) => f.t < 1500);
    expect(onMan.every((f) => Math.abs(hipX(f.result.pose)! - 230) < 20)).toBe(true);
    // She is seen at the first scan after 1.5 s; one scan later her speed is known and she wins.
    const onWoman = frames.filter((f) => f.t >= 3000);
    for (const f of onWoman) expect(Math.abs(hipX(f.result.pose)! - womanX(f.t))).toBeLessThan(5);
    // Between scans the single-pose model does the work: about one scan per 0.7 s.
    expect(calls.detectAll).toBeGreaterThanOrEqual(7);
    expect(calls.detectAll).toBeLessThanOrEqual(10);
    expect(calls.detectOne).toBeGreaterThan(frames.length - calls.detectAll);
  });

  it('switches to a walker who comes in one follow-up scan (200 ms) after first seeing her', async () => {
    const { frames } = await run(parkScene, 3500);
    const firstSeen = frames.find((f) => f.t >= 1500 && f.result.people.length === 2)!;
    const onHer = frames.find((f) => f.t >= 1500 && Math.abs(hipX(f.result.pose)! - womanX(f.t)) < 5)!;
    // the follow-up learns her speed; a scan interval later (700 ms) would be the next chance
    expect(onHer.t - firstSeen.t).toBeLessThanOrEqual(200 + FRAME_MS);
    for (const f of frames.filter((f) => f.t >= onHer.t))
      expect(Math.abs(hipX(f.result.pose)! - womanX(f.t))).toBeLessThan(5);
  });

  it('follows the person the user clicks, even when another walks', async () => {
    const { frames } = await run(parkScene, 5500, (t, tracker) => {
      if (Math.abs(t - 4000) < FRAME_MS / 2) tracker.selectPersonAt(230, 150);
    });
    const clicked = frames.find((f) => f.t >= 4000)!;
    expect(clicked.result.scanned).toBe(true);
    for (const f of frames.filter((f) => f.t >= 4000)) expect(Math.abs(hipX(f.result.pose)! - 230)).toBeLessThan(20);
  });

  it('rescans at once when the person is lost, and finds them again elsewhere', async () => {
    // A person walks left to right, disappears at 1 s (behind a pillar) and reappears at 1.5 s.
    const scene = (t: number) => (t >= 1000 && t < 1500 ? [] : [person({ x: 100 + 0.1 * t, feetY: 420, height: 250 })]);
    const { frames } = await run(scene, 2500);
    const firstMissing = frames.find((f) => f.t >= 1000)!;
    expect(firstMissing.result.scanned).toBe(true);
    expect(firstMissing.result.pose).toBeNull();
    expect(firstMissing.result.warnings).toContain('no_person');
    const back = frames.filter((f) => f.t >= 1500 + 200 + FRAME_MS);
    for (const f of back) expect(Math.abs(hipX(f.result.pose)! - (100 + 0.1 * f.t))).toBeLessThan(5);
  });

  it('rides over scans that miss people: the walker stays tracked and both people stay counted', async () => {
    // A walker and someone standing more than a body apart; MultiPose misses the walker in every
    // other scan and the other person in every third (as it does on real frames at its small size).
    const walkerAt = (t: number) => person({ x: 600 - 0.08 * t, feetY: 420, height: 200 });
    const other = person({ x: 60, feetY: 400, height: 190 });
    const { models } = scriptedModels((t) => [walkerAt(t), other]);
    let scans = 0;
    const flaky = {
      ...models,
      async detectAll(t: number) {
        scans += 1;
        const found = await models.detectAll(t);
        return found.filter((_, i) => !(i === 0 && scans % 2 === 0) && !(i === 1 && scans % 3 === 0));
      },
    };
    const tracker = createWalkerTracker(flaky);
    const results: Array<{ t: number; result: TrackResult }> = [];
    for (let t = 0; t < 4000; t += FRAME_MS) results.push({ t, result: await tracker.track(t, IMAGE, t) });
    expect(scans).toBeGreaterThan(5);
    // after the first scan: every frame on the walker, both people counted, the warning steady
    for (const { t, result } of results.slice(1)) {
      expect(Math.abs(hipX(result.pose)! - hipX(walkerAt(t))!)).toBeLessThan(5);
      expect(result.people).toHaveLength(2);
      expect(result.warnings).toContain('several_people');
    }
  });

  it('rescans when the single-pose result jumps to someone else, and keeps the walker', async () => {
    const { models, calls } = scriptedModels(parkScene);
    // From 3 s the single-pose model wrongly answers with the man on the box, wherever it looks.
    const confused = {
      ...models,
      detectOne: async (t: number, region: Parameters<typeof models.detectOne>[1]) =>
        t >= 3000 ? manOnBox(t) : models.detectOne(t, region),
    };
    const tracker = createWalkerTracker(confused);
    let scansBefore = 0;
    for (let t = 0; t < 3500; t += FRAME_MS) {
      if (t >= 3000 && scansBefore === 0) scansBefore = calls.detectAll;
      const result = await tracker.track(t, IMAGE, t);
      if (t >= 3000) expect(Math.abs(hipX(result.pose)! - womanX(t))).toBeLessThan(5);
    }
    // Every frame from 3 s was a rescan, whose pick (her) stands when the single-pose answer is wrong.
    expect(calls.detectAll - scansBefore).toBeGreaterThanOrEqual(14);
  });

  it('warns about several people, a body cut off, and a person too small', async () => {
    const two = await run(parkScene, 3000);
    expect(two.frames.at(-1)!.result.warnings).toContain('several_people');
    expect(two.frames.at(-1)!.result.people).toHaveLength(2);

    const farAway = () => [person({ x: 300, feetY: 420, height: 300 }), person({ x: 550, feetY: 200, height: 40 })];
    const alone = await run(farAway, 500);
    expect(alone.frames.at(-1)!.result.warnings).toEqual([]);

    const feetOut = await run(() => [person({ x: 300, feetY: 520, height: 400, scores: { 15: 0.1, 16: 0.1 } })], 300);
    expect(feetOut.frames.at(-1)!.result.warnings).toEqual(['body_cut_off']);

    const small = await run(() => [person({ x: 300, feetY: 300, height: 90 })], 300);
    expect(small.frames.at(-1)!.result.warnings).toEqual(['too_small']);
  });
});
