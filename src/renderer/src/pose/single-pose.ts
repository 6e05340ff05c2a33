/**
 * Worker side: MoveNet single-pose (Lightning or Thunder) shown only the walker's region. The
 * region is drawn, scaled, into the middle of the model's square input on a canvas, the rest left
 * black so the model cannot see anyone else: ~1 ms a frame, where pose-detection's full-frame path
 * (fromPixels of the whole frame, masking, cropAndResize in WASM) cost ~6 ms here. The walker
 * tracker already places the region, which is the job of pose-detection's own crop tracking.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelName } from '../../../shared/api';
import type { Keypoint } from '../../../shared/pose/types';
import type { Box } from '../../../shared/tracking/types';
import { KeypointSmoother } from './keypoint-smoother';

const INPUT_SIZE: Record<ModelName, number> = { lightning: 192, thunder: 256 };
/** pose-detection's MoveNet defaults: keypoints above this score make the pose score... */
const MIN_KEYPOINT_SCORE = 0.2;
/** ...and a pose scoring below this is nobody. */
const MIN_POSE_SCORE = 0.25;

export interface SinglePoseModel {
  /** Keypoints (full-image pixels, smoothed over time) of the person in `region`, null when none. */
  detect(bitmap: ImageBitmap, region: Box, timeMs: number): { keypoints: Keypoint[]; score: number } | null;
  /** Forget the smoothing state (a different person from now on). */
  reset(): void;
  dispose(): void;
}

export async function loadSinglePose(model: ModelName, modelUrl: string): Promise<SinglePoseModel> {
  const graph = await tf.loadGraphModel(modelUrl);
  const size = INPUT_SIZE[model];
  const canvas = new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const smoother = new KeypointSmoother();
  // The first run allocates and prepares the backend's kernels: pay for it while loading, not on live frames.
  tf.tidy(() => (graph.execute(tf.zeros([1, size, size, 3], 'int32')) as tf.Tensor).dataSync());

  /** The model's raw answer for `region` of `bitmap`: [y, x, score] × 17, normalised to the square crop. */
  function infer(bitmap: ImageBitmap, region: Box, crop: Box): Float32Array | Int32Array | Uint8Array {
    const scale = size / crop.width;
    context.fillStyle = '#000';
    context.fillRect(0, 0, size, size);
    context.drawImage(bitmap, region.x, region.y, region.width, region.height,
      (region.x - crop.x) * scale, (region.y - crop.y) * scale, region.width * scale, region.height * scale);
    const pixels = context.getImageData(0, 0, size, size);
    return tf.tidy(() => (graph.execute(tf.expandDims(tf.browser.fromPixels(pixels), 0)) as tf.Tensor).dataSync() as Float32Array);
  }

  return {
    detect(bitmap, region, timeMs) {
      const side = Math.max(region.width, region.height);
      const crop = { x: region.x + region.width / 2 - side / 2, y: region.y + region.height / 2 - side / 2, width: side, height: side };
      const raw = infer(bitmap, region, crop);
      const keypoints: Keypoint[] = [];
      let scoreSum = 0, scored = 0;
      for (let i = 0; i < 17; i += 1) {
        const score = raw[3 * i + 2];
        keypoints.push([crop.x + raw[3 * i + 1] * side, crop.y + raw[3 * i] * side, score]);
        if (score > MIN_KEYPOINT_SCORE) { scoreSum += score; scored += 1; }
      }
      const score = scored ? scoreSum / scored : 0;
      if (score < MIN_POSE_SCORE) {
        smoother.reset();
        return null;
      }
      return { keypoints: smoother.apply(keypoints, timeMs, bitmap), score };
    },
    reset() {
      smoother.reset();
    },
    dispose() {
      graph.dispose();
    },
  };
}
