import { TOO_SMALL_SHARE } from '../gait/constants';

/**
 * Thresholds of the audio coaching's cues, each with its reason. Units are in the names:
 * _s = seconds, statures = the walker's body height in the picture, share = of the image's height.
 */

/** Ankles this far apart (statures) make a step: a short backward step is ~0.2 statures. */
export const STEP_SPREAD_HIGH_STATURES = 0.1;
/** …after having come this close (the legs passed each other): one count per step, never two. */
export const STEP_SPREAD_LOW_STATURES = 0.04;
/** Default: the step count is said every this many steps. */
export const DEFAULT_STEP_COUNT_EVERY = 10;
/** A frame gap longer than this (s) is not counted as time walked backward (the camera stalled). */
export const MAX_FRAME_GAP_S = 0.25;
/**
 * Seconds of warning before the hip reaches the edge: hearing the cue (~0.5 s), reacting and
 * stopping within one step (~1 s at a slow backward cadence).
 */
export const EDGE_WARNING_S = 1.5;
/** …and never closer than this (statures): the trailing foot and the hands reach beyond the hip. */
export const EDGE_MIN_STATURES = 0.3;
/** After an edge cue, the next comes only after the hip moved this far (statures) back from the edge. */
export const EDGE_REARM_STATURES = 0.5;
/** Body height above this share of the image's height: too close (the head or feet soon leave the picture). */
export const TOO_CLOSE_SHARE = 0.9;
/** Body height below this share: too far; the live screen's framing guidance uses the same share. */
export const TOO_FAR_SHARE = TOO_SMALL_SHARE;
/** A distance problem must last this long (s) before it is said: passing moments are not. */
export const DISTANCE_HOLD_S = 1;
/** The same distance cue is said again at most this often, s. */
export const DISTANCE_REPEAT_S = 8;
