/** Which of a frame's people a click is on: the live screen's rule (matching.ts personAt) over bare keypoints. */
import type { Keypoint } from '../pose/types';
import { poseExtent } from './geometry';
import { personAt } from './matching';
import type { Candidate } from './scoring';

/** Index in `people` of the one clicked at (x, y): the smallest box holding the point, else the nearest; null when none is near. */
export function personClicked(people: readonly Keypoint[][], x: number, y: number): number | null {
  const candidates: Candidate[] = people.flatMap((keypoints) => {
    const extent = poseExtent(keypoints);
    return extent ? [{ pose: { keypoints, score: 1, box: extent }, extent, speed: null }] : [];
  });
  const index = personAt(candidates, x, y);
  const clicked = index === null ? undefined : candidates[index];
  return clicked ? people.indexOf(clicked.pose.keypoints) : null;
}
