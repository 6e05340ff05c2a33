/**
 * Live steps for a readout held per step, not per frame (the distance view; docs/metrics.md "Live
 * steps"). Each leg's knee-past-toe angle rises to a peak while its foot is planted and falls as the
 * foot lifts: a peak followed by a fall of LIVE_STEP_SWING_DEG is one step of that leg, and the
 * leg's value at the peak frame (cm with a height, else degrees) is held until its next step.
 * Pure: the state goes in and comes out; frames of low confidence or not walking are skipped.
 */
import { LIVE_STEP_MIN_CONFIDENCE, LIVE_STEP_SWING_DEG } from './constants';
import type { LiveReadout, Side } from './types';

/** One leg in one frame: the angle finds the steps, `value` (display unit) is what is held. */
export interface LegStepSample {
  angleDeg: number | null;
  confidence: number;
  value: number | null;
}

export interface StepSample {
  t_s: number;
  /** Walking backward or forward in this frame (standing and turning frames find no steps). */
  walking: boolean;
  left: LegStepSample;
  right: LegStepSample;
}

/** A leg's last step: its knee past the toes at the peak, and when (s). */
export interface HeldStep {
  value: number | null;
  t_s: number;
}

interface LegTrack {
  /** Looking for a peak (rising) or for the trough before the next one (falling). */
  phase: 'rising' | 'falling';
  /** The highest (rising) or lowest (falling) angle since the phase began, with its frame's value. */
  extremeDeg: number;
  extremeValue: number | null;
  extremeT: number;
}

export interface StepHold {
  steps: number;
  /** Steps whose held value is > 0: the knee passed the toes (kids mode's stars). */
  pastToes: number;
  held: Record<Side, HeldStep | null>;
  /** The leg whose step came last. */
  lastSide: Side | null;
  tracks: Record<Side, LegTrack | null>;
}

export const NO_STEPS: StepHold = {
  steps: 0,
  pastToes: 0,
  held: { left: null, right: null },
  lastSide: null,
  tracks: { left: null, right: null },
};

/** The state after one more frame. */
export function holdSteps(state: StepHold, sample: StepSample): StepHold {
  if (!sample.walking) return state;
  let next = state;
  for (const side of ['left', 'right'] as const) {
    const leg = sample[side];
    if (leg.angleDeg === null || leg.confidence < LIVE_STEP_MIN_CONFIDENCE) continue;
    const here = { extremeDeg: leg.angleDeg, extremeValue: leg.value, extremeT: sample.t_s };
    const track = next.tracks[side];
    let nextTrack: LegTrack;
    let step: HeldStep | null = null;
    if (!track) nextTrack = { phase: 'rising', ...here };
    else if (track.phase === 'rising') {
      if (leg.angleDeg > track.extremeDeg) nextTrack = { ...track, ...here };
      else if (leg.angleDeg <= track.extremeDeg - LIVE_STEP_SWING_DEG) {
        step = { value: track.extremeValue, t_s: track.extremeT };
        nextTrack = { phase: 'falling', ...here };
      } else nextTrack = track;
    } else if (leg.angleDeg < track.extremeDeg) nextTrack = { ...track, ...here };
    else if (leg.angleDeg >= track.extremeDeg + LIVE_STEP_SWING_DEG) nextTrack = { phase: 'rising', ...here };
    else nextTrack = track;
    next = {
      steps: next.steps + (step ? 1 : 0),
      pastToes: next.pastToes + (step?.value !== null && step !== null && step.value > 0 ? 1 : 0),
      held: step ? { ...next.held, [side]: step } : next.held,
      lastSide: step ? side : next.lastSide,
      tracks: { ...next.tracks, [side]: nextTrack },
    };
  }
  return next;
}

/** A live readout as a step sample: the held value is cm when the readout has them, else degrees. */
export function stepSampleOf(readout: LiveReadout): StepSample {
  const leg = (side: Side): LegStepSample => {
    const m = readout[side];
    return {
      angleDeg: m.kneePastToeDeg.value,
      confidence: m.kneePastToeDeg.confidence,
      value: readout.unit === 'cm' ? m.kneePastToeDist.value : m.kneePastToeDeg.value,
    };
  };
  return {
    t_s: readout.t / 1000,
    walking: readout.direction === 'backward' || readout.direction === 'forward',
    left: leg('left'),
    right: leg('right'),
  };
}
