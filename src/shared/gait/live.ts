/**
 * Live readout for the camera screen: the per-frame metrics of frame-metrics.ts on One-Euro-smoothed
 * keypoints, plus walking direction, camera view and a framing hint. Built from the offline
 * analysis' own functions: each frame's leg swaps by the swap repair's cost (swaps.ts), the facing
 * votes, each frame's direction cues from the same velocities (direction.ts) and the same
 * classification, the geometry. What is live only is the state: the One-Euro filters, the trailing
 * windows the cues are averaged over, and the exponential facing.
 */
import { KP } from '../pose/keypoints';
import {
  DEFAULT_FPS,
  DEFAULT_MIN_SCORE,
  KP_STRIDE,
  LIVE_DIRECTION_WINDOW_S,
  LIVE_FACING_TIME_CONSTANT_S,
  LIVE_MIN_SAMPLES,
  LIVE_MIN_WINDOW_SHARE,
  LIVE_RESET_GAP_S,
  LIVE_SHANK_FRAMES,
  LIVE_TURN_HOLD_S,
  LIVE_TURNING_CONFIDENCE,
  ACTIVITY_WINDOW_S,
} from './constants';
import { classifyDirection, frameCues, lessActiveFoot, type FrameCues } from './direction';
import { facingFromScore, facingSign, facingVote } from './facing';
import { frameShankPx, metricsFromBuffer } from './frame-metrics';
import { LIVE_ONE_EURO, PointFilter, type OneEuroParams } from './one-euro';
import { statureFromShank } from './scale';
import {
  clamp,
  clearPoint,
  FiniteMean,
  median,
  midX,
  packKeypoints,
  pointScore,
  pointX,
  pointY,
  swapPoints,
  velocityAt,
} from './series';
import { newestFrameParity, parityScratch } from './swaps';
import { viewFromRatio, widthRatio } from './view';
import type { CameraView, GaitOptions, LiveGaitTracker, LiveReadout, PoseFrame, WalkDirection } from './types';

export interface LiveOptions extends GaitOptions {
  /** Trailing window for the direction cues, s (default LIVE_DIRECTION_WINDOW_S). */
  windowS?: number;
  oneEuro?: OneEuroParams;
}

/**
 * One trailing frame of what the direction cues need: time (s), hip midpoint x and the ankles
 * (filtered, px), and the velocities (px/s) of the hip midpoint and the ankles' x.
 */
interface Sample {
  t: number;
  px: number;
  lx: number;
  rx: number;
  ly: number;
  ry: number;
  vp: number;
  vl: number;
  vr: number;
}

/**
 * Appends a frame to the trail. Velocities are offline's (velocityAt): the new frame's is one-sided
 * until the next frame comes, so the frame before it gets its central difference now (and keeps it
 * when the frame before that leaves the trail).
 */
function extendTrail(trail: Sample[], sample: Sample): void {
  trail.push(sample);
  const last = trail.slice(-3);
  const m = last.length;
  const t = last.map((s) => s.t),
    px = last.map((s) => s.px),
    lx = last.map((s) => s.lx),
    rx = last.map((s) => s.rx);
  last.forEach((s, k) => {
    if (k < m - 2) return;
    s.vp = velocityAt(px, 0, 1, m, t, k);
    s.vl = velocityAt(lx, 0, 1, m, t, k);
    s.vr = velocityAt(rx, 0, 1, m, t, k);
  });
}

export function createLiveGaitTracker(opts: LiveOptions = {}): LiveGaitTracker {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const windowS = opts.windowS ?? LIVE_DIRECTION_WINDOW_S;
  const params = opts.oneEuro ?? LIVE_ONE_EURO;
  // the last three frames as taken from the model, leg swaps undone: [i − 2, i − 1, i]
  const recent = new Float64Array(3 * KP_STRIDE);
  const raw = recent.subarray(2 * KP_STRIDE);
  const filt = new Float64Array(KP_STRIDE);
  const swapCosts = parityScratch();
  let filters: PointFilter[] = [];
  const shanks: number[] = [];
  let facingNum = 0,
    facingDen = 0,
    lastT = -Infinity;
  let ratioEma = NaN;
  let trail: Sample[] = [];
  let lastSign = 0,
    turnUntil = -Infinity;

  const reset = () => {
    filters = Array.from({ length: 17 }, () => new PointFilter(params));
    shanks.length = 0;
    facingNum = 0;
    facingDen = 0;
    lastT = -Infinity;
    ratioEma = NaN;
    trail = [];
    lastSign = 0;
    turnUntil = -Infinity;
    recent.fill(NaN);
  };
  reset();

  const update = (frame: PoseFrame, imageSize: { width: number; height: number }): LiveReadout => {
    const tS = frame.t / 1000;
    const unit = imageSize.height > 0 ? imageSize.height : 1;
    if (tS - lastT > LIVE_RESET_GAP_S || tS < lastT) reset();
    const dt = lastT === -Infinity ? 1 / DEFAULT_FPS : Math.max(1e-3, tS - lastT);
    lastT = tS;
    recent.copyWithin(0, KP_STRIDE);
    const count = packKeypoints(frame.keypoints, minScore, recent, 2 * KP_STRIDE);
    const personFound = !!frame.keypoints && count > 0;
    // leg swaps: this frame against the two before it, by the offline repair's cost
    const shankNow = median(shanks);
    const shankForSwaps = shankNow > 0 ? shankNow : frameShankPx(raw, 0);
    const swapParity = personFound ? newestFrameParity(recent, 2, shankForSwaps, swapCosts) : 0;
    if (swapParity & 1) swapPoints(recent, 2, KP.leftKnee, KP.rightKnee);
    if (swapParity & 2) swapPoints(recent, 2, KP.leftAnkle, KP.rightAnkle);
    for (let k = 0; k < 17; k++) {
      const x = pointX(raw, 0, k),
        y = pointY(raw, 0, k);
      if (x !== x) {
        clearPoint(filt, 0, k);
        continue;
      }
      const [fx, fy] = filters[k]!.filter(x, y, unit, tS);
      filt[k * 3] = fx;
      filt[k * 3 + 1] = fy;
      filt[k * 3 + 2] = pointScore(raw, 0, k);
    }
    const fs = frameShankPx(filt, 0);
    if (fs > 0) {
      shanks.push(fs);
      if (shanks.length > LIVE_SHANK_FRAMES) shanks.shift();
    }
    const shank = median(shanks);

    // facing: exponential average of the votes
    const a = 1 - Math.exp(-dt / LIVE_FACING_TIME_CONSTANT_S);
    const v = facingVote(filt, 0, shank);
    facingNum = (1 - a) * facingNum + a * v.score * v.weight;
    facingDen = (1 - a) * facingDen + a * v.weight;
    const fScore = facingDen > 1e-6 ? facingNum / facingDen : 0;
    const facing = facingFromScore(fScore);
    const facingConfidence = facing === 'unknown' ? 0 : clamp(Math.abs(fScore), 0, 1);
    const sign = facingSign(facing);
    if (sign !== 0) {
      if (lastSign !== 0 && sign !== lastSign) turnUntil = tS + LIVE_TURN_HOLD_S;
      lastSign = sign;
    }

    const metrics = metricsFromBuffer(filt, 0, frame.t, { ...opts, facing, facingConfidence, shankPx: shank });

    // direction from the trailing window
    const px = midX(filt, 0, KP.leftHip, KP.rightHip);
    if (personFound && px === px) {
      extendTrail(trail, {
        t: tS,
        px,
        lx: pointX(filt, 0, KP.leftAnkle),
        rx: pointX(filt, 0, KP.rightAnkle),
        ly: pointY(filt, 0, KP.leftAnkle),
        ry: pointY(filt, 0, KP.rightAnkle),
        vp: NaN,
        vl: NaN,
        vr: NaN,
      });
    }
    while (trail[0] && trail[0].t < tS - ACTIVITY_WINDOW_S) trail.shift();
    let direction: WalkDirection = 'unknown',
      directionConfidence = 0;
    const stature = statureFromShank(shank);
    const oldest = trail[0],
      newest = trail.at(-1);
    if (
      personFound &&
      oldest &&
      newest &&
      trail.length >= LIVE_MIN_SAMPLES &&
      newest.t - oldest.t >= LIVE_MIN_WINDOW_SHARE * windowS &&
      stature > 0
    ) {
      const c = classifyDirection({ facing: fScore, ...trailingCues(trail, stature, tS - windowS) });
      direction = c.direction;
      directionConfidence = c.confidence;
    }
    if (tS < turnUntil && personFound) {
      direction = 'turning';
      directionConfidence = LIVE_TURNING_CONFIDENCE;
    }

    // camera view
    const r = widthRatio(filt, 0);
    if (r === r) ratioEma = ratioEma === ratioEma ? (1 - a) * ratioEma + a * r : r;
    const view: CameraView = personFound ? viewFromRatio(ratioEma) : 'unknown';
    return { ...metrics, direction, directionConfidence, view, swapParity };
  };

  return { update, reset };
}

/**
 * The offline cues over the trail: each frame's cues (frameCues) from its velocities, averaged as
 * offline: the stepping activity over the whole trail (ACTIVITY_WINDOW_S, at least one stride),
 * travel and stance over the frames since `since`.
 */
function trailingCues(
  trail: readonly Sample[],
  stature: number,
  since: number,
): { travel: number; stance: number; activity: number } {
  const cue: FrameCues = { travel: NaN, stance: NaN, speedLeft: NaN, speedRight: NaN };
  // means of the finite values, as offline's moving averages
  const travel = new FiniteMean(),
    stance = new FiniteMean(),
    speedLeft = new FiniteMean(),
    speedRight = new FiniteMean();
  for (const s of trail) {
    frameCues(s.vp, s.vl, s.vr, s.ly, s.ry, stature, cue);
    speedLeft.add(cue.speedLeft);
    speedRight.add(cue.speedRight);
    if (s.t < since) continue;
    travel.add(cue.travel);
    stance.add(cue.stance);
  }
  return {
    travel: travel.value(),
    stance: stance.value(),
    activity: lessActiveFoot(speedLeft.value(), speedRight.value()),
  };
}
