/**
 * Thresholds of the hands-free take detector, each with its reason. Units are in the names:
 * _s = seconds, statures = the walker's body height (so the rules hold at any distance).
 */

/**
 * Hip speed window, s: most of a step at a slow backward cadence (~100 steps/min), so one step moves
 * the hips, and long enough that MoveNet's jitter on a still person (±3 px) stays below the threshold.
 */
export const WALK_SPEED_WINDOW_S = 0.5;
/**
 * Hip speed (statures/s) above which the walker walks. A slow backward walk is ~0.3 m/s, 0.18
 * statures/s for a 1.7 m adult; MoveNet's jitter on a still person 140 px tall, measured on the
 * e2e clip's still frames at 4 fps, reads up to 0.09 statures/s over the window.
 */
export const WALKING_SPEED_STATURES_PER_S = 0.15;
/** Walking this long (s), over at least START_CONFIRM_FRAMES frames, starts a take: one noisy frame does not. */
export const START_CONFIRM_S = 0.15;
export const START_CONFIRM_FRAMES = 2;
/** Default wait (s) of standing still before a take stops (issue 14: "~3 s"). */
export const DEFAULT_STOP_AFTER_STILL_S = 3;
/** Settable range of that wait, s. */
export const STOP_AFTER_STILL_RANGE_S = [1, 10] as const;
/**
 * Walker missing or cut by the frame edge this long (s), over at least LEFT_PICTURE_FRAMES frames
 * in a row: they left the picture. Single-frame dropouts are bridged even at 1–2 frames/s.
 */
export const LEFT_PICTURE_S = 0.5;
export const LEFT_PICTURE_FRAMES = 3;
/** Kept before the first and after the last walking frame in the trimmed span, s: the step's start and its settling. */
export const SPAN_MARGIN_S = 0.3;
/** A keypoint this close to the image border (share of the image's size) may be cut off: not "whole". */
export const BORDER_SHARE = 0.01;
/** Nose-to-ankle height as a share of stature (nose at ~0.92, ankle at 0.039 of stature; Winter). */
export const NOSE_TO_ANKLE_STATURES = 0.88;
/** Shoulder-to-ankle height as a share of stature (shoulder 0.818, ankle 0.039; Winter). */
export const SHOULDER_TO_ANKLE_STATURES = 0.78;
/**
 * The hip never moves faster than this (statures/s; a sprint is ~5): a faster jump is the tracker
 * switching to someone else or the picture jumping, and the speed starts over from there.
 */
export const MAX_HIP_SPEED_STATURES_PER_S = 6;
