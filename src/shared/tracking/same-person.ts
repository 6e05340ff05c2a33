/** Whether two poses (two models', or one scan's and a stored track's) are on the same person. */
import type { Keypoint } from '../pose/types';
import { boxCenter, hipCenter, poseExtent } from './geometry';

/**
 * Hips (else the box centre) closer than this share of the reference body's height: the same
 * person. Two models on one person differ by a few pixels (~0.01 of a body on the park clip); two
 * people side by side have their hips a third of a body apart or more.
 */
export const SAME_PERSON_SHARE = 0.2;

/** Where a person is: their hip midpoint, else the centre of their confident keypoints; null when unknown. */
export function bodyCentre(keypoints: readonly Keypoint[]): readonly [number, number] | null {
  const hips = hipCenter(keypoints);
  if (hips) return hips;
  const extent = poseExtent(keypoints);
  return extent ? boxCenter(extent) : null;
}

/** Height of the box around the confident keypoints (at least 1 px); null when too few are found. */
export function bodyHeight(keypoints: readonly Keypoint[]): number | null {
  const extent = poseExtent(keypoints);
  return extent ? Math.max(1, extent.height, extent.width) : null;
}

/** Distance between two poses' centres in `reference`'s body heights; Infinity when either cannot be placed. */
export function poseDistance(reference: readonly Keypoint[], other: readonly Keypoint[]): number {
  const a = bodyCentre(reference),
    b = bodyCentre(other),
    size = bodyHeight(reference);
  if (!a || !b || !size) return Infinity;
  return Math.hypot(a[0] - b[0], a[1] - b[1]) / size;
}

/** The pose among `candidates` nearest `reference`, if within `share` of its body height. */
export function nearestPose(
  reference: readonly Keypoint[],
  candidates: readonly (readonly Keypoint[])[],
  share = SAME_PERSON_SHARE,
): number | null {
  let best: number | null = null;
  let bestDistance = share;
  candidates.forEach((c, i) => {
    const d = poseDistance(reference, c);
    if (d <= bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}
