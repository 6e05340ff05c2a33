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

/**
 * Version of the analysis: raised whenever a change here changes what analyzeSession returns for
 * the same keypoints, so that stored analyses are worked out again (main does it at start).
 * 2: label-free steps, closing steps, person switches, per-step knee-past-toe peaks.
 */
export const ANALYSIS_VERSION = 2;

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

/** Stride fields of the flat keypoint buffer: 17 keypoints × (x, y, score). */
export const KP_STRIDE = 51;

/** Steps shorter than this (s) are not walking steps (240 steps/min, above a child's fast walk). */
export const MIN_STEP_S = 0.25;
/** Steps longer than this (s) are pauses, not steps. */
export const MAX_STEP_S = 2.0;
/** A walk's last contact counts once the feet stayed settled this long (s) after it. */
export const SETTLE_S = 0.2;
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

// Camera view of a session (view.ts)
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
