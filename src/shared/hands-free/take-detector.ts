/**
 * Hands-free takes: while armed, a take starts when the tracked walker is whole in the picture,
 * side-on and starts walking, and stops when they have stood still for a settable delay or left the
 * picture. Fed one frame at a time (the live screen's tracked pose); pure, no clock of its own.
 *
 * Walking is the hip midpoint's speed over a trailing window, in statures per second: the same rule
 * at any distance from the camera, and blind to left/right swaps (both hips together). A frame
 * without a pose (a dropout) neither breaks nor extends anything; only LEFT_PICTURE_S of them does.
 */
import type { Keypoint } from '../pose/types';
import { hipX, isSideOn, isWhole, staturePx, type ImageSize } from './body';
import {
  DEFAULT_STOP_AFTER_STILL_S,
  LEFT_PICTURE_FRAMES,
  LEFT_PICTURE_S,
  MAX_HIP_SPEED_STATURES_PER_S,
  SPAN_MARGIN_S,
  START_CONFIRM_FRAMES,
  START_CONFIRM_S,
  WALK_SPEED_WINDOW_S,
  WALKING_SPEED_STATURES_PER_S,
} from './constants';

export interface DetectorFrame {
  /** Frame time, s (any origin, increasing). */
  t_s: number;
  /** The tracked walker's keypoints, null when nobody is tracked in this frame. */
  keypoints: readonly Keypoint[] | null;
  image: ImageSize;
  /** People in view (the tracker's scan). */
  people: number;
  /** The user clicked the walker since the detector was armed. */
  walkerChosen: boolean;
}

/** Why no take runs yet, or that one runs. */
export type DetectorStatus =
  | 'no-walker'
  | 'not-whole'
  | 'not-side-on'
  | 'choose-walker'
  | 'ready'
  | 'recording'
  /** A take runs and the walker stands still: what follows is not kept unless they walk again. */
  | 'still';

export interface TakeSpan {
  start_s: number;
  end_s: number;
}

export type TakeEvent =
  /** A take starts now; the walk began at walkStart_s, the trimmed span at spanStart_s. */
  | { type: 'start'; t_s: number; walkStart_s: number; spanStart_s: number }
  /** The walker stopped: the first frame under walking speed. Nothing from now on belongs to the take unless they walk again. */
  | { type: 'still'; t_s: number }
  /** They walk again before the stop delay ran out: the take goes on. */
  | { type: 'moving'; t_s: number }
  | { type: 'stop'; t_s: number; reason: 'still' | 'left'; span: TakeSpan };

export interface DetectorUpdate {
  status: DetectorStatus;
  events: TakeEvent[];
  /** Hip speed, statures/s (null: not enough frames yet). */
  speed: number | null;
}

export interface TakeDetectorOptions {
  /** Standing still this long (s) ends a take. Default DEFAULT_STOP_AFTER_STILL_S. */
  stopAfterStill_s?: number;
}

export interface TakeDetector {
  update(frame: DetectorFrame): DetectorUpdate;
  /** Forgets everything (a take ended by hand, disarmed). */
  reset(): void;
}

interface Sample {
  t: number;
  /** Hip midpoint x, px. */
  x: number;
  /** Stature, px (MoveNet's varies by a few % from frame to frame: the median of the window is used). */
  stature: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function createTakeDetector(options: TakeDetectorOptions = {}): TakeDetector {
  const stopAfter = options.stopAfterStill_s ?? DEFAULT_STOP_AFTER_STILL_S;
  let trail: Sample[] = [];
  let run: { start: number; frames: number; sideOn: number } | null = null;
  let take: {
    spanStart: number;
    lastWalking: number;
    lastWhole: number;
    /** Frames in a row without the whole walker. */
    missing: number;
    still: boolean;
  } | null = null;

  const reset = (): void => {
    trail = [];
    run = null;
    take = null;
  };

  /** Speed over the trailing `window_s`, statures/s: from the oldest sample within it to the newest. */
  const speedOver = (window_s: number): number | null => {
    const last = trail[trail.length - 1];
    if (!last) return null;
    // from the oldest sample in the window, or the one just before it when the frames are sparse
    let i = trail.findIndex((s) => s.t >= last.t - window_s);
    if (i > 0 && last.t - trail[i]!.t < window_s * 0.75) i -= 1;
    const first = trail[i];
    if (!first || last.t - first.t < window_s * 0.75) return null;
    return Math.abs(last.x - first.x) / (last.t - first.t) / median(trail.slice(i).map((s) => s.stature));
  };

  const update = (frame: DetectorFrame): DetectorUpdate => {
    const t = frame.t_s;
    const events: TakeEvent[] = [];
    const kps = frame.keypoints;
    const x = kps ? hipX(kps) : null;
    const stature = kps ? staturePx(kps) : null;
    const whole = kps !== null && isWhole(kps, frame.image);
    if (x !== null && stature !== null && stature > 0) {
      const prev = trail[trail.length - 1];
      if (prev && Math.abs(x - prev.x) / stature > MAX_HIP_SPEED_STATURES_PER_S * Math.max(t - prev.t, 1 / 60)) {
        trail = [];
        run = null;
      }
      trail.push({ t, x, stature });
      while (trail.length > 2 && trail[1]!.t <= t - WALK_SPEED_WINDOW_S) trail.shift();
    }
    const speed = kps ? speedOver(WALK_SPEED_WINDOW_S) : null;
    const walking = speed !== null && speed >= WALKING_SPEED_STATURES_PER_S;

    if (take) {
      if (whole) {
        take.lastWhole = t;
        take.missing = 0;
      } else take.missing += 1;
      if (walking) take.lastWalking = t;
      const walkEnd = take.lastWalking - WALK_SPEED_WINDOW_S / 2;
      const span = (): TakeSpan => ({
        start_s: take!.spanStart,
        end_s: Math.min(t, walkEnd + SPAN_MARGIN_S),
      });
      if (t - take.lastWhole >= LEFT_PICTURE_S && take.missing >= LEFT_PICTURE_FRAMES) {
        events.push({ type: 'stop', t_s: t, reason: 'left', span: span() });
        take = null;
        run = null;
        return { status: 'no-walker', events, speed };
      }
      if (t - walkEnd >= stopAfter) {
        events.push({ type: 'stop', t_s: t, reason: 'still', span: span() });
        take = null;
        run = null;
        return { status: 'ready', events, speed };
      }
      // a frame without a pose (or too few frames for a speed) says nothing about standing still
      if (!kps || speed === null) return { status: take.still ? 'still' : 'recording', events, speed };
      // paused at the first still frame: the speed window's lag already keeps more than SPAN_MARGIN_S of the end
      if (!take.still && !walking) {
        take.still = true;
        events.push({ type: 'still', t_s: t });
      } else if (take.still && walking) {
        take.still = false;
        events.push({ type: 'moving', t_s: t });
      }
      return { status: take.still ? 'still' : 'recording', events, speed };
    }

    if (!kps) return { status: 'no-walker', events, speed }; // a dropout: the run waits
    const status: DetectorStatus =
      frame.people > 1 && !frame.walkerChosen ? 'choose-walker' : !whole ? 'not-whole' : 'ready';
    if (status !== 'ready' || !walking) {
      run = null;
      return { status: status === 'ready' && !isSideOn(kps) ? 'not-side-on' : status, events, speed };
    }
    run ??= { start: t, frames: 0, sideOn: 0 };
    run.frames += 1;
    if (isSideOn(kps)) run.sideOn += 1;
    // side-on over most of the run: a single frame seen at an angle does not block it
    if (t - run.start >= START_CONFIRM_S && run.frames >= START_CONFIRM_FRAMES && run.sideOn * 2 > run.frames) {
      const walkStart = run.start - WALK_SPEED_WINDOW_S / 2;
      const spanStart = walkStart - SPAN_MARGIN_S;
      events.push({ type: 'start', t_s: t, walkStart_s: walkStart, spanStart_s: spanStart });
      take = { spanStart, lastWalking: t, lastWhole: t, missing: 0, still: false };
      run = null;
      return { status: 'recording', events, speed };
    }
    return { status: run.sideOn * 2 > run.frames ? 'ready' : 'not-side-on', events, speed };
  };

  return { update, reset };
}
