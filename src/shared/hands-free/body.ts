/**
 * What the take detector and the cue scheduler read off one frame's pose: is the whole body in
 * the picture, is it side-on, its height in pixels and its hip position. Left/right labels are never
 * used one by one (only pairs, or the best of a pair), so a pose model's leg swaps change nothing.
 */
import { SIDE_MAX_RATIO } from '../gait/constants';
import { KP } from '../pose/keypoints';
import type { Keypoint } from '../pose/types';
import { BORDER_SHARE, NOSE_TO_ANKLE_STATURES, SHOULDER_TO_ANKLE_STATURES } from './constants';

export interface ImageSize {
  width: number;
  height: number;
}

export const DEFAULT_BODY_MIN_SCORE = 0.3;

type Pair = readonly [number, number];
const SHOULDERS: Pair = [KP.leftShoulder, KP.rightShoulder];
const HIPS: Pair = [KP.leftHip, KP.rightHip];
const KNEES: Pair = [KP.leftKnee, KP.rightKnee];
const ANKLES: Pair = [KP.leftAnkle, KP.rightAnkle];

function seen(kps: readonly Keypoint[], k: number, minScore: number): Keypoint | null {
  const p = kps[k];
  return p && p[2] >= minScore ? p : null;
}

/** The confident points of a pair (0, 1 or 2). */
function seenPair(kps: readonly Keypoint[], pair: Pair, minScore: number): Keypoint[] {
  return pair.map((k) => seen(kps, k, minScore)).filter((p): p is Keypoint => p !== null);
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Shoulders, hips, knees and ankles each seen (one of a pair is enough side-on) and none at the border. */
export function isWhole(kps: readonly Keypoint[], image: ImageSize, minScore = DEFAULT_BODY_MIN_SCORE): boolean {
  const mx = image.width * BORDER_SHARE,
    my = image.height * BORDER_SHARE;
  for (const pair of [SHOULDERS, HIPS, KNEES, ANKLES]) {
    const pts = seenPair(kps, pair, minScore);
    if (pts.length === 0) return false;
    for (const [x, y] of pts) if (x < mx || x > image.width - mx || y < my || y > image.height - my) return false;
  }
  return true;
}

/** Hip midpoint x (px), from the hips seen; null when neither is. */
export function hipX(kps: readonly Keypoint[], minScore = DEFAULT_BODY_MIN_SCORE): number | null {
  const pts = seenPair(kps, HIPS, minScore);
  return pts.length === 0 ? null : mean(pts.map((p) => p[0]));
}

/**
 * Body height (stature) in px: from the nose to the lower ankle, or from the shoulders when the nose
 * is not seen, scaled by the segment's share of stature; null without an ankle and a shoulder or nose.
 */
export function staturePx(kps: readonly Keypoint[], minScore = DEFAULT_BODY_MIN_SCORE): number | null {
  const ankles = seenPair(kps, ANKLES, minScore);
  if (ankles.length === 0) return null;
  const footY = Math.max(...ankles.map((p) => p[1]));
  const nose = seen(kps, KP.nose, minScore);
  if (nose && footY > nose[1]) return (footY - nose[1]) / NOSE_TO_ANKLE_STATURES;
  const shoulders = seenPair(kps, SHOULDERS, minScore);
  if (shoulders.length === 0) return null;
  const shoulderY = mean(shoulders.map((p) => p[1]));
  return footY > shoulderY ? (footY - shoulderY) / SHOULDER_TO_ANKLE_STATURES : null;
}

/**
 * Side-on: the shoulders and hips overlap in x, as in the gait analysis' view rule
 * ((shoulder width + hip width) / (2 × torso height) ≤ SIDE_MAX_RATIO). One side hidden counts as side-on.
 */
export function isSideOn(kps: readonly Keypoint[], minScore = DEFAULT_BODY_MIN_SCORE): boolean {
  const sh = seenPair(kps, SHOULDERS, minScore),
    hp = seenPair(kps, HIPS, minScore);
  if (sh.length === 0 || hp.length === 0) return false;
  const torso = Math.hypot(
    mean(sh.map((p) => p[0])) - mean(hp.map((p) => p[0])),
    mean(sh.map((p) => p[1])) - mean(hp.map((p) => p[1])),
  );
  if (!(torso > 0)) return false;
  const widths: number[] = [];
  if (sh.length === 2) widths.push(Math.abs(sh[0]![0] - sh[1]![0]));
  if (hp.length === 2) widths.push(Math.abs(hp[0]![0] - hp[1]![0]));
  if (widths.length === 0) return true;
  return mean(widths) / torso <= SIDE_MAX_RATIO;
}
