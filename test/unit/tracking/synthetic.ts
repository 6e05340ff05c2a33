/** Synthetic people and a scripted scene behind `PoseModels`, for tracker tests without a model. */
import type { Keypoint } from '../../../src/shared/pose/types';
import type { Box, DetectedPose, PoseModels } from '../../../src/shared/tracking/types';

export const IMAGE = { width: 640, height: 480 };

/** Keypoint heights above the feet as shares of the person's height (nose = 1), standing pose. */
const HEIGHT_SHARE = [0.98, 1, 1, 0.98, 0.98, 0.82, 0.82, 0.65, 0.65, 0.5, 0.5, 0.53, 0.53, 0.28, 0.28, 0.03, 0.03];
const WIDTH_SHARE = [
  0, -0.02, 0.02, -0.05, 0.05, -0.1, 0.1, -0.12, 0.12, -0.13, 0.13, -0.06, 0.06, -0.06, 0.06, -0.06, 0.06,
];

export interface PersonSpec {
  /** Horizontal centre and feet line in pixels, height nose→feet in pixels. */
  x: number;
  feetY: number;
  height: number;
  score?: number;
  /** Per-keypoint score overrides (index → score), e.g. ankles hidden. */
  scores?: Record<number, number>;
  /** Lying down: the body drawn horizontally. */
  lying?: boolean;
}

export function person(spec: PersonSpec): DetectedPose {
  const keypoints = HEIGHT_SHARE.map((h, i): Keypoint => {
    const score = spec.scores?.[i] ?? spec.score ?? 0.8;
    if (spec.lying) return [spec.x - (h - 0.5) * spec.height, spec.feetY - WIDTH_SHARE[i] * spec.height, score];
    return [spec.x + WIDTH_SHARE[i] * spec.height, spec.feetY - h * spec.height, score];
  });
  const xs = keypoints.map((k) => k[0]),
    ys = keypoints.map((k) => k[1]);
  const box = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
  return { keypoints, score: spec.score ?? 0.8, box };
}

export function hipX(pose: DetectedPose | null): number | null {
  return pose ? (pose.keypoints[11][0] + pose.keypoints[12][0]) / 2 : null;
}

/**
 * A scene scripted over time: `image` is the frame time in ms. detectAll returns everyone;
 * detectOne returns the person whose hips lie in the region (the one nearest its centre), as a
 * single-pose model shown only that region would.
 */
export function scriptedModels(scene: (t: number) => DetectedPose[]) {
  const calls = { detectAll: 0, detectOne: 0, resetSingle: 0 };
  const models: PoseModels<number> = {
    detectAll(t) {
      calls.detectAll += 1;
      return Promise.resolve(scene(t));
    },
    detectOne(t, region: Box) {
      calls.detectOne += 1;
      const cx = region.x + region.width / 2,
        cy = region.y + region.height / 2;
      const inside = scene(t)
        .map((p) => ({ p, hx: hipX(p)!, hy: (p.keypoints[11][1] + p.keypoints[12][1]) / 2 }))
        .filter(
          ({ hx, hy }) =>
            hx >= region.x && hx <= region.x + region.width && hy >= region.y && hy <= region.y + region.height,
        )
        .sort((a, b) => Math.hypot(a.hx - cx, a.hy - cy) - Math.hypot(b.hx - cx, b.hy - cy));
      return Promise.resolve(inside[0]?.p ?? null);
    },
    resetSingle() {
      calls.resetSingle += 1;
    },
  };
  return { models, calls };
}

/** Like sports2d-walk.mp4: a man doing jumping jacks on a box, a woman walking right to left from 1.5 s. */
export const manOnBox = (t: number): DetectedPose =>
  person({ x: 230, feetY: 222 - 10 * Math.abs(Math.sin(t / 150)), height: 135 });
export const womanX = (t: number): number => 600 - 0.11 * (t - 1500);
export function parkScene(t: number): DetectedPose[] {
  const people = [manOnBox(t)];
  if (t >= 1500 && womanX(t) > 20) people.push(person({ x: womanX(t), feetY: 392, height: 150 }));
  return people;
}
