/**
 * The last stage of the session analysis: the stages' results as one GaitAnalysis (before rounding),
 * or the analysis of a session with nobody to measure.
 */
import type { BalanceGrade } from './balance';
import type { DetectedEvent } from './events';
import { facingFromScore } from './facing';
import { overallDirection } from './segments';
import { mean } from './series';
import { cadence, type StepTiming } from './steps';
import type { TrackSplit } from './track-checks';
import type { CameraView, DirectionSegment, GaitAnalysis, GaitEvent, StepRecord } from './types';

export interface AnalysisParts {
  segments: DirectionSegment[];
  steps: readonly StepTiming[];
  /** Symmetry, knee and knee-past-toe summaries (stepSummaries). */
  summaries: Pick<GaitAnalysis, 'symmetry' | 'knee' | 'knee_past_toe'>;
  balance: BalanceGrade;
  events: readonly DetectedEvent[];
  stepList: StepRecord[];
  quality: {
    frames: number;
    confidentFrames: number;
    view: CameraView;
    swapEpisodes: number;
    split: TrackSplit;
    /** Smoothed facing score per frame; the session's facing is its mean's. */
    facing: Float64Array;
    shankPx: number;
    duration: number;
  };
}

export function assembleAnalysis(p: AnalysisParts): GaitAnalysis {
  const { steps, quality: q } = p;
  const leftSteps = steps.filter((s) => s.side === 'left').length;
  return {
    direction: overallDirection(p.segments),
    segments: p.segments,
    steps: { count: steps.length, left: leftSteps, right: steps.length - leftSteps },
    cadence_spm: cadence(steps),
    ...p.summaries,
    balance: p.balance,
    quality: {
      confident_frames_pct: (100 * q.confidentFrames) / q.frames,
      view: q.view,
      swaps_repaired: q.swapEpisodes,
      person_switches: q.split.switches,
      person_frames: q.split.kept,
      frames: q.frames,
      facing: facingFromScore(mean(q.facing)),
      shank_px: q.shankPx,
      inferred_contacts: p.events.filter((e) => e.inferred).length,
      duration_s: q.duration,
    },
    events: p.events.map(publicEvent),
    step_list: p.stepList,
  };
}

/** An event as the analysis reports it: time, side, kind, and `inferred` only when it was. */
export function publicEvent(e: DetectedEvent): GaitEvent {
  const ev: GaitEvent = { t_s: e.t_s, side: e.side, kind: e.kind };
  if (e.inferred) ev.inferred = true;
  return ev;
}

/** The analysis of a session in which no person was seen with enough confident keypoints. */
export function emptyAnalysis(
  frames: number,
  confidentFrames: number,
  heightCm: number | null,
  duration: number,
): GaitAnalysis {
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
        frames === 0 ? 'No frames to analyse.' : 'No person was found with enough confident keypoints to analyse.',
    },
    quality: {
      confident_frames_pct: frames ? (100 * confidentFrames) / frames : 0,
      view: 'unknown',
      swaps_repaired: 0,
      frames,
      facing: 'unknown',
      shank_px: null,
      inferred_contacts: 0,
      duration_s: duration,
    },
    events: [],
    step_list: [],
  };
}
