import type { Keypoint } from '../../../shared/pose/types';
import type { TrackResult } from '../../../shared/tracking/types';

/** What tests and the benchmark can read from window.__retrowalkDebug while the live screen runs. */
export interface RetrowalkDebug {
  /** Keypoints of the tracked walker in the latest drawn frame (video pixels), null when nobody. */
  lastPose: Keypoint[] | null;
  /** Frames drawn since the live screen started. */
  frames: number;
  /** Tracker warnings of the latest drawn frame. */
  warnings: TrackResult['warnings'];
  /** Everyone the latest multi-person scan found (their boxes, video pixels). */
  people: TrackResult['people'];
  /** Drawn frames per second and median frame→overlay latency (ms), as shown on screen. */
  fps: number | null;
  latencyMs: number | null;
  videoSize: { width: number; height: number } | null;
}

export function resetDebug(): RetrowalkDebug {
  const debug: RetrowalkDebug = {
    lastPose: null, frames: 0, warnings: [], people: [], fps: null, latencyMs: null, videoSize: null,
  };
  window.__retrowalkDebug = debug;
  return debug;
}
