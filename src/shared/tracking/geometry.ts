/** Boxes around keypoints: where a person is, and the region the single-pose model is shown. */
import type { Keypoint } from '../pose/types';
import type { Box } from './types';

/** Keypoints at or above this score count as found. */
export const CONFIDENT_SCORE = 0.3;

export interface ImageSize {
  width: number;
  height: number;
}

/** Box around the keypoints scoring at least `minScore`; null when fewer than 3 are that good. */
export function poseExtent(keypoints: readonly Keypoint[], minScore = CONFIDENT_SCORE): Box | null {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity,
    n = 0;
  for (const [x, y, s] of keypoints) {
    if (s < minScore) continue;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
    n += 1;
  }
  return n < 3 ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function boxCenter(b: Box): readonly [number, number] {
  return [b.x + b.width / 2, b.y + b.height / 2];
}

export function boxContains(b: Box, x: number, y: number): boolean {
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}

export function intersectionOverUnion(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** Midpoint of the two hips (or the one found), the point whose travel says who walks. */
export function hipCenter(
  keypoints: readonly Keypoint[],
  minScore = CONFIDENT_SCORE,
): readonly [number, number] | null {
  const hips = [keypoints[11], keypoints[12]].filter((k): k is Keypoint => k !== undefined && k[2] >= minScore);
  if (hips.length === 0) return null;
  return [hips.reduce((s, k) => s + k[0], 0) / hips.length, hips.reduce((s, k) => s + k[1], 0) / hips.length];
}

/**
 * The region the single-pose model looks at next frame: the box around the person's keypoints
 * grown by `margin` × body size on every side (room to move between frames, and for limbs the
 * model missed), clamped to the image. Null when too few keypoints are found to place it.
 */
export function regionAround(keypoints: readonly Keypoint[], image: ImageSize, margin = 0.3): Box | null {
  const extent = poseExtent(keypoints, 0.2);
  if (!extent) return null;
  const pad = margin * Math.max(extent.width, extent.height);
  const x0 = Math.max(0, extent.x - pad);
  const y0 = Math.max(0, extent.y - pad);
  const x1 = Math.min(image.width, extent.x + extent.width + pad);
  const y1 = Math.min(image.height, extent.y + extent.height + pad);
  if (x1 <= x0 || y1 <= y0) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
