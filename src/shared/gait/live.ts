/**
 * Live readout for the camera screen: the per-frame metrics of frame-metrics.ts on One-Euro-smoothed
 * keypoints, plus walking direction, camera view and a framing hint. Uses the same functions as the
 * offline analysis (facing votes, direction cues and classification, geometry), on a trailing window.
 */
import { KP } from '../pose/keypoints';
import { DEFAULT_MIN_SCORE, DIRECTION_WINDOW_S, KP_STRIDE, SWAP_PENALTY } from './constants';
import { classifyDirection, FACING_MIN, stanceVote } from './direction';
import { facingVote } from './facing';
import { frameShankPx, metricsFromBuffer } from './frame-metrics';
import { LIVE_ONE_EURO, PointFilter, type OneEuroParams } from './one-euro';
import { statureFromShank } from './scale';
import {
  clamp,
  clearPoint,
  consecutivePairs,
  median,
  midX,
  packKeypoints,
  pointScore,
  pointX,
  pointY,
  swapPoints,
} from './series';
import { viewAdvice, viewFromRatio, widthRatio } from './view';
import type { CameraView, Facing, GaitOptions, LiveGaitTracker, LiveReadout, PoseFrame, WalkDirection } from './types';

export interface LiveOptions extends GaitOptions {
  /** Trailing window for the direction cues, s (default 1.2). */
  windowS?: number;
  oneEuro?: OneEuroParams;
}

/** History kept for the stepping activity: at least one stride. */
const ACTIVITY_WINDOW_S = 1.8;

interface Sample {
  t: number;
  px: number;
  lx: number;
  rx: number;
  ly: number;
  ry: number;
}

const SWAP_PAIRS = [
  [KP.leftKnee, KP.rightKnee],
  [KP.leftAnkle, KP.rightAnkle],
] as const;

export function createLiveGaitTracker(opts: LiveOptions = {}): LiveGaitTracker {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const windowS = opts.windowS ?? DIRECTION_WINDOW_S * 1.2;
  const params = opts.oneEuro ?? LIVE_ONE_EURO;
  const raw = new Float64Array(KP_STRIDE);
  const filt = new Float64Array(KP_STRIDE);
  const prev = new Float64Array(KP_STRIDE).fill(NaN);
  const prev2 = new Float64Array(KP_STRIDE).fill(NaN);
  let filters: PointFilter[] = [];
  const shanks: number[] = [];
  let facingNum = 0,
    facingDen = 0,
    lastT = -Infinity;
  let ratioEma = NaN;
  let history: Sample[] = [];
  let lastSign = 0,
    turnUntil = -Infinity;

  const reset = () => {
    filters = Array.from({ length: 17 }, () => new PointFilter(params));
    shanks.length = 0;
    facingNum = 0;
    facingDen = 0;
    lastT = -Infinity;
    ratioEma = NaN;
    history = [];
    lastSign = 0;
    turnUntil = -Infinity;
    prev.fill(NaN);
    prev2.fill(NaN);
  };
  reset();

  /** Undo a left/right swap of knees and/or ankles that breaks continuity with the last frames. */
  const repairSwap = (shank: number) => {
    if (!(shank > 0)) return;
    let best = 0,
      bestCost = Infinity,
      keepCost = Infinity;
    for (let p = 0; p < 4; p++) {
      let cost = 0;
      for (const [j, [l, r]] of SWAP_PAIRS.entries()) {
        const swapped = (p >> j) & 1;
        for (let s = 0; s < 2; s++) {
          const src = (s === 0) !== (swapped === 1) ? l : r;
          const dst = s === 0 ? l : r;
          const x = pointX(raw, 0, src),
            y = pointY(raw, 0, src);
          const px = pointX(prev, 0, dst),
            py = pointY(prev, 0, dst);
          if (x !== x || px !== px) continue;
          const px2 = pointX(prev2, 0, dst),
            py2 = pointY(prev2, 0, dst);
          const vx = px2 === px2 ? px - px2 : 0;
          const vy = py2 === py2 ? py - py2 : 0;
          cost += ((x - px - vx) ** 2 + (y - py - vy) ** 2) / (shank * shank);
        }
      }
      cost += SWAP_PENALTY * ((p & 1) + ((p >> 1) & 1));
      if (p === 0) keepCost = cost;
      if (cost < bestCost) {
        bestCost = cost;
        best = p;
      }
    }
    if (best === 0 || !(bestCost < 0.5 * keepCost) || keepCost - bestCost < SWAP_PENALTY) return;
    for (const [j, [l, r]] of SWAP_PAIRS.entries()) if ((best >> j) & 1) swapPoints(raw, 0, l, r);
  };

  const update = (frame: PoseFrame, imageSize: { width: number; height: number }): LiveReadout => {
    const tS = frame.t / 1000;
    const unit = imageSize.height > 0 ? imageSize.height : 1;
    if (tS - lastT > 1.0 || tS < lastT) reset();
    const dt = lastT === -Infinity ? 1 / 30 : Math.max(1e-3, tS - lastT);
    lastT = tS;
    const count = packKeypoints(frame.keypoints, minScore, raw, 0);
    const personFound = !!frame.keypoints && count > 0;
    const shankNow = median(shanks);
    if (personFound) repairSwap(shankNow > 0 ? shankNow : frameShankPx(raw, 0));
    for (const [k, pointFilter] of filters.entries()) {
      const x = pointX(raw, 0, k),
        y = pointY(raw, 0, k);
      if (x !== x) {
        clearPoint(filt, 0, k);
        continue;
      }
      const [fx, fy] = pointFilter.filter(x, y, unit, tS);
      filt[k * 3] = fx;
      filt[k * 3 + 1] = fy;
      filt[k * 3 + 2] = pointScore(raw, 0, k);
    }
    prev2.set(prev);
    prev.set(filt);
    const fs = frameShankPx(filt, 0);
    if (fs > 0) {
      shanks.push(fs);
      if (shanks.length > 90) shanks.shift();
    }
    const shank = median(shanks);

    // facing: exponential average of the votes (time constant 0.5 s)
    const a = 1 - Math.exp(-dt / 0.5);
    const v = facingVote(filt, 0, shank);
    facingNum = (1 - a) * facingNum + a * v.score * v.weight;
    facingDen = (1 - a) * facingDen + a * v.weight;
    const fScore = facingDen > 1e-6 ? facingNum / facingDen : 0;
    const facing: Facing = fScore > FACING_MIN ? 'right' : fScore < -FACING_MIN ? 'left' : 'unknown';
    const facingConfidence = facing === 'unknown' ? 0 : clamp(Math.abs(fScore), 0, 1);
    const sign = facing === 'right' ? 1 : facing === 'left' ? -1 : 0;
    if (sign !== 0) {
      if (lastSign !== 0 && sign !== lastSign) turnUntil = tS + 1.0;
      lastSign = sign;
    }

    const metrics = metricsFromBuffer(filt, 0, frame.t, { ...opts, facing, facingConfidence, shankPx: shank });

    // direction from the trailing window
    const px = midX(filt, 0, KP.leftHip, KP.rightHip);
    if (personFound && px === px) {
      history.push({
        t: tS,
        px,
        lx: pointX(filt, 0, KP.leftAnkle),
        rx: pointX(filt, 0, KP.rightAnkle),
        ly: pointY(filt, 0, KP.leftAnkle),
        ry: pointY(filt, 0, KP.rightAnkle),
      });
    }
    while (history[0] && history[0].t < tS - ACTIVITY_WINDOW_S) history.shift();
    let direction: WalkDirection = 'unknown',
      directionConfidence = 0;
    const stature = statureFromShank(shank);
    const oldest = history[0],
      newest = history.at(-1);
    if (personFound && oldest && newest && history.length >= 5 && newest.t - oldest.t >= 0.6 * windowS && stature > 0) {
      const cues = windowCues(history, stature, tS - windowS);
      const c = classifyDirection({ facing: fScore, ...cues });
      direction = c.direction;
      directionConfidence = c.confidence;
    }
    if (tS < turnUntil && personFound) {
      direction = 'turning';
      directionConfidence = 0.5;
    }

    // camera view
    const r = widthRatio(filt, 0);
    if (r === r) ratioEma = ratioEma === ratioEma ? (1 - a) * ratioEma + a * r : r;
    const view: CameraView = personFound ? viewFromRatio(ratioEma) : 'unknown';
    const has = (k: number) => !Number.isNaN(pointX(filt, 0, k));
    const advice = viewAdvice({
      personFound,
      view,
      heightShare: stature > 0 ? stature / unit : NaN,
      feetVisible: has(KP.leftAnkle) || has(KP.rightAnkle),
      hipsVisible: has(KP.leftHip) || has(KP.rightHip),
    });
    return { ...metrics, direction, directionConfidence, view, viewAdvice: advice };
  };

  return { update, reset };
}

/** The offline cues (direction.ts) over a trailing window of samples. */
function windowCues(
  all: Sample[],
  stature: number,
  since: number,
): { travel: number; stance: number; activity: number } {
  // stepping activity over the whole history (≥ one stride); travel and stance over the recent window
  let actL = 0,
    actR = 0,
    nL = 0,
    nR = 0;
  for (const [a, b] of consecutivePairs(all)) {
    const dt = b.t - a.t;
    if (!(dt > 0)) continue;
    if (a.lx === a.lx && b.lx === b.lx) {
      actL += Math.abs(b.lx - a.lx) / dt / stature;
      nL++;
    }
    if (a.rx === a.rx && b.rx === b.rx) {
      actR += Math.abs(b.rx - a.rx) / dt / stature;
      nR++;
    }
  }
  const h = all.filter((x) => x.t >= since);
  // travel: least-squares slope of the pelvis x
  const n = h.length;
  let mt = 0,
    mx = 0;
  for (const s of h) {
    mt += s.t;
    mx += s.px;
  }
  mt /= n;
  mx /= n;
  let stt = 0,
    stx = 0;
  for (const s of h) {
    stt += (s.t - mt) ** 2;
    stx += (s.t - mt) * (s.px - mx);
  }
  const travel = stt > 0 ? stx / stt / stature : 0;
  // stance: the offline per-frame vote (direction.ts), averaged over the window as offline
  let votes = 0,
    voted = 0;
  for (const [a, b] of consecutivePairs(h)) {
    const dt = b.t - a.t;
    if (!(dt > 0)) continue;
    const vote = stanceVote(
      (b.lx - b.px - (a.lx - a.px)) / dt / stature,
      (b.rx - b.px - (a.rx - a.px)) / dt / stature,
      b.ly,
      b.ry,
      stature,
    );
    if (vote === vote) {
      votes += vote;
      voted++;
    }
  }
  const aL = nL ? actL / nL : NaN,
    aR = nR ? actR / nR : NaN;
  const activity = aL === aL && aR === aR ? Math.min(aL, aR) : aL === aL ? aL : aR;
  return { travel, stance: voted ? votes / voted : NaN, activity };
}
