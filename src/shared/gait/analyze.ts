/**
 * Session analysis, a pipeline like Sports2D's, each stage in a module of its own:
 *   0. what must not become numbers (track-checks)     1. leg swaps by continuity (swaps)
 *   2–3. gap bridging and zero-lag low-pass (keypoint-filter)
 *   4. facing (facing)   5. direction per frame, turns (direction, walk-events)
 *   6. walking ranges and foot events, label-free (walk-events → step-events, leg-identity)
 *   then each leg's keypoints by the feet's identity, filtered again
 *   7. per-frame angles (frame-angles)   8–9. steps and their summaries (steps, step-records)
 *   10. camera view (view)   11. balance (balance-stats → balance)   → rounded JSON (round).
 * Frames without a person, or keypoints under the score threshold, are never turned into numbers:
 * short gaps are bridged for event timing only, and per-frame angles are taken only where the
 * keypoints were confident.
 */
import { KP } from '../pose/keypoints';
import { gradeBalance } from './balance';
import { balanceStats } from './balance-stats';
import { DEFAULT_MIN_SCORE, DIRECTION_WINDOW_S, KP_STRIDE } from './constants';
import { directionCues, directionLabel, FACING_MIN } from './direction';
import { smoothedFacing } from './facing';
import { frameAngles, type FrameAngles } from './frame-angles';
import { confidenceMask, confidentOnly, filterTracks, trackFilter } from './keypoint-filter';
import { applyLegIdentity } from './leg-identity';
import { roundAnalysis } from './round';
import { cmPerPx, estimateShankPx, statureFromShank } from './scale';
import { overallDirection } from './segments';
import { framesToBuffer, mean, median } from './series';
import { stepRecords, stepSummaries } from './step-records';
import { buildSteps, cadence } from './steps';
import { repairLegSwaps } from './swaps';
import { dropBorderKeypoints, keepLongestPerson } from './track-checks';
import type { DirectionSegment, Facing, GaitAnalysis, GaitEvent, GaitOptions, PoseFrame, WalkDirection } from './types';
import { sessionView } from './view';
import { markTurns, walkEvents } from './walk-events';

export interface SessionInput {
  fps: number;
  width: number;
  height: number;
  frames: PoseFrame[];
}

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
/** Leg keypoints whose labels follow the feet's identity. */
const LEG_KEYPOINTS = [KP.leftKnee, KP.rightKnee, KP.leftAnkle, KP.rightAnkle];

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
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const heightCm = opts.heightCm && opts.heightCm > 0 ? opts.heightCm : null;
  const frames = Array.isArray(input?.frames) ? input.frames : [];
  const buf = framesToBuffer(frames, minScore);
  const { n, data: d, t, present } = buf;
  const fps = input?.fps > 0 ? input.fps : 30;
  for (let i = 0; i < n; i++) if (!Number.isFinite(t[i])) t[i] = i / fps;
  // 0. what must not become numbers: points on the image border, other people the track jumped to
  dropBorderKeypoints(buf, input?.width, input?.height);
  const split = keepLongestPerson(buf, statureFromShank(estimateShankPx(d, n)));
  const fs = samplingRate(t, fps);
  const duration = n > 0 ? t[n - 1] - t[0] + 1 / fs : 0;

  // quality on the raw keypoints: a confident frame has a hip and one whole leg
  let confident = 0;
  for (let i = 0; i < n; i++) if (frameConfident(d, i * KP_STRIDE)) confident++;
  const shankPx = estimateShankPx(d, n);
  if (n === 0 || !(shankPx > 0) || confident < 3) {
    const base = emptyAnalysis(n, confident, heightCm);
    base.quality.duration_s = duration;
    return { analysis: roundAnalysis(base), series: null };
  }

  // 1. leg swaps by continuity, on the raw keypoints; `raw` keeps them unfiltered for the events
  const swaps = repairLegSwaps(d, n, { shankPx });
  const raw = d.slice();
  const mask = confidenceMask(d, n);
  // 2–3. gap bridging, zero-lag low-pass
  const filter = trackFilter(fs);
  filterTracks(d, n, USED_KEYPOINTS, filter);
  const stature = statureFromShank(shankPx);
  const half = Math.max(2, Math.round((DIRECTION_WINDOW_S / 2) * fs));
  // 4. facing, 5. direction per frame and turns
  const facing = smoothedFacing(d, n, shankPx, half);
  const cues = directionCues(d, n, t, stature, half);
  const labels: WalkDirection[] = new Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] =
      !present[i] || cues.pelvisX[i] !== cues.pelvisX[i]
        ? 'unknown'
        : directionLabel(facing[i], cues.travel[i], cues.stance[i], cues.activity[i]);
  }
  markTurns(labels, facing, t);
  // 6. walking ranges and foot events
  const walk = walkEvents({ labels, facing, t, fs, present, half, raw, pelvisX: cues.pelvisX, shankPx });
  const { runs, ranges, events } = walk;
  const segments: DirectionSegment[] = runs.map((r) => ({
    start_s: t[r.start],
    end_s: r.end < n ? t[r.end] : t[n - 1] + 1 / fs,
    direction: r.label,
  }));
  // each leg's keypoints follow the feet's identity from here on
  const identity = applyLegIdentity(raw, n, events, walk.labelFree, shankPx);
  for (const k of LEG_KEYPOINTS) {
    for (let i = 0; i < n; i++) {
      const o = i * KP_STRIDE + k * 3;
      d[o] = raw[o];
      d[o + 1] = raw[o + 1];
      d[o + 2] = raw[o + 2];
      mask[i * 17 + k] = raw[o + 2] > 0 ? 1 : 0;
    }
  }
  filterTracks(d, n, LEG_KEYPOINTS, filter);
  const swapParity = new Uint8Array(n);
  let swapEpisodes = 0;
  for (let i = 0; i < n; i++) {
    swapParity[i] = swaps.parity[i] ^ identity[i];
    if (swapParity[i] && (i === 0 || !swapParity[i - 1])) swapEpisodes++;
  }
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
  const leftSteps = steps.filter((s) => s.side === 'left').length;
  const meanFacing = mean(facing);
  const analysis: GaitAnalysis = {
    direction: overallDirection(segments),
    segments,
    steps: { count: steps.length, left: leftSteps, right: steps.length - leftSteps },
    cadence_spm: cadence(steps),
    ...stepSummaries(stepValues, angles.knee, shankPx, cal !== null),
    balance,
    quality: {
      confident_frames_pct: (100 * confident) / n,
      view,
      swaps_repaired: swapEpisodes,
      person_switches: split.switches,
      person_frames: split.kept,
      frames: n,
      facing: meanFacing > FACING_MIN ? 'right' : meanFacing < -FACING_MIN ? 'left' : 'unknown',
      shank_px: shankPx,
      inferred_contacts: events.filter((e) => (e as GaitEvent).inferred).length,
      duration_s: duration,
    },
    events: events.map((e) => {
      const ev: GaitEvent = { t_s: e.t_s, side: e.side, kind: e.kind };
      if ((e as GaitEvent).inferred) ev.inferred = true;
      return ev;
    }),
    step_list: stepValues.stepList,
  };
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

function samplingRate(t: Float64Array, fps: number): number {
  if (t.length < 3) return fps;
  const dts: number[] = [];
  for (let i = 1; i < t.length; i += Math.max(1, Math.floor(t.length / 2000)))
    if (t[i] > t[i - 1]) dts.push(t[i] - t[i - 1]);
  const m = median(dts);
  return m > 0 ? 1 / m : fps;
}

function frameConfident(d: Float64Array, o: number): boolean {
  const lh = d[o + KP.leftHip * 3],
    rh = d[o + KP.rightHip * 3];
  const lk = d[o + KP.leftKnee * 3],
    rk = d[o + KP.rightKnee * 3];
  const la = d[o + KP.leftAnkle * 3],
    ra = d[o + KP.rightAnkle * 3];
  // x === x is false for NaN (missing)
  return (lh === lh && lk === lk && la === la) || (rh === rh && rk === rk && ra === ra);
}

function emptyAnalysis(n: number, confident: number, heightCm: number | null): GaitAnalysis {
  return {
    direction: 'unknown',
    segments: [],
    steps: { count: 0, left: 0, right: 0 },
    cadence_spm: null,
    symmetry: {
      step_time_si_pct: null,
      step_length_si_pct: null,
      stance_time_si_pct: null,
      knee_rom_si_pct: null,
      peak_knee_past_toe_si_pct: null,
    },
    knee: { peak_flexion_deg: { left: null, right: null }, rom_deg: { left: null, right: null } },
    knee_past_toe: {
      peak_angle_deg: { left: null, right: null },
      peak: { left: null, right: null },
      unit: heightCm ? 'cm' : 'shank',
      steps_past_toe_pct: null,
    },
    balance: {
      score: null,
      subscores: {},
      explanation:
        n === 0 ? 'No frames to analyse.' : 'No person was found with enough confident keypoints to analyse.',
    },
    quality: {
      confident_frames_pct: n ? (100 * confident) / n : 0,
      view: 'unknown',
      swaps_repaired: 0,
      frames: n,
      facing: 'unknown' as Facing,
      shank_px: null,
      inferred_contacts: 0,
    },
    events: [],
    step_list: [],
  };
}
