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

/** pose-detection's MultiPose input: the longer side scaled to 256 px (its default). */
export const SCAN_MAX_SIDE = 256;

export async function loadMultiPose(modelBaseUrl: string): Promise<MultiPoseModel> {
  const detector = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
    modelType: poseDetection.movenet.modelType.MULTIPOSE_LIGHTNING,
    modelUrl: new URL('movenet-multipose.json', modelBaseUrl).href,
    enableTracking: false, // the walker tracker does the following
  });
  // The first run allocates and prepares the backend's kernels: pay for it while loading, not on live frames.
  const blank = tf.zeros<tf.Rank.R3>([192, SCAN_MAX_SIDE, 3], 'int32');
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
export function scanInput(bitmap: ImageBitmap, canvas: OffscreenCanvas): { bitmap: ImageBitmap; scaleX: number; scaleY: number } {
  const scale = SCAN_MAX_SIDE / Math.max(bitmap.width, bitmap.height);
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const small = canvas.transferToImageBitmap();
  return { bitmap: small, scaleX: bitmap.width / small.width, scaleY: bitmap.height / small.height };
}
