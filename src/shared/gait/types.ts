/**
 * Contract of the gait module. Everything here is plain data: no DOM, Electron or SQLite.
 * Units are in the names: Deg = degrees, _s = seconds, Cm = centimetres, `shank` = shank lengths.
 */
import type { Keypoint, PoseFrame } from '../pose/types';

export type Side = 'left' | 'right';
/** Which way the person faces in the image (toward image-left or image-right). */
export type Facing = 'left' | 'right' | 'unknown';
export type WalkDirection = 'backward' | 'forward' | 'standing' | 'turning' | 'unknown';
export type CameraView = 'side' | 'front' | 'unknown';
export type LengthUnit = 'cm' | 'shank';

/** A number with the confidence it deserves; value is null when keypoints were not confident. */
export interface Measured {
  value: number | null;
  /** 0..1, from the keypoint scores that produced the value. */
  confidence: number;
}

export interface LegFrameMetrics {
  kneeFlexionDeg: Measured;
  shinInclinationDeg: Measured;
  /** Estimated toe position in pixels (ankle + facing × forefoot length), null when unknown. */
  toe: readonly [number, number] | null;
  /** Angle at the toe between the vertical and toe→knee, + when the knee is beyond the toes. */
  kneePastToeDeg: Measured;
  /** Signed horizontal knee-beyond-toe distance, in `unit`. */
  kneePastToeDist: Measured;
}

export interface FrameMetrics {
  t: number;
  left: LegFrameMetrics;
  right: LegFrameMetrics;
  facing: Facing;
  facingConfidence: number;
  trunkLeanDeg: Measured;
  unit: LengthUnit;
}

export interface GaitOptions {
  /** The person's height, for centimetres; without it lengths are in shank lengths. */
  heightCm?: number | null;
  /** Minimum keypoint score for a keypoint to count (default 0.3). */
  minScore?: number;
}

/** What the live screen shows, updated once per frame. */
export interface LiveReadout extends FrameMetrics {
  direction: WalkDirection;
  directionConfidence: number;
  view: CameraView;
  /** Leg labels swapped back in this frame (bit 0 knees, bit 1 ankles), by the session analysis' swap cost. */
  swapParity: number;
}

export interface LiveGaitTracker {
  update(frame: PoseFrame, imageSize: { width: number; height: number }): LiveReadout;
  reset(): void;
}

export interface DirectionSegment {
  start_s: number;
  end_s: number;
  direction: WalkDirection;
}

export interface GaitEvent {
  t_s: number;
  side: Side;
  kind: 'contact' | 'liftoff';
  /** True for a contact of a hidden leg placed halfway between the other leg's contacts. */
  inferred?: boolean;
}

export interface StepRecord {
  side: Side;
  /** Contact time of this step's foot. */
  t_s: number;
  step_time_s: number | null;
  stance_time_s: number | null;
  step_length: number | null;
  peak_knee_flexion_deg: number | null;
  /** Peak knee-past-toe angle over this foot's stance (contact → lift-off), this step's peak. */
  peak_knee_past_toe_deg: number | null;
  /** Peak knee-past-toe distance over this foot's stance, in the analysis' unit (cm or shank). */
  peak_knee_past_toe?: number | null;
  /** Time (s) of the frame of that peak distance: where "this step's peak" is shown. */
  peak_knee_past_toe_t_s?: number | null;
  knee_past_toe: boolean | null;
}

/**
 * A session's analysis as data: what `npm run analyze -- --json` prints, what the JSON export
 * holds and what SQLite stores with each session (analyses are worked out again only when
 * ANALYSIS_VERSION changes). Its fields are snake_case, unlike the camelCase code around it,
 * because they are that JSON contract: renaming one would break stored sessions, exports and
 * scripts that read them, so they keep their names.
 */
export interface GaitAnalysis {
  /** 'unknown' when no person was ever seen with enough confident keypoints. */
  direction: 'backward' | 'forward' | 'mixed' | 'standing' | 'unknown';
  segments: DirectionSegment[];
  steps: { count: number; left: number; right: number };
  cadence_spm: number | null;
  symmetry: {
    step_time_si_pct: number | null;
    step_length_si_pct: number | null;
    stance_time_si_pct: number | null;
    knee_rom_si_pct: number | null;
    peak_knee_past_toe_si_pct: number | null;
  };
  knee: {
    peak_flexion_deg: Record<Side, number | null>;
    rom_deg: Record<Side, number | null>;
  };
  /** A leg's headline peak: the median of its steps' stance peaks (StepRecord), null without a stance. */
  knee_past_toe: {
    peak_angle_deg: Record<Side, number | null>;
    peak: Record<Side, number | null>;
    unit: LengthUnit;
    steps_past_toe_pct: number | null;
  };
  balance: {
    score: number | null;
    subscores: Record<string, number | null>;
    explanation: string;
  };
  quality: {
    confident_frames_pct: number;
    view: CameraView;
    swaps_repaired: number;
    /** Times the pose track jumped to another person; only the person tracked longest is analysed. */
    person_switches?: number;
    /** First and last frame (0-based, inclusive) of the person analysed; null when nobody was. */
    person_frames?: [number, number] | null;
    frames: number;
    /** Dominant facing of the session. */
    facing?: Facing;
    /** Robust shank length in px, the pixel scale of every length. */
    shank_px?: number | null;
    /** Contacts of a hidden leg that were inferred (see GaitEvent.inferred). */
    inferred_contacts?: number;
    /** Seconds from the first to the last frame. */
    duration_s?: number;
  };
  events: GaitEvent[];
  step_list: StepRecord[];
}

export type { Keypoint, PoseFrame };
