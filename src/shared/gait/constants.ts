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
/** Cut-off of the offline zero-lag low-pass (Winter's convention for gait kinematics). */
export const LOWPASS_HZ = 6;
/** Gaps up to this long (s) in a keypoint's track are bridged by linear interpolation. */
export const MAX_GAP_S = 0.25;
/** Sliding window (s) used for travel/stepping cues and facing smoothing. */
export const DIRECTION_WINDOW_S = 1.0;

/**
 * Version of the analysis: raised whenever a change here changes what analyzeSession returns for
 * the same keypoints, so that stored analyses are worked out again (main does it at start).
 * 2: label-free steps, closing steps, person switches, per-step knee-past-toe peaks.
 */
export const ANALYSIS_VERSION = 2;

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
