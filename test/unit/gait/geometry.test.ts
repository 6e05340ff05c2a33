import { describe, expect, it } from 'vitest';
import { computeFrameMetrics, geometry, FOREFOOT_SHANKS, ANKLE_HEIGHT_SHANKS } from '../../../src/shared/gait';
import type { Keypoint } from '../../../src/shared/gait';
import { synthesizeGait } from '../../support/synthetic-gait';

const {
  MAX_HYPEREXTENSION_DEG,
  kneeFlexionDeg,
  shinInclinationDeg,
  kneePastToeDeg,
  kneePastToePx,
  trunkLeanDeg,
  toeX,
  toeY,
} = geometry;

/** A standing skeleton facing image-right, shank 100 px, with the given knee and ankle. */
function pose(knee: [number, number], ankle: [number, number], score = 0.9): Keypoint[] {
  const k: Keypoint[] = Array.from({ length: 17 }, () => [0, 0, 0] as Keypoint);
  const set = (i: number, x: number, y: number, s = score) => {
    k[i] = [x, y, s];
  };
  set(0, 318, 40);
  set(1, 314, 35);
  set(2, 314, 35);
  set(3, 298, 38, 0.8);
  set(4, 298, 38, 0.4);
  set(5, 300, 80);
  set(6, 300, 80);
  set(7, 300, 150);
  set(8, 300, 150);
  set(9, 300, 210);
  set(10, 300, 210);
  set(11, 300, 200);
  set(12, 300, 200);
  set(13, knee[0], knee[1]);
  set(14, knee[0], knee[1]);
  set(15, ankle[0], ankle[1]);
  set(16, ankle[0], ankle[1]);
  return k;
}

describe('geometry', () => {
  it('knee flexion is 180° minus the interior hip–knee–ankle angle', () => {
    expect(kneeFlexionDeg(0, 0, 0, 100, 0, 200)).toBeCloseTo(0, 10);
    expect(kneeFlexionDeg(0, 0, 0, 100, 100, 100)).toBeCloseTo(90, 10);
    // a bend of b degrees with the knee forward (image-right): + facing right; facing left it is
    // behind the line: hyperextension (−) up to 15°, beyond that still flexion (a knee bends forward)
    const bent = (deg: number) => {
      const a = (deg * Math.PI) / 180;
      const kx = 50,
        ky = 100,
        ax = kx - 100 * Math.sin(a - 0.2),
        ay = ky + 100 * Math.cos(a - 0.2);
      const hx = kx - 100 * Math.sin(0.2),
        hy = ky - 100 * Math.cos(0.2);
      return [hx, hy, kx, ky, ax, ay] as const;
    };
    expect(kneeFlexionDeg(...bent(30))).toBeCloseTo(30, 8);
    expect(kneeFlexionDeg(...bent(30), 1)).toBeCloseTo(30, 8);
    expect(kneeFlexionDeg(...bent(30), -1)).toBeCloseTo(30, 8);
    expect(kneeFlexionDeg(...bent(10), -1)).toBeCloseTo(-10, 8);
    expect(kneeFlexionDeg(...bent(10), 1)).toBeCloseTo(10, 8);
    for (let deg = 0; deg < 180; deg += 7) {
      for (const F of [-1, 1]) expect(kneeFlexionDeg(...bent(deg), F)).toBeGreaterThanOrEqual(-MAX_HYPEREXTENSION_DEG);
    }
  });

  it('shin inclination is + when the knee is ahead of the ankle in the facing direction', () => {
    expect(shinInclinationDeg(10, 0, 0, 10, 1)).toBeCloseTo(45, 10);
    expect(shinInclinationDeg(10, 0, 0, 10, -1)).toBeCloseTo(-45, 10);
    expect(shinInclinationDeg(0, 0, 0, 10, 1)).toBeCloseTo(0, 10);
  });

  it('the toe lies a forefoot ahead of the ankle, on the floor; knee-past-toe angle and distance', () => {
    expect(toeX(100, 1, 100)).toBeCloseTo(100 + FOREFOOT_SHANKS * 100, 10);
    expect(toeX(100, -1, 100)).toBeCloseTo(100 - FOREFOOT_SHANKS * 100, 10);
    expect(toeY(300, 100)).toBeCloseTo(300 + ANKLE_HEIGHT_SHANKS * 100, 10);
    // knee straight above the toe: 0°, 0 px; beyond it: +
    expect(kneePastToeDeg(146, 200, 146, 300, 1)).toBeCloseTo(0, 10);
    expect(kneePastToeDeg(246, 200, 146, 300, 1)).toBeCloseTo(45, 10);
    expect(kneePastToeDeg(46, 200, 146, 300, -1)).toBeCloseTo(45, 10);
    expect(kneePastToePx(160, 146, 1)).toBeCloseTo(14, 10);
    expect(kneePastToePx(160, 146, -1)).toBeCloseTo(-14, 10);
  });

  it('trunk lean is + toward the facing direction', () => {
    expect(trunkLeanDeg(0, 100, 10, 90, 1)).toBeCloseTo(45, 10);
    expect(trunkLeanDeg(0, 100, 10, 90, -1)).toBeCloseTo(-45, 10);
  });
});

describe('computeFrameMetrics', () => {
  it('gives every per-frame number with its confidence, in shank lengths without a height', () => {
    // shank 100 px, inclined forward 20°
    const inc = (20 * Math.PI) / 180;
    const ankle: [number, number] = [300, 400];
    const knee: [number, number] = [300 + 100 * Math.sin(inc), 400 - 100 * Math.cos(inc)];
    const m = computeFrameMetrics(pose(knee, ankle), 1234, {});
    expect(m.t).toBe(1234);
    expect(m.facing).toBe('right');
    expect(m.facingConfidence).toBeGreaterThan(0.5);
    expect(m.unit).toBe('shank');
    expect(m.left.shinInclinationDeg.value).toBeCloseTo(20, 8);
    expect(m.left.shinInclinationDeg.confidence).toBeCloseTo(0.9, 8);
    const expectDist = Math.sin(inc) - FOREFOOT_SHANKS; // shank lengths
    expect(m.left.kneePastToeDist.value).toBeCloseTo(expectDist, 8);
    expect(m.left.toe?.[0]).toBeCloseTo(300 + FOREFOOT_SHANKS * 100, 8);
    expect(m.trunkLeanDeg.value).toBeCloseTo(0, 8);
  });

  it('converts to centimetres with the height, through the shank (0.246 H)', () => {
    const m = computeFrameMetrics(pose([330, 305], [300, 400]), 0, { heightCm: 170, facing: 'right', shankPx: 100 });
    expect(m.unit).toBe('cm');
    const cmPerPx = (170 * 0.246) / 100;
    expect(m.right.kneePastToeDist.value).toBeCloseTo((330 - (300 + FOREFOOT_SHANKS * 100)) * cmPerPx, 8);
  });

  it('never gives a confident number from low-score keypoints or without a person', () => {
    const low = pose([320, 305], [300, 400]).map(([x, y], i) => [x, y, i >= 13 ? 0.1 : 0.9] as Keypoint);
    const m = computeFrameMetrics(low, 0, {});
    expect(m.left.kneeFlexionDeg).toEqual({ value: null, confidence: 0 });
    expect(m.left.kneePastToeDeg.value).toBeNull();
    expect(m.left.toe).toBeNull();
    const none = computeFrameMetrics(null, 5, { heightCm: 170 });
    expect(none.left.kneeFlexionDeg.value).toBeNull();
    expect(none.trunkLeanDeg.value).toBeNull();
    expect(none.facing).toBe('unknown');
  });

  it('facing unknown: no shin, toe or knee-past-toe numbers (they need a front)', () => {
    const k = pose([320, 305], [300, 400]);
    // face-on head, straight legs: no facing cue at all
    k[0] = [300, 40, 0.9];
    k[3] = [290, 38, 0.9];
    k[4] = [310, 38, 0.9];
    const m = computeFrameMetrics(
      k.map(([x, y, s], i) => (i >= 13 ? [300, i <= 14 ? 300 : 400, s] : [x, y, s]) as Keypoint),
      0,
      {},
    );
    expect(m.facing).toBe('unknown');
    expect(m.left.kneeFlexionDeg.value).toBeCloseTo(0, 8);
    expect(m.left.shinInclinationDeg.value).toBeNull();
    expect(m.left.kneePastToeDist.value).toBeNull();
  });

  it('recovers the synthetic walker’s knee flexion exactly from noise-free keypoints (both facings)', () => {
    for (const facing of ['left', 'right'] as const) {
      const { input, truth } = synthesizeGait({
        segments: [{ mode: 'backward', duration_s: 4 }],
        facing,
        kneePeakDeg: { left: 70, right: 55 },
      });
      let worst = 0,
        facingOk = 0;
      input.frames.forEach((f, i) => {
        const m = computeFrameMetrics(f.keypoints, f.t, {});
        for (const side of ['left', 'right'] as const)
          worst = Math.max(worst, Math.abs((m[side].kneeFlexionDeg.value ?? NaN) - truth.kneeFlexionDeg[side][i]));
        if (m.facing === facing) facingOk++;
      });
      expect(worst).toBeLessThan(1e-6);
      expect(facingOk).toBe(input.frames.length);
    }
  });
});
