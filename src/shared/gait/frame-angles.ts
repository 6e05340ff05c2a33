/**
 * Per-frame angles of a session (pipeline step 7), where the keypoints were confident: each leg's
 * knee flexion, knee-past-toe angle and distance (px), and the trunk lean, with the session's
 * smoothed facing. The same scalar functions (geometry.ts) as the per-frame metrics.
 */
import { KP } from '../pose/keypoints';
import { FACING_MIN, KP_STRIDE } from './constants';
import { kneeFlexionDeg, kneePastToeDeg, kneePastToePx, toeX, toeY, trunkLeanDeg } from './geometry';
import { midX, midY, pointX, pointY } from './series';
import type { Side } from './types';

export interface FrameAngles {
  knee: Record<Side, Float64Array>;
  kneePastToeDeg: Record<Side, Float64Array>;
  /** Knee-past-toe distance in px. */
  kneePastToePx: Record<Side, Float64Array>;
  trunkLeanDeg: Float64Array;
}

export const LEG = {
  left: { hip: KP.leftHip, knee: KP.leftKnee, ankle: KP.leftAnkle },
  right: { hip: KP.rightHip, knee: KP.rightKnee, ankle: KP.rightAnkle },
} as const;

const nanArray = (n: number) => new Float64Array(n).fill(NaN);

/** The facing sign of frame i: ±1 beyond FACING_MIN, else 0 (unknown). */
export function facingSignAt(facing: Float64Array, i: number): number {
  const score = facing[i]!;
  return score > FACING_MIN ? 1 : score < -FACING_MIN ? -1 : 0;
}

/** `d`: filtered keypoints (n × 51); `mask`: 1 where the model was confident of a point (n × 17). */
export function frameAngles(
  d: Float64Array,
  mask: Uint8Array,
  n: number,
  facing: Float64Array,
  shankPx: number,
): FrameAngles {
  const out: FrameAngles = {
    knee: { left: nanArray(n), right: nanArray(n) },
    kneePastToeDeg: { left: nanArray(n), right: nanArray(n) },
    kneePastToePx: { left: nanArray(n), right: nanArray(n) },
    trunkLeanDeg: nanArray(n),
  };
  for (let i = 0; i < n; i++) {
    const o = i * KP_STRIDE,
      m = i * 17;
    const F = facingSignAt(facing, i);
    for (const side of ['left', 'right'] as const) {
      const { hip, knee, ankle } = LEG[side];
      if (mask[m + knee] !== 1 || mask[m + ankle] !== 1) continue;
      const kx = pointX(d, o, knee),
        ky = pointY(d, o, knee),
        ax = pointX(d, o, ankle),
        ay = pointY(d, o, ankle);
      if (mask[m + hip] === 1)
        out.knee[side][i] = kneeFlexionDeg(pointX(d, o, hip), pointY(d, o, hip), kx, ky, ax, ay, F);
      if (F !== 0) {
        const tx = toeX(ax, F, shankPx),
          ty = toeY(ay, shankPx);
        out.kneePastToeDeg[side][i] = kneePastToeDeg(kx, ky, tx, ty, F);
        out.kneePastToePx[side][i] = kneePastToePx(kx, tx, F);
      }
    }
    if (
      (mask[m + KP.leftHip] === 1 || mask[m + KP.rightHip] === 1) &&
      (mask[m + KP.leftShoulder] === 1 || mask[m + KP.rightShoulder] === 1)
    ) {
      out.trunkLeanDeg[i] = trunkLeanDeg(
        midX(d, o, KP.leftHip, KP.rightHip),
        midY(d, o, KP.leftHip, KP.rightHip),
        midX(d, o, KP.leftShoulder, KP.rightShoulder),
        midY(d, o, KP.leftShoulder, KP.rightShoulder),
        F,
      );
    }
  }
  return out;
}
