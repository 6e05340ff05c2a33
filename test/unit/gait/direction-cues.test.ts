/**
 * The per-frame direction cues of a whole buffer (directionCues; docs/metrics.md, "Walking direction
 * and segments"), on hand-placed hips and ankles whose answers follow from the definitions: travel =
 * the hip midpoint's horizontal velocity (central difference, one-sided at an end or beside a gap),
 * stance = the ankles' vote against the pelvis, activity = the less active ankle's image speed, each
 * in statures/s and averaged over a centred window of ±half frames (±1.8 half for the activity) that
 * needs max(2, half / 2) measured frames (max(2, its own half / 2) for the activity).
 */
import { describe, expect, it } from 'vitest';
import { directionCues, directionHalfWindow } from '../../../src/shared/gait/direction';
import { KP } from '../../../src/shared/pose/keypoints';

const H = 100; // stature, px
const HIP_HALF_WIDTH = 10; // px either side of the pelvis
const HIP_Y = 300;

interface PlacedFrame {
  /** Hip midpoint x; both hips unseen when absent. */
  pelvis?: number;
  /** Ankle x and y (y grows downward); unseen when absent. */
  left?: readonly [number, number];
  right?: readonly [number, number];
}

/** A keypoint buffer (n × 51, NaN where unseen) with each frame's hips and ankles placed. */
function placed(frames: readonly PlacedFrame[]): Float64Array {
  const d = new Float64Array(frames.length * 51).fill(NaN);
  const put = (i: number, k: number, x: number, y: number) => {
    d[i * 51 + k * 3] = x;
    d[i * 51 + k * 3 + 1] = y;
    d[i * 51 + k * 3 + 2] = 1;
  };
  frames.forEach((f, i) => {
    if (f.pelvis !== undefined) {
      put(i, KP.leftHip, f.pelvis - HIP_HALF_WIDTH, HIP_Y);
      put(i, KP.rightHip, f.pelvis + HIP_HALF_WIDTH, HIP_Y);
    }
    if (f.left) put(i, KP.leftAnkle, ...f.left);
    if (f.right) put(i, KP.rightAnkle, ...f.right);
  });
  return d;
}

const times = (n: number, fs: number) => Float64Array.from({ length: n }, (_, i) => i / fs);
const frames = (n: number, f: (i: number) => PlacedFrame) => Array.from({ length: n }, (_, i) => f(i));

describe('direction cues of a buffer', () => {
  it('steady walking: travel, the stance vote with the lifted ankle at 0.35, the less active ankle', () => {
    // 10 frames/s. Pelvis 4 px/frame = 40 px/s = 0.4 H/s. Left ankle planted (y 500) at 60 px/s: 0.6 H/s,
    // +0.2 against the pelvis → clamp(0.2 / 0.1) = +1. Right ankle 20 px higher (≥ 3 % of H) at 20 px/s:
    // 0.2 H/s, −0.2 against the pelvis → −1 at weight 0.35. Vote (1 − 0.35) / 1.35; activity min(0.6, 0.2).
    const n = 11;
    const d = placed(frames(n, (i) => ({ pelvis: 100 + 4 * i, left: [50 + 6 * i, 500], right: [150 + 2 * i, 480] })));
    const cues = directionCues(d, n, times(n, 10), H, 2);
    for (let i = 0; i < n; i++) {
      expect(cues.travel[i]).toBeCloseTo(0.4, 12);
      expect(cues.stance[i]).toBeCloseTo(0.65 / 1.35, 12);
      expect(cues.activity[i]).toBeCloseTo(0.2, 12);
      expect(cues.pelvisX[i]).toBe(100 + 4 * i);
    }
  });

  it('the right ankle counts as itself: planted and still, it makes the activity 0 and votes −1 fully', () => {
    // left ankle lifted (y 480) swinging at +0.6 H/s against a still pelvis: +1 at 0.35; right planted, still
    const n = 5;
    const d = placed(frames(n, (i) => ({ pelvis: 200, left: [50 + 6 * i, 480], right: [150, 500] })));
    const cues = directionCues(d, n, times(n, 10), H, 2);
    for (let i = 0; i < n; i++) {
      expect(cues.travel[i]).toBe(0);
      // the right ankle is still relative to a still pelvis: a 0 vote at weight 1
      expect(cues.stance[i]).toBeCloseTo(0.35 / 1.35, 12);
      expect(cues.activity[i]).toBe(0);
    }
  });

  it('the ankles’ velocities against the pelvis vote in proportion below 0.1 statures/s', () => {
    // a still pelvis; left ankle planted at +5 px/s = 0.05 H/s → 0.5, right lifted at −8 px/s → −0.8 at 0.35
    const n = 5;
    const d = placed(frames(n, (i) => ({ pelvis: 200, left: [50 + 0.5 * i, 500], right: [150 - 0.8 * i, 480] })));
    const cues = directionCues(d, n, times(n, 10), H, 2);
    for (let i = 0; i < n; i++) {
      expect(cues.stance[i]).toBeCloseTo((0.5 - 0.35 * 0.8) / 1.35, 12);
      expect(cues.activity[i]).toBeCloseTo(0.05, 12);
    }
  });

  it('pelvis velocity: central difference, one-sided at the ends and beside a frame without hips', () => {
    // 10 frames/s, pelvis x = i² px with no hips in frame 3. Per-frame velocity (H/s = px/s / 100):
    // 0: (1 − 0) / 0.1 s one-sided = 0.1; 1: (4 − 0) / 0.2 = 0.2; 2: (4 − 1) / 0.1 (frame 3 missing) = 0.3;
    // 3: (16 − 4) / 0.2 across the gap = 0.6; 4: (25 − 16) / 0.1 = 0.9; 5: (36 − 16) / 0.2 = 1.0;
    // 6: (36 − 25) / 0.1 at the end = 1.1. Travel = the mean over ±2 frames.
    const n = 7;
    const d = placed(frames(n, (i) => (i === 3 ? {} : { pelvis: i * i })));
    const v = [0.1, 0.2, 0.3, 0.6, 0.9, 1.0, 1.1];
    const windowMean = (i: number) => {
      const w = v.slice(Math.max(0, i - 2), i + 3);
      return w.reduce((a, b) => a + b, 0) / w.length;
    };
    const { travel, pelvisX } = directionCues(d, n, times(n, 10), H, 2);
    for (let i = 0; i < n; i++) expect(travel[i]).toBeCloseTo(windowMean(i), 12);
    expect(pelvisX[3]).toBeNaN();
  });

  it('a hip alone stands for the pelvis', () => {
    const d = placed(frames(3, () => ({ pelvis: 200 })));
    d[1 * 51 + KP.leftHip * 3] = NaN; // only the right hip (pelvis + 10) in frame 1
    expect(Array.from(directionCues(d, 3, times(3, 10), H, 2).pelvisX)).toEqual([200, 200 + HIP_HALF_WIDTH, 200]);
  });

  it('no pelvis velocity from a single frame with hips; no vote without a pelvis', () => {
    // hips only in frame 2 of 5: no two samples, no velocity anywhere, so no travel and no stance
    const n = 5;
    const d = placed(frames(n, (i) => ({ pelvis: i === 2 ? 200 : undefined, left: [50 + i, 500], right: [150, 500] })));
    const cues = directionCues(d, n, times(n, 10), H, 2);
    for (let i = 0; i < n; i++) {
      expect(cues.travel[i]).toBeNaN();
      expect(cues.stance[i]).toBeNaN();
    }
  });

  it('a window needs max(2, half / 2) measured frames, the 1.8-s activity window max(2, its half / 2)', () => {
    // 16 frames/s: half window 8 frames (needs 4), activity half window round(1.8 × 8) = 14 (needs 7).
    // Hips seen in frames 0–3: 4 velocities, so travel and stance exist while a window holds all four
    // (frames 0–8). Ankles seen in frames 0–6: 7 speeds, activity while a window holds all seven (0–14).
    const fs = 16,
      half = directionHalfWindow(fs),
      n = 40;
    expect(half).toBe(8);
    const d = placed(
      frames(n, (i) => ({
        pelvis: i <= 3 ? 100 + i : undefined, // 16 px/s = 0.16 H/s
        left: i <= 6 ? [50 + 3 * i, 500] : undefined, // 48 px/s
        right: i <= 6 ? [150 + 2 * i, 500] : undefined, // 32 px/s: the less active
      })),
    );
    const cues = directionCues(d, n, times(n, fs), H, half);
    expect(cues.travel[8]).toBeCloseTo(0.16, 12);
    expect(cues.travel[9]).toBeNaN();
    // level ankles vote equally: (clamp(0.32 / 0.1) + clamp(0.16 / 0.1)) / 2 = 1
    expect(cues.stance[8]).toBeCloseTo(1, 12);
    expect(cues.stance[9]).toBeNaN();
    expect(cues.activity[14]).toBeCloseTo(0.32, 12);
    expect(cues.activity[15]).toBeNaN();
  });

  it('an ankle never seen leaves the other ankle’s activity', () => {
    const n = 5;
    const d = placed(frames(n, (i) => ({ pelvis: 200, left: [50 + 3 * i, 500] })));
    const { activity } = directionCues(d, n, times(n, 10), H, 2);
    for (let i = 0; i < n; i++) expect(activity[i]).toBeCloseTo(0.3, 12);
  });

  it('two frames with one timestamp: no pelvis velocity there, and the travel after them is measured', () => {
    // a camera or decoder may hand over two frames stamped alike; the one-sided difference at the
    // first frame would divide by 0 (±Infinity), and a running average would carry it (then NaN) on
    const n = 12;
    const d = placed(frames(n, (i) => ({ pelvis: 100 + 4 * i })));
    const t = times(n, 10);
    t[1] = t[0]!;
    const cues = directionCues(d, n, t, H, 2);
    for (let i = 0; i < n; i++) expect(Number.isNaN(cues.travel[i]) || Number.isFinite(cues.travel[i])).toBe(true);
    // frame 2's difference spans the stamp (8 px over 0.3 s); from frame 5 on the ±2 window holds
    // only differences over 0.2 s: 0.4 H/s exactly
    for (let i = 5; i < n; i++) expect(cues.travel[i]).toBeCloseTo(0.4, 12);
  });
});
