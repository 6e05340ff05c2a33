/**
 * When to say what: turns the live screen's frames and the take detector's events into cues.
 * Pure and fed one frame at a time, like the take detector. Steps are counted from the ankles'
 * spread (apart, together, apart again), which a left/right swap does not change.
 */
import type { WalkDirection } from '../gait/types';
import type { Keypoint } from '../pose/types';
import { hipX, staturePx, type ImageSize } from '../hands-free/body';
import { WALK_SPEED_WINDOW_S, WALKING_SPEED_STATURES_PER_S } from '../hands-free/constants';
import { KP } from '../pose/keypoints';
import {
  DEFAULT_STEP_COUNT_EVERY,
  DISTANCE_HOLD_S,
  DISTANCE_REPEAT_S,
  EDGE_MIN_STATURES,
  EDGE_REARM_STATURES,
  EDGE_WARNING_S,
  MAX_FRAME_GAP_S,
  STEP_SPREAD_HIGH_STATURES,
  STEP_SPREAD_LOW_STATURES,
  TOO_CLOSE_SHARE,
  TOO_FAR_SHARE,
} from './constants';
import { cue, CUE_GROUP_OF, CUE_TEXT, type Cue, type CueGroup, type CueKind } from './cues';

export interface CueFrame {
  t_s: number;
  keypoints: readonly Keypoint[] | null;
  image: ImageSize;
  /** The live readout's walking direction. */
  direction: WalkDirection;
  /** This frame's knee past the toes per leg, in the target's unit (null: not measured). */
  kneePastToe: { left: number | null; right: number | null };
}

export interface CueSettings {
  /** Cue groups that are on; a group left out is off. */
  enabled: ReadonlySet<CueGroup>;
  stepCountEvery?: number;
  /** A step chimes when its knee passes the toes by at least this much (the readout's unit). */
  kneePastToeTarget: number;
}

export type TakeEnd = 'still' | 'left' | 'by-hand' | 'camera-lost';

export interface CueScheduler {
  update(frame: CueFrame): Cue[];
  takeStarted(t_s: number): Cue[];
  takeStopped(t_s: number, end: TakeEnd): Cue[];
  countdown(t_s: number, secondsLeft: number): Cue[];
  /** Steps counted in the current take. */
  readonly steps: number;
  /** Seconds walked backward during takes since the scheduler was made (the outing). */
  readonly backward_s: number;
}

interface Sample {
  t: number;
  /** Hip midpoint x, px. */
  x: number;
}

export function createCueScheduler(settings: CueSettings): CueScheduler {
  const every = settings.stepCountEvery ?? DEFAULT_STEP_COUNT_EVERY;
  const on = (kind: CueKind): boolean => settings.enabled.has(CUE_GROUP_OF[kind]);
  const emit = (out: Cue[], kind: CueKind, t: number, text: string): void => {
    if (on(kind)) out.push(cue(kind, t, text));
  };

  let taking = false;
  let steps = 0;
  let legsTogether = true;
  let chimedThisStep = false;
  let backward = 0;
  let lastT: number | null = null;
  let trail: Sample[] = [];
  let edgeWarnedAt: number | null = null; // hip x (px) where the last edge cue was given
  const distance = { problem: null as 'too-close' | 'too-far' | null, since: 0, saidAt: -Infinity };

  const countStep = (kps: readonly Keypoint[], stature: number, t: number, out: Cue[]): void => {
    const l = kps[KP.leftAnkle],
      r = kps[KP.rightAnkle];
    if (!l || !r || l[2] < 0.3 || r[2] < 0.3) return;
    const spread = Math.abs(l[0] - r[0]) / stature;
    if (spread <= STEP_SPREAD_LOW_STATURES) legsTogether = true;
    else if (legsTogether && spread >= STEP_SPREAD_HIGH_STATURES) {
      legsTogether = false;
      steps += 1;
      chimedThisStep = false;
      if (steps % every === 0) emit(out, 'step-count', t, CUE_TEXT.steps(steps));
    }
  };

  const checkKnee = (frame: CueFrame, out: Cue[]): void => {
    if (steps === 0 || chimedThisStep) return;
    const { left, right } = frame.kneePastToe;
    const peak = Math.max(left ?? -Infinity, right ?? -Infinity);
    if (peak >= settings.kneePastToeTarget) {
      chimedThisStep = true;
      emit(out, 'knee-past-toes', frame.t_s, CUE_TEXT.kneePastToes);
    }
  };

  const checkEdge = (frame: CueFrame, x: number, stature: number, out: Cue[]): void => {
    const first = trail[0];
    if (!first || frame.t_s - first.t < WALK_SPEED_WINDOW_S * 0.75) return;
    const velocity = (x - first.x) / (frame.t_s - first.t); // px/s, + toward image-right
    if (edgeWarnedAt !== null && Math.abs(x - edgeWarnedAt) >= EDGE_REARM_STATURES * stature) edgeWarnedAt = null;
    if (frame.direction !== 'backward' || Math.abs(velocity) / stature < WALKING_SPEED_STATURES_PER_S) return;
    const toEdge = velocity > 0 ? frame.image.width - x : x; // px left to the edge they walk toward
    const warnAt = Math.max(EDGE_MIN_STATURES * stature, Math.abs(velocity) * EDGE_WARNING_S);
    if (toEdge <= warnAt && edgeWarnedAt === null) {
      edgeWarnedAt = x;
      emit(out, 'edge', frame.t_s, CUE_TEXT.edge);
    }
  };

  const checkDistance = (t: number, stature: number | null, imageHeight: number, out: Cue[]): void => {
    const share = stature === null ? null : stature / imageHeight;
    const problem =
      share === null ? null : share > TOO_CLOSE_SHARE ? 'too-close' : share < TOO_FAR_SHARE ? 'too-far' : null;
    if (problem !== distance.problem) {
      distance.problem = problem;
      distance.since = t;
      distance.saidAt = -Infinity;
    }
    if (problem && t - distance.since >= DISTANCE_HOLD_S && t - distance.saidAt >= DISTANCE_REPEAT_S) {
      distance.saidAt = t;
      emit(out, problem, t, problem === 'too-close' ? CUE_TEXT.tooClose : CUE_TEXT.tooFar);
    }
  };

  return {
    update(frame) {
      const out: Cue[] = [];
      const t = frame.t_s;
      const dt = lastT === null ? 0 : t - lastT;
      lastT = t;
      const kps = frame.keypoints;
      if (!kps) return out; // a dropout: nothing is known about this frame
      const stature = staturePx(kps);
      const x = hipX(kps);
      if (x !== null) {
        trail.push({ t, x });
        while (trail.length > 2 && trail[1]!.t <= t - WALK_SPEED_WINDOW_S) trail.shift();
      }
      if (stature !== null && x !== null) checkEdge(frame, x, stature, out);
      checkDistance(t, stature, frame.image.height, out);
      if (!taking) return out;
      if (stature !== null) countStep(kps, stature, t, out);
      checkKnee(frame, out);
      if (frame.direction === 'backward' && dt > 0 && dt <= MAX_FRAME_GAP_S) {
        const before = Math.floor(backward / 60);
        backward += dt;
        const minutes = Math.floor(backward / 60);
        if (minutes > before) emit(out, 'backward-minutes', t, CUE_TEXT.backwardMinutes(minutes));
      }
      return out;
    },
    takeStarted(t) {
      taking = true;
      steps = 0;
      legsTogether = true;
      chimedThisStep = false;
      const out: Cue[] = [];
      emit(out, 'take-started', t, CUE_TEXT.takeStarted);
      return out;
    },
    takeStopped(t, end) {
      taking = false;
      trail = [];
      const out: Cue[] = [];
      emit(out, 'take-stopped', t, CUE_TEXT.takeStopped[end]);
      return out;
    },
    countdown(t, secondsLeft) {
      const out: Cue[] = [];
      emit(out, 'countdown', t, CUE_TEXT.countdown(secondsLeft));
      return out;
    },
    get steps() {
      return steps;
    },
    get backward_s() {
      return backward;
    },
  };
}
