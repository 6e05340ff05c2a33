/**
 * Per-frame metrics: knee flexion, shin inclination, estimated toe, knee-past-toe angle and
 * distance for each leg, facing, trunk lean. Used as is by the live tracker; the session analysis
 * runs the same scalar functions (geometry.ts) over its filtered buffers.
 */
import { KP } from '../pose/keypoints';
import { DEFAULT_MIN_SCORE, KP_STRIDE } from './constants';
import { facingFromScore, facingSign, facingVote } from './facing';
import { LEG } from './frame-angles';
import {
  kneeFlexionDeg,
  kneePastToeDeg,
  kneePastToePx,
  shinInclinationDeg,
  toeX,
  toeY,
  trunkLeanDeg,
} from './geometry';
import { cmPerPx } from './scale';
import { packKeypoints, pointScore, pointX, pointY } from './series';
import type { Facing, FrameMetrics, GaitOptions, Keypoint, LegFrameMetrics, LengthUnit, Measured, Side } from './types';

export interface FrameMetricsOptions extends GaitOptions {
  /** Facing decided elsewhere (e.g. smoothed over time); estimated from this frame when absent. */
  facing?: Facing;
  /** Confidence of a given facing (default 1). */
  facingConfidence?: number;
  /** Robust shank length in px (e.g. the session median); this frame's own shank when absent. */
  shankPx?: number | null;
}

const NONE: Measured = Object.freeze({ value: null, confidence: 0 });

export function measured(value: number, confidence: number): Measured {
  return value === value && Number.isFinite(value) ? { value, confidence: Math.max(0, Math.min(1, confidence)) } : NONE;
}

/** Mean shank length (px) of the confident legs of one frame, NaN when none. */
export function frameShankPx(d: Float64Array, o: number): number {
  let s = 0,
    c = 0;
  for (const side of ['left', 'right'] as const) {
    const { knee, ankle } = LEG[side];
    const kx = pointX(d, o, knee),
      ax = pointX(d, o, ankle);
    if (kx !== kx || ax !== ax) continue;
    s += Math.hypot(kx - ax, pointY(d, o, knee) - pointY(d, o, ankle));
    c++;
  }
  return c ? s / c : NaN;
}

/**
 * Leg metrics from a flat buffer. F: facing sign (0 unknown); fConf: its confidence; shankPx: scale;
 * toUnit: multiplies a px distance into the output unit (cm or shank lengths).
 */
export function legMetrics(
  d: Float64Array,
  o: number,
  side: Side,
  F: number,
  fConf: number,
  shankPx: number,
  toUnit: number,
): LegFrameMetrics {
  const { hip, knee, ankle } = LEG[side];
  const hx = pointX(d, o, hip),
    hy = pointY(d, o, hip),
    hs = pointScore(d, o, hip);
  const kx = pointX(d, o, knee),
    ky = pointY(d, o, knee),
    ks = pointScore(d, o, knee);
  const ax = pointX(d, o, ankle),
    ay = pointY(d, o, ankle),
    as = pointScore(d, o, ankle);
  const kneeFlex = measured(kneeFlexionDeg(hx, hy, kx, ky, ax, ay, F), Math.min(hs, ks, as));
  if (F === 0 || kx !== kx || ax !== ax) {
    return {
      kneeFlexionDeg: kneeFlex,
      shinInclinationDeg: NONE,
      toe: null,
      kneePastToeDeg: NONE,
      kneePastToeDist: NONE,
    };
  }
  const c = Math.min(ks, as, fConf);
  const shin = measured(shinInclinationDeg(kx, ky, ax, ay, F), c);
  if (!(shankPx > 0))
    return {
      kneeFlexionDeg: kneeFlex,
      shinInclinationDeg: shin,
      toe: null,
      kneePastToeDeg: NONE,
      kneePastToeDist: NONE,
    };
  const tx = toeX(ax, F, shankPx),
    ty = toeY(ay, shankPx);
  return {
    kneeFlexionDeg: kneeFlex,
    shinInclinationDeg: shin,
    toe: [tx, ty],
    kneePastToeDeg: measured(kneePastToeDeg(kx, ky, tx, ty, F), c),
    kneePastToeDist: measured(kneePastToePx(kx, tx, F) * toUnit, c),
  };
}

/** Mean position of the seen points of a left/right pair, with the lower of their scores; null when neither is seen. */
function pairMean(d: Float64Array, o: number, a: number, b: number): { x: number; y: number; score: number } | null {
  let x = 0,
    y = 0,
    score = 1,
    seen = 0;
  for (const k of [a, b]) {
    const px = pointX(d, o, k);
    if (px !== px) continue;
    x += px;
    y += pointY(d, o, k);
    score = Math.min(score, pointScore(d, o, k));
    seen++;
  }
  return seen ? { x: x / seen, y: y / seen, score } : null;
}

/** Trunk lean of one frame from a flat buffer. */
export function trunkLean(d: Float64Array, o: number, F: number): Measured {
  const hips = pairMean(d, o, KP.leftHip, KP.rightHip);
  const shoulders = pairMean(d, o, KP.leftShoulder, KP.rightShoulder);
  if (!hips || !shoulders) return NONE;
  return measured(trunkLeanDeg(hips.x, hips.y, shoulders.x, shoulders.y, F), Math.min(hips.score, shoulders.score));
}

export function unitScale(heightCm: number | null | undefined, shankPx: number): { unit: LengthUnit; toUnit: number } {
  if (heightCm && heightCm > 0 && shankPx > 0) return { unit: 'cm', toUnit: cmPerPx(heightCm, shankPx) };
  return { unit: heightCm && heightCm > 0 ? 'cm' : 'shank', toUnit: shankPx > 0 ? 1 / shankPx : NaN };
}

/**
 * Metrics of one frame. `keypoints` null (no person) gives all values null. Keypoints scoring below
 * opts.minScore (default 0.3) are treated as missing, so they never produce a number.
 */
export function computeFrameMetrics(
  keypoints: Keypoint[] | null,
  t: number,
  opts: FrameMetricsOptions = {},
): FrameMetrics {
  const frame = new Float64Array(KP_STRIDE);
  packKeypoints(keypoints, opts.minScore ?? DEFAULT_MIN_SCORE, frame, 0);
  return metricsFromBuffer(frame, 0, t, opts);
}

export function metricsFromBuffer(d: Float64Array, o: number, t: number, opts: FrameMetricsOptions = {}): FrameMetrics {
  const shankPx = opts.shankPx && opts.shankPx > 0 ? opts.shankPx : frameShankPx(d, o);
  let facing: Facing;
  let facingConfidence: number;
  if (opts.facing === 'left' || opts.facing === 'right') {
    facing = opts.facing;
    facingConfidence = opts.facingConfidence ?? 1;
  } else {
    const v = facingVote(d, o, shankPx);
    facing = facingFromScore(v.score);
    facingConfidence = facing === 'unknown' ? 0 : Math.min(1, Math.abs(v.score));
  }
  const F = facingSign(facing);
  const { unit, toUnit } = unitScale(opts.heightCm, shankPx);
  return {
    t,
    left: legMetrics(d, o, 'left', F, facingConfidence, shankPx, toUnit),
    right: legMetrics(d, o, 'right', F, facingConfidence, shankPx, toUnit),
    facing,
    facingConfidence,
    trunkLeanDeg: trunkLean(d, o, F),
    unit,
  };
}
