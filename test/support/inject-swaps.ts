/**
 * Left/right leg swaps as pose models make them on real video, injected into any keypoint track:
 * around the legs' crossings (where MoveNet loses which leg is which), for 0.1–0.6 s or for a whole
 * stance phase, knees and ankles together or apart.
 */
import type { Keypoint, PoseFrame } from '../../src/shared/pose/types';
import { mulberry32 } from './synthetic-gait';

export type SwapParts = 'legs' | 'ankles' | 'knees';
export interface SwapSpan {
  start: number;
  end: number;
  parts: SwapParts;
}

const PAIRS: Record<SwapParts, Array<[number, number]>> = {
  legs: [
    [13, 14],
    [15, 16],
  ],
  ankles: [[15, 16]],
  knees: [[13, 14]],
};

/** Frames where the two ankles pass each other in image x (the legs cross), both ankles seen. */
export function legCrossings(frames: readonly PoseFrame[]): number[] {
  const sep = frames.map((f) => (f.keypoints ? f.keypoints[15][0] - f.keypoints[16][0] : NaN));
  const out: number[] = [];
  for (let i = 1; i < sep.length; i++)
    if (sep[i - 1] === sep[i - 1] && sep[i] === sep[i] && Math.sign(sep[i]) !== Math.sign(sep[i - 1])) out.push(i);
  // a crossing that flickers over a few frames is one crossing
  return out.filter((c, j) => j === 0 || c - out[j - 1] > 3);
}

export function applySwaps(frames: readonly PoseFrame[], spans: readonly SwapSpan[]): PoseFrame[] {
  const out = frames.map((f) => ({
    t: f.t,
    keypoints: f.keypoints ? f.keypoints.map((p) => [...p] as Keypoint) : null,
  }));
  for (const s of spans) {
    for (let i = Math.max(0, s.start); i < Math.min(out.length, s.end); i++) {
      const k = out[i].keypoints;
      if (!k) continue;
      for (const [a, b] of PAIRS[s.parts]) [k[a], k[b]] = [k[b], k[a]];
    }
  }
  return out;
}

export interface SwapPlan {
  /** Swap at this share of the crossings (seeded). */
  share: number;
  /** Duration range (s) of a swap starting at a crossing. */
  duration_s: [number, number];
  parts: SwapParts | 'mixed';
  seed: number;
}

/** Swaps that start at the legs' crossings, as planned. */
export function swapsAtCrossings(frames: readonly PoseFrame[], fps: number, plan: SwapPlan): SwapSpan[] {
  const rand = mulberry32(plan.seed);
  const kinds: SwapParts[] = ['legs', 'ankles', 'knees'];
  const spans: SwapSpan[] = [];
  for (const c of legCrossings(frames)) {
    if (rand() >= plan.share) continue;
    const d = plan.duration_s[0] + rand() * (plan.duration_s[1] - plan.duration_s[0]);
    const parts = plan.parts === 'mixed' ? kinds[Math.floor(rand() * 3)] : plan.parts;
    const start = c - Math.floor(rand() * 2);
    spans.push({ start, end: start + Math.max(1, Math.round(d * fps)), parts });
  }
  return spans;
}

/** Whole stance phases of one leg swapped: from each of its contacts to 60 % of a stride later. */
export function stancePhaseSwaps(
  contacts: ReadonlyArray<{ t_s: number; side: 'left' | 'right' }>,
  side: 'left' | 'right',
  fps: number,
  every = 2,
): SwapSpan[] {
  const own = contacts.filter((c) => c.side === side);
  const spans: SwapSpan[] = [];
  for (let j = 0; j + 1 < own.length; j += every) {
    const stride = own[j + 1].t_s - own[j].t_s;
    spans.push({
      start: Math.round(own[j].t_s * fps),
      end: Math.round((own[j].t_s + 0.6 * stride) * fps),
      parts: 'legs',
    });
  }
  return spans;
}
