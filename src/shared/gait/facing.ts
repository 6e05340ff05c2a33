/**
 * Facing direction in a side view, from three cues on one frame:
 *  1. the nose relative to the ears (the face points forward);
 *  2. the nose relative to the shoulder midpoint;
 *  3. the knees: a flexed knee lies in front of the hip–ankle line.
 * Each cue gives a vote in [−1, 1] (+ = facing image-right), weighted; the combined score's sign is
 * the facing and its size the confidence. Backward walkers often look over a shoulder, which weakens
 * the head cues; the knee cue does not depend on the head.
 */
import { KP } from '../pose/keypoints';
import {
  FACING_EAR_SPAN,
  FACING_KNEE_FLEX_DEG,
  FACING_KNEE_FLEX_RAMP_DEG,
  FACING_KNEE_SPAN,
  FACING_KNEE_WEIGHT,
  FACING_MIN,
  FACING_SHOULDER_SPAN,
  FACING_SHOULDER_WEIGHT,
  KP_STRIDE,
} from './constants';
import { LEG } from './frame-angles';
import { clamp, midX, movingAverage, pointX, pointY } from './series';
import { kneeFlexionDeg, kneeSideOffset } from './geometry';
import type { Facing } from './types';

export interface FacingVote {
  score: number;
  weight: number;
}

const LEGS = [LEG.left, LEG.right] as const;

/** Facing vote of one frame held in a flat buffer at offset o (NaN = missing). `scale` = shank px. */
export function facingVote(d: Float64Array, o: number, scale: number): FacingVote {
  const out = { score: 0, weight: 0 };
  facingVoteInto(d, o, scale, out);
  return out;
}

/** facingVote writing into `out` (no allocation, for per-frame loops). */
export function facingVoteInto(d: Float64Array, o: number, scale: number, out: FacingVote): void {
  let num = 0,
    den = 0;
  const nx = pointX(d, o, KP.nose);
  if (scale > 0 && nx === nx) {
    const ex = midX(d, o, KP.leftEar, KP.rightEar);
    if (ex === ex) {
      num += clamp((nx - ex) / (FACING_EAR_SPAN * scale), -1, 1);
      den += 1;
    }
    const sx = midX(d, o, KP.leftShoulder, KP.rightShoulder);
    if (sx === sx) {
      num += FACING_SHOULDER_WEIGHT * clamp((nx - sx) / (FACING_SHOULDER_SPAN * scale), -1, 1);
      den += FACING_SHOULDER_WEIGHT;
    }
  }
  if (scale > 0) {
    for (const { hip, knee, ankle } of LEGS) {
      const hx = pointX(d, o, hip),
        hy = pointY(d, o, hip),
        kx = pointX(d, o, knee),
        ky = pointY(d, o, knee);
      const ax = pointX(d, o, ankle),
        ay = pointY(d, o, ankle);
      if (hx !== hx || kx !== kx || ax !== ax) continue;
      const flex = kneeFlexionDeg(hx, hy, kx, ky, ax, ay);
      const w = FACING_KNEE_WEIGHT * clamp((flex - FACING_KNEE_FLEX_DEG) / FACING_KNEE_FLEX_RAMP_DEG, 0, 1);
      if (w <= 0) continue;
      num += w * clamp(kneeSideOffset(hx, hy, kx, ky, ax, ay) / (FACING_KNEE_SPAN * scale), -1, 1);
      den += w;
    }
  }
  out.score = den === 0 ? 0 : num / Math.max(den, 1);
  out.weight = den;
}

export function facingFromScore(score: number, threshold = FACING_MIN): Facing {
  return score > threshold ? 'right' : score < -threshold ? 'left' : 'unknown';
}

export function facingSign(f: Facing): number {
  return f === 'right' ? 1 : f === 'left' ? -1 : 0;
}

/**
 * The session's facing score per frame (filtered keypoints, n × 51): each frame's vote weighted by
 * its weight, averaged over ±`half` frames (+ = image-right; |score| > FACING_MIN decides).
 */
export function smoothedFacing(d: Float64Array, n: number, shankPx: number, half: number): Float64Array {
  const num = new Float64Array(n),
    den = new Float64Array(n);
  const v = { score: 0, weight: 0 };
  for (let i = 0; i < n; i++) {
    facingVoteInto(d, i * KP_STRIDE, shankPx, v);
    num[i] = v.score * v.weight;
    den[i] = v.weight;
  }
  const a = movingAverage(num, half),
    b = movingAverage(den, half);
  const facing = new Float64Array(n);
  for (let i = 0; i < n; i++) facing[i] = b[i]! > 0 ? a[i]! / b[i]! : 0;
  return facing;
}
