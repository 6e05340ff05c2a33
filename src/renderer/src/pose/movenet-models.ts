/**
 * Worker side: the walker tracker's `PoseModels` on pose-detection's MoveNet. SinglePose
 * (Lightning or Thunder, with its built-in smoothing for the live view) follows the walker;
 * MultiPose Lightning scans for everyone. Models load from the app's own origin.
 */
import * as poseDetection from '@tensorflow-models/pose-detection';
import type { ModelName } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import { poseExtent } from '../../../shared/tracking/geometry';
import type { Box, DetectedPose, PoseModels } from '../../../shared/tracking/types';
import type { DetectorKind } from './protocol';

/** A camera frame with its time, which pose-detection's smoothing filter needs. */
export interface CameraFrame { bitmap: ImageBitmap; timeMs: number }

export interface MoveNetModels extends PoseModels<CameraFrame> {
  /** Milliseconds spent in model calls since the last `takeInferenceMs()`. */
  takeInferenceMs(): number;
  /** One inference of one detector on `bitmap`, in ms (measurement only: no smoothing). */
  time(detector: DetectorKind, bitmap: ImageBitmap): Promise<number>;
  dispose(): void;
}

const { MoveNet, movenet } = { MoveNet: poseDetection.SupportedModels.MoveNet, movenet: poseDetection.movenet };

export async function loadMoveNet(model: ModelName, modelBaseUrl: string): Promise<MoveNetModels> {
  const url = (file: string): string => new URL(file, modelBaseUrl).href;
  const single = await poseDetection.createDetector(MoveNet, {
    modelType: model === 'thunder' ? movenet.modelType.SINGLEPOSE_THUNDER : movenet.modelType.SINGLEPOSE_LIGHTNING,
    modelUrl: url(`movenet-${model}.json`),
    enableSmoothing: true,
  });
  const multi = await poseDetection.createDetector(MoveNet, {
    modelType: movenet.modelType.MULTIPOSE_LIGHTNING,
    modelUrl: url('movenet-multipose.json'),
    enableTracking: false, // the walker tracker does the following
  });
  // The single-pose model sees only the walker's region: the rest of the frame is painted black.
  const masked = new OffscreenCanvas(1, 1);
  const maskedContext = masked.getContext('2d', { willReadFrequently: true })!;
  let inferenceMs = 0;

  async function timed<T>(work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      inferenceMs += performance.now() - start;
    }
  }

  function maskOutside({ bitmap }: CameraFrame, region: Box): ImageData {
    if (masked.width !== bitmap.width || masked.height !== bitmap.height) {
      masked.width = bitmap.width;
      masked.height = bitmap.height;
    }
    maskedContext.fillStyle = '#000';
    maskedContext.fillRect(0, 0, bitmap.width, bitmap.height);
    const { x, y, width, height } = region;
    maskedContext.drawImage(bitmap, x, y, width, height, x, y, width, height);
    return maskedContext.getImageData(0, 0, bitmap.width, bitmap.height);
  }

  return {
    async detectAll(frame) {
      const poses = await timed(() => multi.estimatePoses(frame.bitmap));
      return poses.flatMap((pose): DetectedPose[] => {
        const keypoints = toKeypoints(pose);
        const box = poseExtent(keypoints, 0.2);
        return box ? [{ keypoints, score: pose.score ?? 0, box }] : [];
      });
    },
    async detectOne(frame, region) {
      const image = maskOutside(frame, region);
      const [pose] = await timed(() => single.estimatePoses(image, undefined, frame.timeMs));
      if (!pose) return null;
      const keypoints = toKeypoints(pose);
      return { keypoints, score: pose.score ?? 0, box: poseExtent(keypoints, 0.2) ?? region };
    },
    resetSingle() {
      single.reset();
    },
    takeInferenceMs() {
      const ms = inferenceMs;
      inferenceMs = 0;
      return ms;
    },
    async time(detector, bitmap) {
      const start = performance.now();
      await (detector === 'single' ? single : multi).estimatePoses(bitmap);
      return performance.now() - start;
    },
    dispose() {
      single.dispose();
      multi.dispose();
    },
  };
}

function toKeypoints(pose: poseDetection.Pose): Keypoint[] {
  return pose.keypoints.map((k): Keypoint => [k.x, k.y, k.score ?? 0]);
}
