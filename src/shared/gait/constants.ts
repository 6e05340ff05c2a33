import type { WalkDirection } from './types';

/**
 * Body-segment proportions (fractions of stature H, Winter, "Biomechanics and Motor Control of
 * Human Movement", 4th ed., fig. 4.1) and the module's defaults. See docs/metrics.md.
 */
export const SHANK_PER_HEIGHT = 0.246; // knee–ankle
export const THIGH_PER_HEIGHT = 0.245; // hip–knee
export const FOOT_PER_HEIGHT = 0.152;
/** Ankle joint to toe tip: the ankle sits ~a quarter of the foot length in front of the heel. */
export const FOREFOOT_PER_HEIGHT = 0.75 * FOOT_PER_HEIGHT; // 0.114 H
export const ANKLE_HEIGHT_PER_HEIGHT = 0.039;
/** Forefoot (ankle → toe tip) in shank lengths, ≈ 0.46. */
export const FOREFOOT_SHANKS = FOREFOOT_PER_HEIGHT / SHANK_PER_HEIGHT;
/** Ankle height above the floor in shank lengths, ≈ 0.16. */
export const ANKLE_HEIGHT_SHANKS = ANKLE_HEIGHT_PER_HEIGHT / SHANK_PER_HEIGHT;

export const DEFAULT_MIN_SCORE = 0.3;
/** Frame rate assumed for a session whose input names none (a webcam's usual rate). */
export const DEFAULT_FPS = 30;
/** A session with fewer confident frames (a hip and one whole leg) than this has nobody to analyse. */
export const MIN_CONFIDENT_FRAMES = 3;
/** The sampling rate is the median of at most this many frame intervals, evenly spread: plenty for a median. */
export const SAMPLING_RATE_INTERVALS = 2000;
/** Cut-off of the offline zero-lag low-pass (Winter's convention for gait kinematics). */
export const LOWPASS_HZ = 6;
/** Gaps up to this long (s) in a keypoint's track are bridged by linear interpolation. */
export const MAX_GAP_S = 0.25;
/** Sliding window (s) used for travel/stepping cues and facing smoothing. */
export const DIRECTION_WINDOW_S = 1.0;
/** The stepping activity is averaged over at least one stride, so that each foot has swung (cadence ≥ 67 steps/min). */
export const ACTIVITY_WINDOW_S = 1.8;
/** Medians and percentiles of a long session use at most this many evenly spread samples: plenty for a robust statistic. */
export const MEDIAN_SAMPLES = 4000;
/** A keypoint closer than this share of the image size to its border is taken as outside it (models clamp there). */
export const BORDER_SHARE = 0.01;

// Facing (facing.ts): each cue's vote is full at a span in shank lengths, and weighted
/** The nose this far (shank lengths) ahead of the ears votes fully: about the head's half-depth. */
export const FACING_EAR_SPAN = 0.15;
/** The nose this far (shank lengths) ahead of the shoulders votes fully... */
export const FACING_SHOULDER_SPAN = 0.2;
/** ...with this weight (of the ears' 1): the head turns on the shoulders more than on the ears. */
export const FACING_SHOULDER_WEIGHT = 0.5;
/** A knee this far (shank lengths) off the hip–ankle line votes fully, with at most this weight... */
export const FACING_KNEE_SPAN = 0.12;
export const FACING_KNEE_WEIGHT = 0.75;
/** ...reached as its flexion grows from FACING_KNEE_FLEX_DEG (°, a straight knee says nothing) over FACING_KNEE_FLEX_RAMP_DEG more. */
export const FACING_KNEE_FLEX_DEG = 8;
export const FACING_KNEE_FLEX_RAMP_DEG = 20;

// Direction (direction.ts)
/** A smoothed facing score beyond ±this is a facing; nearer 0 the cues disagree (a glance back, a front view). */
export const FACING_MIN = 0.25;
/** Stepping activity (statures/s) below which a person is standing; above MoveNet's jitter on a
 * planted foot (~0.1 for a person 150 px tall), below slow backward walking (~0.2 at 0.3 m/s). */
export const ACTIVITY_MIN = 0.15;
/** A stance vote of this size (of ±1) counts fully toward a direction. */
export const STANCE_FULL = 0.3;
/** Hip travel (statures/s) that counts fully toward a direction: a slow walk, 0.25 m/s for 1.7 m. */
export const TRAVEL_FULL = 0.15;
/** The combined cues (of ±1) must pass this for forward or backward; below it the person stands. */
export const DECIDE_MIN = 0.2;
/** Ankles within this height of each other (statures) are both taken as planted in the stance vote... */
export const LEVEL_FEET = 0.03;
/** ...else the higher (swinging) ankle's vote counts this much of the lower (planted) one's. */
export const SWING_FOOT_WEIGHT = 0.35;
/** An ankle moving this fast (statures/s) against the pelvis votes fully. */
export const STANCE_VOTE_FULL = 0.1;
/** A still person's 'standing' confidence falls by this much from no motion to ACTIVITY_MIN. */
export const STILL_CONFIDENCE_DROP = 0.5;
/** Confidence of a 'standing' from cues that cancel out (motion without a direction). */
export const UNDECIDED_STANDING_CONFIDENCE = 0.3;
/** A facing score this far from 0 gives the direction its full confidence. */
export const FACING_FULL = 0.5;

// Direction segments (segments.ts)
/** Runs shorter than this (s) are merged into a neighbour: a label has to last to be a segment. */
export const MIN_RUN_S: Readonly<Record<WalkDirection, number>> = {
  backward: 0.6,
  forward: 0.6,
  standing: 0.6,
  turning: 0.25,
  unknown: 1.0,
};
/** A session walks when it walks at least this long (s)... */
export const MIN_WALK_S = 1;
/** ...and this share of its time; else it is standing. */
export const MIN_WALK_SHARE = 0.2;
/** A walking session is backward (or forward) when this share of its walking is; else mixed. */
export const ONE_DIRECTION_SHARE = 0.8;

/**
 * Version of the analysis: raised whenever a change here changes what analyzeSession returns for
 * the same keypoints, so that stored analyses are worked out again (main does it at start).
 * 2: label-free steps, closing steps, person switches, per-step knee-past-toe peaks.
 * 3: two frames with one timestamp no longer make the rest of a session's direction unknown.
 */
export const ANALYSIS_VERSION = 3;

// Live tracker (live.ts)
/** Trailing window of the live direction cues: longer than the offline centered window, which sees both sides of a frame. */
export const LIVE_DIRECTION_WINDOW_S = 1.2 * DIRECTION_WINDOW_S;
/** A direction is given once the trailing samples span this share of the window... */
export const LIVE_MIN_WINDOW_SHARE = 0.6;
/** ...and number at least this many. */
export const LIVE_MIN_SAMPLES = 5;
/** Frames further apart than this (s) start the tracker afresh: the person may have left and come back. */
export const LIVE_RESET_GAP_S = 1.0;
/** Time constant (s) of the live facing's exponential average: steady through a glance over the shoulder. */
export const LIVE_FACING_TIME_CONSTANT_S = 0.5;
/** After the facing flips the live direction reads 'turning' this long (s), the time a turn takes. */
export const LIVE_TURN_HOLD_S = 1.0;
/** Confidence given to a live 'turning'. */
export const LIVE_TURNING_CONFIDENCE = 0.5;
/** The live shank length is the median over this many frames (3 s at 30 fps). */
export const LIVE_SHANK_FRAMES = 90;
/**
 * A live step (live-steps.ts) ends when its leg's knee-past-toe angle falls this far (°) below its
 * peak: the angle swings ~60° a stride (−35° to +30° on sports2d-walk), frame noise is ~3°.
 */
export const LIVE_STEP_SWING_DEG = 15;
/** Below this confidence a live knee-past-toe angle is a hint (greyed), not used to find steps. */
export const LIVE_STEP_MIN_CONFIDENCE = 0.5;

/** Stride fields of the flat keypoint buffer: 17 keypoints × (x, y, score). */
export const KP_STRIDE = 51;

/** Steps shorter than this (s) are not walking steps (240 steps/min, above a child's fast walk). */
export const MIN_STEP_S = 0.25;
/** Contacts closer than this share of the median step time are one step found twice... */
export const MIN_STEP_SHARE = 0.45;
/** ...and closer than this many frames cannot be told apart. */
export const MIN_STEP_FRAMES = 1.5;
/** Step times kept for means lie within [TRIM_LOW, TRIM_HIGH] × their median: outside are pauses and double counts. */
export const TRIM_LOW = 0.5;
export const TRIM_HIGH = 1.8;
/** The other foot's lift-off ends a step's double support only within this share of MAX_STEP_S of the contact. */
export const DOUBLE_SUPPORT_MAX_SHARE = 0.5;
/** Steps longer than this (s) are pauses, not steps. */
export const MAX_STEP_S = 2.0;
/** A walk's last contact counts once the feet stayed settled this long (s) after it. */
export const SETTLE_S = 0.2;
/** Foot events: an extreme counts once the signal came back by this share of its 5–95 % range... */
export const EVENT_HYSTERESIS_SHARE = 0.35;
/** ...and by at least this many shank lengths, above the jitter of a planted foot. */
export const EVENT_HYSTERESIS_MIN_SHANKS = 0.15;
/** Share of the fastest approach below which the motion into a settled extreme has stopped. */
export const SETTLED_RATE = 0.1;
/** Feet closer than this (shank lengths) along the walking direction after a walk's last step stand side by side. */
export const CLOSED_FEET = 0.35;
/** Leg identity: closer than this (shank lengths) along the walking direction, the ankles' order is uncertain... */
export const CROSSING_BAND = 0.12;
/** ...and the planted ankle is the lower one by at least this (shank lengths). */
export const LIFT_MIN = 0.04;
/** A knee is paired with the other ankle only when that pairing is clearly better (squared shank error). */
export const PAIRING_MARGIN = 0.02;
/** Contacts further apart than this many median step times break the left/right alternation. */
export const ALTERNATION_BREAK = 1.7;
/** Hips further than this (statures) from where they were, beyond what walking allows, are another person. */
export const SWITCH_JUMP = 0.35;
/** Fastest the hips can travel (statures/s): a sprint is ~5 m/s ≈ 3 statures/s, a walk well under 1. */
export const MAX_BODY_SPEED = 1.5;

/**
 * Cost of calling one joint pair (knees or ankles) swapped in one frame, against squared shank-length
 * units of continuity: labels are right unless continuity clearly says otherwise (swaps.ts offline,
 * live.ts per frame).
 */
export const SWAP_PENALTY = 0.02;
/** A point with no second frame before it is predicted to first order only (standing still), so its error weighs this much. */
export const SWAP_FIRST_ORDER_WEIGHT = 0.5;
/** Cost of moving a point into a track that has no previous point while the other track has one (a track break). */
export const SWAP_BREAK_COST = 0.5;
/**
 * Live, a frame's swap is undone only when it costs less than this share of keeping the labels:
 * without the frames after it to confirm the swap, a close call keeps the model's labels.
 */
export const ONLINE_SWAP_COST_SHARE = 0.5;

// Walking events (walk-events.ts)
/** A walking range whose both ankles are seen on at least this share of frames gets label-free events. */
export const BOTH_ANKLES_SHARE = 0.6;
/** One-leg events: two contacts of different feet closer than this (s) cannot both be real (even running is slower). */
export const CLOSE_CONTACTS_S = 0.1;
/** Two confident, opposite facings at most this far apart (s) are a turn... */
export const TURN_MAX_S = 4;
/** ...and the frames this close (s) around them turn too. */
export const TURN_MARGIN_S = 0.3;
/** A cycle or stance yields a peak only when at least this share of its frames was measured. */
export const MIN_MEASURED_SHARE = 0.6;

// Camera view (view.ts): (shoulder width + hip width) / (2 × torso height)
/** Below this width ratio the view is a side view (shoulders and hips overlap)... */
export const SIDE_MAX_RATIO = 0.3;
/** ...above this, a front or back view (0.259 H + ~0.19 H wide against a 0.288 H torso). */
export const FRONT_MIN_RATIO = 0.5;
/** Width ratio of a frame that shows one shoulder and one hip: the other side is hidden behind the body, a side view. */
export const HIDDEN_SIDE_RATIO = 0.1;
/** A person shorter than this share of the image is told to come closer: their keypoints would be too coarse. */
export const TOO_SMALL_SHARE = 0.25;
/** With shoulders and hips seen on fewer than this share of frames the view is unknown... */
export const VIEW_SEEN_SHARE = 0.3;
/** ...else it is side or front when at least this share of those frames agree. */
export const VIEW_AGREE_SHARE = 0.6;

// Balance events (balance-stats.ts)
/** A step this many median step times long is a stop (a pause in the rhythm; up to MAX_STEP_S). */
export const STOP_STEP_RATIO = 1.8;
/** A step this short, in median step times, is a stumble (a catch step). */
export const STUMBLE_STEP_RATIO = 0.55;
/** A standing spell shorter than this (s) between two walking spells is a stop, not the end of a walk. */
export const STOP_SPELL_MAX_S = 5;
/** A trunk jerk: the lean rate beyond max(this (°/s), TRUNK_JERK_MADS robust SDs) from its median... */
export const TRUNK_JERK_MIN_DEG_S = 90;
export const TRUNK_JERK_MADS = 6;
/** ...counted once per this many seconds. */
export const TRUNK_JERK_GAP_S = 0.5;
/** A normal distribution's SD is this many times its median absolute deviation (MAD): robust SDs from a MAD. */
export const MAD_TO_SD = 1.4826;
/** The pelvis sways around its moving average over ±this (s): a 1-s window, about one step each way. */
export const PELVIS_TREND_HALF_S = 0.5;
/** Sways, trunk jerks and a front view's path need at least this many samples... */
export const BALANCE_MIN_SAMPLES = 10;
/** ...rhythm, stops, stumbles and a side view's path at least this many steps. */
export const BALANCE_MIN_STEPS = 4;
/** With less walking than this (s), balance is measured on the standing spells. */
export const BALANCE_MIN_WALK_S = 1;

// Balance grade (balance.ts); levels in docs/metrics.md: product choices informed by the gait literature
export interface BalanceRule {
  key: string;
  weight: number;
  /** At or below this a sub-score is 100... */
  good: number;
  /** ...at or above this 0, linear in between. */
  poor: number;
}
/** Each sub-score's weight in the grade and its steady (good) and poor levels, in its measure's unit. */
export const BALANCE_RULES: Record<string, BalanceRule> = {
  trunk_sway: { key: 'trunk_sway', weight: 0.25, good: 2, poor: 8 },
  pelvis_sway: { key: 'pelvis_sway', weight: 0.2, good: 1.5, poor: 4 },
  rhythm_regularity: { key: 'rhythm_regularity', weight: 0.25, good: 4, poor: 20 },
  path_deviation: { key: 'path_deviation', weight: 0.1, good: 2, poor: 10 },
  stumbles_stops: { key: 'stumbles_stops', weight: 0.2, good: 0, poor: 4 },
};
/** The explanation names the sub-score that cost the most only when it cost at least this many points. */
export const BALANCE_EXPLAIN_MIN_POINTS = 5;

// Gait cycles for comparing sessions (cycle.ts)
/** Share of a cycle's samples that must be known for it to count in a mean cycle (as in the analysis). */
export const MIN_CYCLE_COVERAGE = 0.6;

/** A keypoint unseen this long (s) starts its live One-Euro filter afresh rather than smooth across the gap. */
export const ONE_EURO_MAX_GAP_S = 0.5;
