/**
 * Walking direction. Walking backward = travelling opposite to the facing direction. Two motion
 * cues, both measured in the image and normalised by stature (statures per second):
 *  - travel: the hip midpoint's horizontal velocity (zero on a treadmill);
 *  - stance: the stance foot's motion relative to the pelvis. A foot on the ground moves backward
 *    relative to the pelvis when walking forward and toward the front when walking backward — over
 *    ground (the pelvis passes the planted foot) and on a treadmill (the belt carries it) alike.
 *    At any instant at least one foot is in stance, so a (ground-weighted) majority vote of the
 *    ankles' relative velocities over a window has the stance sign.
 * A window (1 s) of both gives the direction of motion; compared with the facing it gives forward
 * or backward. Little motion of both = standing; a change of facing = turning.
 */
import { KP } from '../pose/keypoints';
import {
  ACTIVITY_MIN,
  ACTIVITY_WINDOW_S,
  DECIDE_MIN,
  DIRECTION_WINDOW_S,
  FACING_FULL,
  FACING_MIN,
  KP_STRIDE,
  LEVEL_FEET,
  STANCE_FULL,
  STANCE_VOTE_FULL,
  STILL_CONFIDENCE_DROP,
  SWING_FOOT_WEIGHT,
  TRAVEL_FULL,
  UNDECIDED_STANDING_CONFIDENCE,
} from './constants';
import { clamp, midX, movingAverage, pointY, velocityAt } from './series';
import type { WalkDirection } from './types';

export interface DirectionCues {
  /** Smoothed facing score in [−1, 1], + = facing image-right. */
  facing: number;
  /** Hip-midpoint horizontal velocity, statures/s, + = image-right. */
  travel: number;
  /** Ground-weighted vote of the ankles' velocity relative to the pelvis, [−1, 1], + = image-right. */
  stance: number;
  /** Stepping activity: mean image speed (horizontal) of the less active ankle, statures/s. */
  activity: number;
}

export { ACTIVITY_MIN, FACING_MIN };

/** Direction of one window of cues (no allocation, for per-frame loops). */
export function directionLabel(facing: number, travel: number, stance: number, activity: number): WalkDirection {
  if (activity !== activity || travel !== travel || activity < ACTIVITY_MIN)
    return activity !== activity || travel !== travel ? 'unknown' : 'standing';
  const F = facing > FACING_MIN ? 1 : facing < -FACING_MIN ? -1 : 0;
  if (F === 0) return 'unknown';
  const g = clamp((stance === stance ? stance : 0) / STANCE_FULL, -1, 1) - clamp(travel / TRAVEL_FULL, -1, 1);
  const b = (F * g) / 2;
  return b > DECIDE_MIN ? 'backward' : b < -DECIDE_MIN ? 'forward' : 'standing';
}

/**
 * The direction of every frame from its cues (directionCues) and smoothed facing: 'unknown' where
 * nobody is in the frame or the hips are not seen.
 */
export function directionLabels(
  present: Uint8Array,
  cues: Pick<CueSeries, 'travel' | 'stance' | 'activity' | 'pelvisX'>,
  facing: Float64Array,
): WalkDirection[] {
  const { travel, stance, activity, pelvisX } = cues;
  const labels = new Array<WalkDirection>(present.length);
  for (let i = 0; i < present.length; i++) {
    labels[i] =
      !present[i] || Number.isNaN(pelvisX[i])
        ? 'unknown'
        : directionLabel(facing[i]!, travel[i]!, stance[i]!, activity[i]!);
  }
  return labels;
}

/** Direction of one window of cues, with a confidence 0..1 (the label is directionLabel's). */
export function classifyDirection(c: DirectionCues): { direction: WalkDirection; confidence: number } {
  const direction = directionLabel(c.facing, c.travel, c.stance, c.activity);
  if (direction === 'unknown') return { direction, confidence: 0 };
  if (c.activity < ACTIVITY_MIN)
    return { direction, confidence: clamp(1 - STILL_CONFIDENCE_DROP * (c.activity / ACTIVITY_MIN), 0, 1) };
  if (direction === 'standing') return { direction, confidence: UNDECIDED_STANDING_CONFIDENCE };
  // |b| = |F g| / 2 = |g| / 2: the facing's sign does not change the strength of the motion
  const g = clamp((c.stance === c.stance ? c.stance : 0) / STANCE_FULL, -1, 1) - clamp(c.travel / TRAVEL_FULL, -1, 1);
  return { direction, confidence: clamp(Math.abs(g / 2), 0, 1) * clamp(Math.abs(c.facing) / FACING_FULL, 0, 1) };
}

/**
 * Per-frame stance vote of the two ankles' velocities relative to the pelvis (statures/s), the lower
 * ankle counted more; NaN when neither is known. The offline cues and the live tracker both use it.
 */
export function stanceVote(vl: number, vr: number, yl: number, yr: number, stature: number): number {
  let num = 0,
    den = 0;
  // an ankle at least LEVEL_FEET statures higher than the other (y grows downward) is the swinging
  // one; with a height unknown (NaN) neither is
  const lift = LEVEL_FEET * stature;
  const wl = yr - yl >= lift ? SWING_FOOT_WEIGHT : 1;
  const wr = yl - yr >= lift ? SWING_FOOT_WEIGHT : 1;
  if (vl === vl) {
    num += wl * clamp(vl / STANCE_VOTE_FULL, -1, 1);
    den += wl;
  }
  if (vr === vr) {
    num += wr * clamp(vr / STANCE_VOTE_FULL, -1, 1);
    den += wr;
  }
  return den ? num / den : NaN;
}

/** One frame's cues (statures/s): the pelvis' travel, the stance vote, each ankle's image speed. */
export interface FrameCues {
  travel: number;
  stance: number;
  speedLeft: number;
  speedRight: number;
}

/**
 * One frame's cues from the image velocities (px/s) of the pelvis and the two ankles and the
 * ankles' heights (px), written into `out`; the offline cues and the live tracker both use it.
 */
export function frameCues(
  pelvisV: number,
  leftV: number,
  rightV: number,
  leftY: number,
  rightY: number,
  stature: number,
  out: FrameCues,
): FrameCues {
  const inv = 1 / stature;
  out.stance = stanceVote((leftV - pelvisV) * inv, (rightV - pelvisV) * inv, leftY, rightY, stature);
  out.travel = pelvisV * inv;
  out.speedLeft = Math.abs(leftV * inv);
  out.speedRight = Math.abs(rightV * inv);
  return out;
}

/**
 * Walking moves both feet in turn (over ground each foot swings; on a treadmill the belt carries the
 * planted one): the stepping activity is the less active foot's, so one leg swinging while the other
 * stands planted (balancing on one leg) is not walking. A foot not seen (NaN) leaves the other's.
 */
export function lessActiveFoot(left: number, right: number): number {
  return left === left && right === right ? Math.min(left, right) : left === left ? left : right;
}

export interface CueSeries {
  travel: Float64Array;
  stance: Float64Array;
  activity: Float64Array;
  /** Hip-midpoint x (px) per frame. */
  pelvisX: Float64Array;
}

/** Frames in half the direction window (DIRECTION_WINDOW_S) at sampling rate fs, at least 2. */
export function directionHalfWindow(fs: number): number {
  return Math.max(2, Math.round((DIRECTION_WINDOW_S / 2) * fs));
}

/** Central-difference velocity (per s) of a strided series; NaN-aware, written into out. */
function velocity(d: Float64Array, offset: number, n: number, t: Float64Array, out: Float64Array): void {
  for (let i = 0; i < n; i++) out[i] = velocityAt(d, offset, KP_STRIDE, n, t, i);
}

/** Direction cues for every frame of a (filtered) buffer, over centered windows of ±halfWindow frames. */
export function directionCues(
  d: Float64Array,
  n: number,
  t: Float64Array,
  stature: number,
  halfWindow: number,
): CueSeries {
  const px = new Float64Array(n);
  for (let i = 0; i < n; i++) px[i] = midX(d, i * KP_STRIDE, KP.leftHip, KP.rightHip);
  // pelvis velocity: derivative of the midpoint (a missing hip falls back to the other one); NaN
  // where time does not advance (two frames with one timestamp), which the averages skip
  const vp = new Float64Array(n);
  for (let i = 0; i < n; i++) vp[i] = velocityAt(px, 0, 1, n, t, i);
  // ankles' own (image) velocities; relative to the pelvis = own − pelvis
  const wl = new Float64Array(n),
    wr = new Float64Array(n);
  velocity(d, KP.leftAnkle * 3, n, t, wl);
  velocity(d, KP.rightAnkle * 3, n, t, wr);
  // per frame: velocities → cues, in place (vp: travel, wl/wr: the ankles' speeds)
  const vote = new Float64Array(n);
  const cue: FrameCues = { travel: NaN, stance: NaN, speedLeft: NaN, speedRight: NaN };
  for (let i = 0; i < n; i++) {
    const o = i * KP_STRIDE;
    frameCues(vp[i]!, wl[i]!, wr[i]!, pointY(d, o, KP.leftAnkle), pointY(d, o, KP.rightAnkle), stature, cue);
    vote[i] = cue.stance;
    vp[i] = cue.travel;
    wl[i] = cue.speedLeft;
    wr[i] = cue.speedRight;
  }
  const minCount = Math.max(2, halfWindow >> 1);
  // the activity over ACTIVITY_WINDOW_S, so that each foot has swung
  const ah = Math.round((ACTIVITY_WINDOW_S / DIRECTION_WINDOW_S) * halfWindow),
    minA = Math.max(2, ah >> 1);
  const aL = movingAverage(wl, ah, minA),
    aR = movingAverage(wr, ah, minA);
  for (let i = 0; i < n; i++) aL[i] = lessActiveFoot(aL[i]!, aR[i]!);
  return {
    travel: movingAverage(vp, halfWindow, minCount),
    stance: movingAverage(vote, halfWindow, minCount),
    activity: aL,
    pelvisX: px,
  };
}
