/** The guided tracker follows a prior track (stored keypoints, a chosen person), never a walker of its own choosing. */
import { describe, expect, it } from 'vitest';
import { createGuidedTracker, priorLookup } from '../../../src/shared/tracking/guided-tracker';
import type { PoseFrame } from '../../../src/shared/pose/types';
import type { Box, DetectedPose, PoseModels } from '../../../src/shared/tracking/types';
import { hipX, IMAGE, manOnBox, parkScene, person, scriptedModels, womanX } from './synthetic';

const FRAME_MS = 1000 / 30;
const times = (untilMs: number) => Array.from({ length: Math.ceil(untilMs / FRAME_MS) }, (_, i) => i * FRAME_MS);

async function follow(models: PoseModels<number>, prior: PoseFrame[], untilMs: number) {
  const tracker = createGuidedTracker(models, priorLookup(prior));
  const out: Array<{ t: number; pose: DetectedPose | null }> = [];
  for (const t of times(untilMs)) out.push({ t, pose: (await tracker.track(t, IMAGE, t)).pose });
  return out;
}

describe('createGuidedTracker', () => {
  it("follows the prior's person: the man on the box from 2 to 3 s, the walking woman otherwise", async () => {
    const onMan = (t: number) => t >= 2000 && t < 3000;
    const prior = times(5500).map((t) => ({
      t,
      keypoints: onMan(t) ? manOnBox(t).keypoints : (parkScene(t)[1]?.keypoints ?? null),
    }));
    const { models } = scriptedModels(parkScene);
    const frames = await follow(models, prior, 5500);
    for (const f of frames) {
      const x = hipX(f.pose);
      if (f.t < 1500)
        expect(f.pose).toBeNull(); // the prior has nobody before she enters: the man is not picked
      else if (onMan(f.t)) expect(Math.abs(x! - 230)).toBeLessThan(20);
      else expect(Math.abs(x! - womanX(f.t))).toBeLessThan(5);
    }
  });

  it("where the single-pose model lands on someone else, a scan finds the prior's person and a tighter crop shows only them", async () => {
    // A stands at x = 200; B, at x = 250, is what the model sees whenever B's hips are in its picture.
    const a = person({ x: 200, feetY: 400, height: 150 });
    const b = person({ x: 250, feetY: 400, height: 150 });
    const inside = (p: DetectedPose, r: Box) => {
      const x = hipX(p)!,
        y = p.keypoints[11][1];
      return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
    };
    let scans = 0;
    const models: PoseModels<number> = {
      detectAll() {
        scans++;
        return Promise.resolve([a, b]);
      },
      detectOne(_t, region) {
        return Promise.resolve(inside(b, region) ? b : inside(a, region) ? a : null);
      },
      resetSingle() {},
    };
    const frames = await follow(
      models,
      times(1000).map((t) => ({ t, keypoints: a.keypoints })),
      1000,
    );
    for (const f of frames) expect(hipX(f.pose)).toBeCloseTo(200, 5);
    expect(scans).toBe(frames.length);
  });

  it("gives nobody rather than someone else when the prior's person is not there", async () => {
    const { models } = scriptedModels(() => [person({ x: 500, feetY: 400, height: 150 })]);
    const ghost = person({ x: 150, feetY: 400, height: 150 });
    const frames = await follow(
      models,
      times(500).map((t) => ({ t, keypoints: ghost.keypoints })),
      500,
    );
    expect(frames.every((f) => f.pose === null)).toBe(true);
  });
});

describe('priorLookup', () => {
  it('answers the prior frame within 0.75 of its period of the asked time, else null', () => {
    const k = person({ x: 100, feetY: 400, height: 150 }).keypoints;
    const lookup = priorLookup([
      { t: 0, keypoints: k },
      { t: 100, keypoints: null },
      { t: 200, keypoints: k },
    ]);
    expect(lookup(70)).toBeNull(); // nearest is t = 100, which has nobody
    expect(lookup(160)).toBe(k);
    expect(lookup(0)).toBe(k);
    expect(lookup(290)).toBeNull(); // 90 ms past the last: farther than 75 ms
  });
});
