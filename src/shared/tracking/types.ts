/**
 * Contract of the walker tracker: which person in the image is analysed. Shared by the live app
 * (renderer worker) and the CLI (Node), so both choose the same person. Pure logic: the pixels and
 * the models are behind `PoseModels`, implemented per environment.
 */
import type { Keypoint } from '../pose/types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DetectedPose {
  keypoints: Keypoint[]; // 17, COCO order, pixels of the full image
  score: number;
  box: Box;
}

/** The two MoveNet models the tracker drives, for one image type (ImageBitmap, tf.Tensor3D, ...). */
export interface PoseModels<Image> {
  /** MultiPose Lightning over the whole image: every person found. */
  detectAll(image: Image): Promise<DetectedPose[]>;
  /** SinglePose (Lightning or Thunder) on a region of the image; keypoints in full-image pixels. */
  detectOne(image: Image, region: Box): Promise<DetectedPose | null>;
  /** Forget temporal state (smoothing, internal crop) after switching person. */
  resetSingle(): void;
}

export interface TrackResult {
  /** The walker's pose, null when nobody is tracked in this frame. */
  pose: DetectedPose | null;
  /** Everyone found by the latest multi-person scan (for the "click a person" picker). */
  people: DetectedPose[];
  /** Frame-level problems to tell the user about. */
  warnings: Array<'no_person' | 'several_people' | 'body_cut_off' | 'too_small'>;
  /** True when this frame ran the multi-person scan (inline scans) or took a finished one's result (background scans). */
  scanned: boolean;
}
