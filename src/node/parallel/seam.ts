/**
 * Does the part after a seam follow the same person as the part before it? Compared on the warm-up
 * frames, where both parts analysed the same images: the later frames count (the later part's
 * tracker has settled by then).
 */
import type { Keypoint, PoseFrame } from '../../shared/pose/types';

/** Keypoints at or above this score locate a person. */
const LOCATING_SCORE = 0.3;
/** Frames nearest the seam that are compared. */
const COMPARED_FRAMES = 10;
/** Centres closer than this share of the body's height are the same person. */
const SAME_PERSON_SHARE = 0.5;

export type SeamVerdict =
  | { same: true; compared: number }
  /** seed: where the earlier part's person was at the later part's first frame, to re-run it from there. */
  | { same: false; compared: number; seed: readonly [number, number] | null };

interface Located {
  cx: number;
  cy: number;
  height: number;
}

function locate(keypoints: Keypoint[] | null): Located | null {
  const points = keypoints?.filter((k) => k[2] >= LOCATING_SCORE) ?? [];
  if (points.length < 3) return null;
  const xs = points.map((k) => k[0]);
  const ys = points.map((k) => k[1]);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  return { cx: (Math.min(...xs) + Math.max(...xs)) / 2, cy: (top + bottom) / 2, height: Math.max(bottom - top, 1) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * `before`: the earlier part's frames; `warmup`: the later part's frames before the seam, which
 * show the same moments. Frames pair up by time (within half a frame).
 */
export function checkSeam(before: readonly PoseFrame[], warmup: readonly PoseFrame[], fps: number): SeamVerdict {
  const tolerance = 500 / fps;
  const byTime = (t: number) => before.find((f) => Math.abs(f.t - t) <= tolerance) ?? null;
  const distances: number[] = [];
  for (const later of [...warmup].reverse()) {
    if (distances.length >= COMPARED_FRAMES) break;
    const a = locate(byTime(later.t)?.keypoints ?? null);
    const b = locate(later.keypoints);
    if (a && b) distances.push(Math.hypot(a.cx - b.cx, a.cy - b.cy) / a.height);
  }
  // Nothing to compare (someone missing on one side): the later tracker's own choice stands.
  if (distances.length === 0 || median(distances) <= SAME_PERSON_SHARE)
    return { same: true, compared: distances.length };
  const first = warmup[0];
  const start = first ? locate(byTime(first.t)?.keypoints ?? null) : null;
  return { same: false, compared: distances.length, seed: start ? [start.cx, start.cy] : null };
}
