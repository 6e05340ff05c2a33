/**
 * MultiPose Lightning (pose-detection) over a whole frame: everyone in view, for the walker
 * tracker's scans. Runs in the scan worker, or in the pose worker when scans run inline.
 */
import * as poseDetection from '@tensorflow-models/pose-detection';
import * as tf from '@tensorflow/tfjs';
import { poseExtent } from '../../../shared/tracking/geometry';
import type { DetectedPose } from '../../../shared/tracking/types';

export interface MultiPoseModel {
  /** People in `bitmap`, keypoints scaled by (scaleX, scaleY) back to full-frame pixels. */
  scan(bitmap: ImageBitmap, scaleX: number, scaleY: number): Promise<DetectedPose[]>;
  /** One inference on `bitmap`, in ms (measurement only). */
  time(bitmap: ImageBitmap): Promise<number>;
  dispose(): void;
}

/**
 * MultiPose's input: the longer side scaled to 192 px (pose-detection's default is 256). Scans
 * share the 2 cores with the single-pose path; at 192 they cost about half as much and still find
 * the people the tracker chooses between (the scan only picks who to follow: the keypoints drawn
 * come from the single-pose model).
 */
export const SCAN_MAX_SIDE = 192;

export async function loadMultiPose(modelBaseUrl: string): Promise<MultiPoseModel> {
  const detector = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
    modelType: poseDetection.movenet.modelType.MULTIPOSE_LIGHTNING,
    modelUrl: new URL('movenet-multipose.json', modelBaseUrl).href,
    enableTracking: false, // the walker tracker does the following
    multiPoseMaxDimension: SCAN_MAX_SIDE,
  });
  // The first run allocates and prepares the backend's kernels: pay for it while loading, not on live frames.
  const blank = tf.zeros<tf.Rank.R3>([Math.round((SCAN_MAX_SIDE * 3) / 4), SCAN_MAX_SIDE, 3], 'int32');
  await detector.estimatePoses(blank);
  blank.dispose();
  return {
    async scan(bitmap, scaleX, scaleY) {
      const poses = await detector.estimatePoses(bitmap);
      return poses.flatMap((pose): DetectedPose[] => {
        const keypoints = pose.keypoints.map((k) => [k.x * scaleX, k.y * scaleY, k.score ?? 0] as const);
        const box = poseExtent(keypoints, 0.2);
        return box ? [{ keypoints, score: pose.score ?? 0, box }] : [];
      });
    },
    async time(bitmap) {
      const start = performance.now();
      await detector.estimatePoses(bitmap);
      return performance.now() - start;
    },
    dispose() {
      detector.dispose();
    },
  };
}

/**
 * `bitmap` drawn at MultiPose's input size, as a new bitmap (drawn at once, so the caller may close
 * the frame right after): less to copy to the scan worker, and no resize left for the model.
 */
export function scanInput(
  bitmap: ImageBitmap,
  canvas: OffscreenCanvas,
): { bitmap: ImageBitmap; scaleX: number; scaleY: number } {
  const scale = SCAN_MAX_SIDE / Math.max(bitmap.width, bitmap.height);
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const small = canvas.transferToImageBitmap();
  return { bitmap: small, scaleX: bitmap.width / small.width, scaleY: bitmap.height / small.height };
}
