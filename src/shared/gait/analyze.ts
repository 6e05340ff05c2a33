/**
 * Session analysis, a pipeline like Sports2D's, each stage a function of its own module:
 *   0. the frames as a buffer (session-buffer); what must not become numbers (track-checks)
 *   1. leg swaps by continuity (swaps)   2–3. gap bridging and zero-lag low-pass (keypoint-filter)
 *   4. facing (facing)   5. direction per frame, turns (direction, walk-events)
 *   6. walking ranges and foot events, label-free (walk-events → step-events, leg-identity)
 *      then each leg's keypoints by the feet's identity, filtered again (leg-identity)
 *   7. per-frame angles (frame-angles)   8–9. steps and their summaries (steps, step-records)
 *   10. camera view (view)   11. balance (balance-stats → balance)   → one GaitAnalysis (assemble),
 *   rounded (round).
 * Frames without a person, or keypoints under the score threshold, are never turned into numbers:
 * short gaps are bridged for event timing only, and per-frame angles are taken only where the
 * keypoints were confident.
 */
import { KP } from '../pose/keypoints';
import { assembleAnalysis, emptyAnalysis } from './assemble';
import { gradeBalance } from './balance';
import { balanceStats } from './balance-stats';
import { DEFAULT_MIN_SCORE, MIN_CONFIDENT_FRAMES } from './constants';
import { directionCues, directionHalfWindow, directionLabels } from './direction';
import { smoothedFacing } from './facing';
import { frameAngles, type FrameAngles } from './frame-angles';
import { confidenceMask, confidentOnly, filterTracks, trackFilter } from './keypoint-filter';
import { adoptLegKeypoints, applyLegIdentity, LEG_KEYPOINTS } from './leg-identity';
import { roundAnalysis } from './round';
import { cmPerPx, estimateShankPx, statureFromShank } from './scale';
import { segmentsOfRuns } from './segments';
import {
  confidentFrames,
  frameRate,
  samplingRate,
  sessionBuffer,
  sessionDuration,
  type SessionInput,
} from './session-buffer';
import { stepRecords, stepSummaries } from './step-records';
import { buildSteps } from './steps';
import { combinedParity, repairLegSwaps, swapEpisodes } from './swaps';
import { dropBorderKeypoints, keepLongestPerson } from './track-checks';
import type { GaitAnalysis, GaitOptions, WalkDirection } from './types';
import { sessionView } from './view';
import { markTurns, walkEvents } from './walk-events';

export type { SessionInput };

/** Keypoints the analysis reads after filtering (eyes, elbows and wrists are not used). */
const USED_KEYPOINTS = [
  KP.nose,
  KP.leftEar,
  KP.rightEar,
  KP.leftShoulder,
  KP.rightShoulder,
  KP.leftHip,
  KP.rightHip,
  KP.leftKnee,
  KP.rightKnee,
  KP.leftAnkle,
  KP.rightAnkle,
];

/** Internal per-frame series, exposed for tests, the replay, its charts and the per-frame export. */
export interface SessionSeries extends FrameAngles {
  t: Float64Array;
  facing: Float64Array;
  labels: WalkDirection[];
  shankPx: number;
  /** Repaired leg-swap parity per frame: continuity repair (swaps.ts) and the feet's identity. */
  swapParity: Uint8Array;
  /** Direction cues per frame (see direction.ts). */
  cues: { travel: Float64Array; stance: Float64Array; activity: Float64Array };
  /**
   * The keypoints every per-frame number is taken from (n × 51, as framesToBuffer): low-passed,
   * each leg's points by the feet's identity, NaN where the model was not confident. Per-frame
   * metrics of this buffer (metricsFromBuffer, with `facing` and `shankPx`) are the analysis' own.
   */
  keypoints: Float64Array;
}

export function analyzeSession(input: SessionInput, opts: GaitOptions = {}): GaitAnalysis {
  return analyzeSessionDetailed(input, opts).analysis;
}

export function analyzeSessionDetailed(
  input: SessionInput,
  opts: GaitOptions = {},
): { analysis: GaitAnalysis; series: SessionSeries | null } {
  const heightCm = opts.heightCm && opts.heightCm > 0 ? opts.heightCm : null;
  // 0. the frames as a buffer; what must not become numbers: points on the image border, other
  // people the track jumped to
  const buf = sessionBuffer(input, opts.minScore ?? DEFAULT_MIN_SCORE);
  const { n, data: d, t, present } = buf;
  dropBorderKeypoints(buf, input?.width, input?.height);
  const split = keepLongestPerson(buf, statureFromShank(estimateShankPx(d, n)));
  const fs = samplingRate(t, frameRate(input));
  const duration = sessionDuration(t, fs);
  // quality on the raw keypoints: a confident frame has a hip and one whole leg
  const confident = confidentFrames(d, n);
  const shankPx = estimateShankPx(d, n);
  if (n === 0 || !(shankPx > 0) || confident < MIN_CONFIDENT_FRAMES) {
    return { analysis: roundAnalysis(emptyAnalysis(n, confident, heightCm, duration)), series: null };
  }

  // 1. leg swaps by continuity, on the raw keypoints; `raw` keeps them unfiltered for the events
  const swaps = repairLegSwaps(d, n, { shankPx });
  const raw = d.slice();
  const mask = confidenceMask(d, n);
  // 2–3. gap bridging, zero-lag low-pass
  const filter = trackFilter(fs);
  filterTracks(d, n, USED_KEYPOINTS, filter);
  const stature = statureFromShank(shankPx);
  const half = directionHalfWindow(fs);
  // 4. facing, 5. direction per frame and turns
  const facing = smoothedFacing(d, n, shankPx, half);
  const cues = directionCues(d, n, t, stature, half);
  const labels = directionLabels(present, cues, facing);
  markTurns(labels, facing, t);
  // 6. walking ranges and foot events; each leg's keypoints follow the feet's identity from here on
  const walk = walkEvents({ labels, facing, t, fs, present, half, raw, pelvisX: cues.pelvisX, shankPx });
  const { runs, ranges, events } = walk;
  const identity = applyLegIdentity(raw, n, events, walk.labelFree, shankPx);
  adoptLegKeypoints(d, mask, raw, n);
  filterTracks(d, n, LEG_KEYPOINTS, filter);
  const swapParity = combinedParity(swaps.parity, identity);
  // 7. per-frame angles, 8–9. steps and their summaries
  const steps = buildSteps(events, ranges);
  const angles = frameAngles(d, mask, n, facing, shankPx);
  const cal = heightCm ? cmPerPx(heightCm, shankPx) : null;
  const stepValues = stepRecords(steps, { d, mask, t, angles, shankPx, cmPerPx: cal });
  // 10. camera view, 11. balance
  const view = sessionView(d, n, present);
  const balance = gradeBalance(
    balanceStats({ d, n, t, fs, trunk: angles.trunkLeanDeg, ranges, runs, steps, stature, view, duration }),
  );
  const analysis = assembleAnalysis({
    segments: segmentsOfRuns(runs, t, fs),
    steps,
    summaries: stepSummaries(stepValues, angles.knee, shankPx, cal !== null),
    balance,
    events,
    stepList: stepValues.stepList,
    quality: {
      frames: n,
      confidentFrames: confident,
      view,
      swapEpisodes: swapEpisodes(swapParity),
      split,
      facing,
      shankPx,
      duration,
    },
  });
  return {
    analysis: roundAnalysis(analysis),
    series: {
      t,
      facing,
      labels,
      ...angles,
      shankPx,
      swapParity,
      cues: { travel: cues.travel, stance: cues.stance, activity: cues.activity },
      keypoints: confidentOnly(d, mask, n),
    },
  };
}
