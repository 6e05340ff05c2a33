/**
 * MoveNet single-pose, the part that is the same wherever the model runs (the renderer's pose
 * worker and Node's import, re-analysis and CLI): the input sizes, the square crop around the
 * walker's region, and the decoding of the model's output into full-image keypoints with the
 * pose-detection package's scoring. What comes out is the model's raw answer: smoothing belongs to
 * the analysis (and, for display only, to the live readout), never to what is stored.
 */
import type { ModelName } from '../api';
import { poseExtent } from '../tracking/geometry';
import type { Box } from '../tracking/types';
import type { Keypoint } from './types';

/** Square input side of each single-pose model (px). */
export const MOVENET_INPUT_SIZE: Record<ModelName, number> = { lightning: 192, thunder: 256 };
/** As pose-detection's MoveNet: keypoints above this score make the pose's score... */
export const MIN_KEYPOINT_SCORE = 0.2;
/** ...and a pose scoring below this is nobody. */
export const MIN_POSE_SCORE = 0.25;
/** Keypoints at or above this score define a pose's box. */
export const BOX_MIN_SCORE = 0.2;

/** The square (in image pixels) centred on `region` that the model is shown, undistorted. */
export function squareCrop(region: Box): Box {
  const side = Math.max(region.width, region.height);
  return {
    x: region.x + region.width / 2 - side / 2,
    y: region.y + region.height / 2 - side / 2,
    width: side,
    height: side,
  };
}

/**
 * The model's output ([y, x, score] × 17, normalised to the crop) as full-image keypoints with
 * the pose's score and box; null when the pose scores below MIN_POSE_SCORE.
 */
export function decodeSinglePose(
  output: ArrayLike<number>,
  crop: Box,
): { keypoints: Keypoint[]; score: number; box: Box } | null {
  const keypoints: Keypoint[] = [];
  let scoreSum = 0,
    scored = 0;
  for (let k = 0; k < 17; k++) {
    // a model output shorter than 17 × 3 leaves the missing keypoints NaN, never a number
    const y = output[3 * k] ?? NaN,
      x = output[3 * k + 1] ?? NaN,
      score = output[3 * k + 2] ?? NaN;
    keypoints.push([crop.x + x * crop.width, crop.y + y * crop.height, score]);
    if (score > MIN_KEYPOINT_SCORE) {
      scoreSum += score;
      scored++;
    }
  }
  const score = scored ? scoreSum / scored : 0;
  if (score < MIN_POSE_SCORE) return null;
  return { keypoints, score, box: poseExtent(keypoints, BOX_MIN_SCORE) ?? crop };
}
