/** Frame-level problems the live screen tells the user about. */
import { CONFIDENT_SCORE, poseExtent, type ImageSize } from './geometry';
import type { DetectedPose, TrackResult } from './types';

export type TrackWarning = TrackResult['warnings'][number];

/** Below this share of the image height the knees are too few pixels to measure well. */
export const TOO_SMALL_SHARE = 0.25;
/** Another person counts as "in the way" from this share of the walker's height (or of the image). */
const OTHER_PERSON_SHARE = 0.5;

export function frameWarnings(
  pose: DetectedPose | null,
  people: readonly DetectedPose[],
  image: ImageSize,
): TrackWarning[] {
  const warnings: TrackWarning[] = [];
  const walker = pose ? poseExtent(pose.keypoints) : null;
  const minOtherHeight = OTHER_PERSON_SHARE * (walker ? walker.height : TOO_SMALL_SHARE * image.height);
  const significant = people.filter((p) => (poseExtent(p.keypoints)?.height ?? 0) >= minOtherHeight);
  if (significant.length >= 2) warnings.push('several_people');
  if (!pose || !walker) {
    warnings.push('no_person');
    return warnings;
  }
  if (isCutOff(pose, image)) warnings.push('body_cut_off');
  if (walker.height < TOO_SMALL_SHARE * image.height) warnings.push('too_small');
  return warnings;
}

/** Head (nose, eyes, ears) or both ankles not found, or found outside the picture. */
function isCutOff(pose: DetectedPose, image: ImageSize): boolean {
  const inside = (i: number): boolean => {
    const keypoint = pose.keypoints[i];
    if (!keypoint) return false;
    const [x, y, s] = keypoint;
    return s >= CONFIDENT_SCORE && x >= 0 && x <= image.width && y >= 0 && y <= image.height;
  };
  const headSeen = [0, 1, 2, 3, 4].some(inside);
  const feetSeen = [15, 16].some(inside);
  return !headSeen || !feetSeen;
}
