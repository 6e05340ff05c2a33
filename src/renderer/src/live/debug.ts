import type { Keypoint, PoseFrame } from '../../../shared/pose/types';
import type { TrackResult } from '../../../shared/tracking/types';

/** What tests and the benchmark can read from window.__retrowalkDebug while the live screen runs. */
export interface RetrowalkDebug {
  /** Keypoints of the tracked walker in the latest drawn frame (video pixels), null when nobody. */
  lastPose: Keypoint[] | null;
  /** Frames drawn since the live screen started. */
  frames: number;
  /** Of those, the frames handed to a recording. */
  framesRecorded: number;
  /** The walker's keypoints of the last HISTORY_FRAMES drawn frames (t: performance.now() ms), oldest first. */
  history: PoseFrame[];
  /** Tracker warnings of the latest drawn frame. */
  warnings: TrackResult['warnings'];
  /** Everyone the latest multi-person scan found (their boxes, video pixels). */
  people: TrackResult['people'];
  /** Drawn frames per second and median frame→overlay latency (ms), as shown on screen. */
  fps: number | null;
  latencyMs: number | null;
  videoSize: { width: number; height: number } | null;
  /** Hands-free: the take detector's events and the recorder's phases, "<s> <what>", oldest first. */
  handsFree: string[];
}

export const HISTORY_FRAMES = 300;

export function resetDebug(): RetrowalkDebug {
  const debug: RetrowalkDebug = {
    lastPose: null,
    frames: 0,
    framesRecorded: 0,
    history: [],
    warnings: [],
    people: [],
    fps: null,
    latencyMs: null,
    videoSize: null,
    handsFree: [],
  };
  window.__retrowalkDebug = debug;
  return debug;
}
